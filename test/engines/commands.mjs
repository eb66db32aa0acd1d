/**
 * Test-runner commands that work in all three engines: the runner's own `setViewport` knows no
 * WebDriver browser, and it has no screenshot command. Screenshots go to test/screenshots/<engine>/
 * (the gallery's, `into: 'gallery'`, to demo/gallery/<engine>/):
 * of the element in Chromium and Firefox, of the whole viewport in WebKit.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SCREENSHOTS = 'test/screenshots';
const GALLERY = 'demo/gallery';

/**
 * Transport failures of a WebDriver request that a second try can cure: undici gave up waiting
 * for the driver's answer (WebKitGTK under Xvfb on a loaded machine once answered a screenshot
 * after the request's time limit), or the connection dropped. An error from the browser itself
 * (a bad selector, a closed window) is not retried.
 */
const TRANSPORT_CODES = new Set([
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_SOCKET',
  'ECONNRESET',
  'ETIMEDOUT',
]);

export function isTransportTimeout(error) {
  const codes = [error?.code, error?.cause?.code];
  return (
    codes.some((code) => TRANSPORT_CODES.has(code)) ||
    /\b(UND_ERR_HEADERS_TIMEOUT|UND_ERR_BODY_TIMEOUT|UND_ERR_SOCKET|ECONNRESET|ETIMEDOUT)\b|Request timed out/.test(
      String(error?.message),
    )
  );
}

/** `action()`, tried once more when the first try failed in transport (and only then). */
export async function retryOnTransportTimeout(action, onRetry = () => {}) {
  try {
    return await action();
  } catch (error) {
    if (!isTransportTimeout(error)) throw error;
    onRetry(error);
    return action();
  }
}

/** A PNG's width and height, from its header. */
function pngSize(png) {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export function engineCommands(engineOfLauncher) {
  return {
    name: 'mission-widgets-engine-commands',
    async executeCommand({ command, payload, session }) {
      const { browser } = session;
      if (command === 'mw-set-viewport') {
        const { width, height } = payload;
        if (browser.type === 'puppeteer') {
          await browser.getPage(session.id).setViewport({ width, height });
          return true;
        }
        // WebDriver sizes the window: add what the browser's own frame takes.
        const { driver } = browser;
        const [dw, dh] = await driver.execute('return [outerWidth - innerWidth, outerHeight - innerHeight]');
        await driver.setWindowSize(width + dw, height + dh);
        return true;
      }
      if (command === 'mw-screenshot') {
        const { name, selector, into } = payload;
        let png;
        if (browser.type === 'puppeteer') {
          const handle = await browser.getPage(session.id).$(selector);
          png = Buffer.from(await handle.screenshot({ type: 'png' }));
        } else {
          // WebKitGTK's element screenshots come back black under Xvfb: take the viewport.
          // A screenshot is the slowest WebDriver answer: retried once on a transport timeout.
          const shot = await retryOnTransportTimeout(
            () => browser.driver.takeScreenshot(),
            (error) => console.warn(`WebKit screenshot ${name}: ${error.message}; retrying once`),
          );
          png = Buffer.from(shot, 'base64');
        }
        // The gallery's shots (test/components/gallery.test.ts) are kept with the demo, for review.
        const dir = join(into === 'gallery' ? GALLERY : SCREENSHOTS, engineOfLauncher.get(browser));
        await mkdir(dir, { recursive: true });
        const path = join(dir, `${name}.png`);
        await writeFile(path, png);
        return { path, ...pngSize(png) };
      }
      return undefined;
    },
  };
}
