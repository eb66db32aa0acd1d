/**
 * Test-runner commands that work in all three engines: the runner's own `setViewport` knows no
 * WebDriver browser, and it has no screenshot command. Screenshots go to test/screenshots/<engine>/:
 * of the element in Chromium and Firefox, of the whole viewport in WebKit.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const SCREENSHOTS = 'test/screenshots';

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
        const { name, selector } = payload;
        let png;
        if (browser.type === 'puppeteer') {
          const handle = await browser.getPage(session.id).$(selector);
          png = Buffer.from(await handle.screenshot({ type: 'png' }));
        } else {
          // WebKitGTK's element screenshots come back black under Xvfb: take the viewport.
          png = Buffer.from(await browser.driver.takeScreenshot(), 'base64');
        }
        const dir = join(SCREENSHOTS, engineOfLauncher.get(browser));
        await mkdir(dir, { recursive: true });
        const path = join(dir, `${name}.png`);
        await writeFile(path, png);
        return { path, ...pngSize(png) };
      }
      return undefined;
    },
  };
}
