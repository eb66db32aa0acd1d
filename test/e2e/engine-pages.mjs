/**
 * One page API over three drivers, for end-to-end tests that run in every engine:
 * - Chromium through playwright-core (as before: console, page errors, requests, media emulation);
 * - Firefox ESR through puppeteer-core over WebDriver BiDi (console, page errors, requests and
 *   init scripts; media features only as browser preferences, set at launch);
 * - WebKitGTK's MiniBrowser through WebKitWebDriver and webdriverio (WebDriver classic: no
 *   console, no init script, no request events, no media emulation). The test server adds
 *   `recorder.js` to its pages for WebKit, which records the console, errors and CSP violations
 *   inside the page instead.
 *
 * `launchEngine(name, { media, scrollbars })` → `{ name, openPage(options), close() }`; a page has `goto`,
 * `evaluate(fn, arg)`, `waitForFunction(fn, arg, { timeout })`, `addInitScript(fn)`,
 * `waitForConsole(pattern)`, `consoleMessages()`, `errors()`, `violations()`, `origins()`,
 * `setViewportSize`, `screenshot()`, `frame(selector)`, `reload()`, `click(selector)` (a real
 * click of the driver, on the element's centre) and `close()`. What an engine cannot do throws `Unsupported`,
 * so that a test lists its exclusion rather than passing without its check.
 *
 * `page.frame(selector)` → the frame of the page's `<iframe>` that `selector` finds (same-origin,
 * cross-origin or sandboxed), with `evaluate`, `waitForFunction`, `consoleMessages()`, `errors()`
 * and `violations()`: Playwright's and puppeteer's frame objects; in WebKit, each command switches
 * the session into the frame (WebDriver's "switch to frame") and back to the top document.
 * Chromium and Firefox report the console of the whole page, frames included, so a frame's
 * `consoleMessages()` and `errors()` there are the page's; WebKit's are what the frame's own recorder kept.
 */
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { CHROME_ARGS } from '../find-chrome.mjs';
import { ENGINES } from '../engines/exclusions.mjs';
import { findEngines, startWebKitDriver, webkitCapabilities } from '../engines/launchers.mjs';

export { ENGINES };

/**
 * How long a wait lasts unless a test says otherwise. A wait ends as soon as its condition holds,
 * so this costs a passing test nothing; it is long because CI's shared two-core machines were
 * seen to take 30 s over a WebKit page that takes 3 s here.
 */
export const WAIT_MS = 30_000;

export class Unsupported extends Error {
  constructor(engine, what) {
    super(`${engine} cannot ${what} through its driver`);
    this.name = 'Unsupported';
  }
}

/** Console types as Playwright names them ('warning', not puppeteer's 'warn'). */
const consoleType = (type) => (type === 'warn' ? 'warning' : type);

/** Runs `fn(arg)` in the page, awaiting a promise it returns. */
const evaluateScript = (fn) => `(${fn})`;

/**
 * Firefox reports its own Content-Security-Policy, CORS and Subresource Integrity messages over
 * BiDi as script errors, which puppeteer gives as page errors; Chromium gives them as console
 * errors. They are not the page's exceptions (`violations()` has the CSP ones as events): filed
 * as console errors, as in Chromium.
 */
const BROWSER_REPORT =
  /^(Content-Security-Policy: |Cross-Origin Request Blocked: |None of the “sha\d+” hashes in the integrity attribute)/;

function recordEvents(page, { console: messages, errors, origins }) {
  page.on('console', (message) => messages.push({ type: consoleType(message.type()), text: message.text() }));
  page.on('pageerror', (error) => {
    const text = error.message ?? String(error);
    if (BROWSER_REPORT.test(text)) messages.push({ type: 'error', text });
    else errors.push(text);
  });
  // Hosts the page talks to. Firefox also reports data:, blob: and about: loads, which reach no
  // network (their origin reads "null"); those are left out, as Chromium never reports them.
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'http:' || url.protocol === 'https:') origins.add(url.origin);
    else if (!['data:', 'blob:', 'about:'].includes(url.protocol)) origins.add(url.href);
  });
}

function consoleWaiter(page, log) {
  return (pattern, timeout = WAIT_MS) =>
    new Promise((resolve, reject) => {
      const found = log.console.find((m) => pattern.test(m.text));
      if (found) return resolve(found);
      const timer = setTimeout(() => {
        page.off('console', listener);
        reject(new Error(`no console message matching ${pattern} within ${timeout} ms`));
      }, timeout);
      const listener = (message) => {
        if (!pattern.test(message.text())) return;
        clearTimeout(timer);
        page.off('console', listener);
        resolve({ type: consoleType(message.type()), text: message.text() });
      };
      page.on('console', listener);
    });
}

/** Input types a keyboard does not fill as text: set, with the events typing sends (as Playwright's `fill`). */
const SET_TYPES = ['date', 'time', 'month', 'week', 'datetime-local', 'color', 'range'];

function setValue([selector, value]) {
  const field = document.querySelector(selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

function recordViolations() {
  document.addEventListener('securitypolicyviolation', (event) => {
    (window.__violations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
  });
}

async function chromiumEngine(found, { media = {}, scrollbars = false } = {}) {
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    args: CHROME_ARGS,
    headless: true,
    // Playwright hides scrollbars in headless Chromium; readers' desktop browsers (and
    // Lighthouse's) have classic ones, which take room.
    ...(scrollbars && { ignoreDefaultArgs: ['--hide-scrollbars'] }),
  });
  return {
    name: 'chromium',
    async openPage({ viewport, ...options } = {}) {
      const context = await browser.newContext({ ...media, ...options, viewport });
      const page = await context.newPage();
      const log = { console: [], errors: [], origins: new Set() };
      recordEvents(page, log);
      await page.addInitScript(recordViolations);
      return {
        goto: (url) => page.goto(url),
        reload: () => page.reload(),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        waitForFunction: (fn, arg, { timeout = WAIT_MS } = {}) =>
          page.waitForFunction(fn, arg, { timeout }).then((handle) => handle.jsonValue()),
        addInitScript: (fn) => page.addInitScript(fn),
        waitForConsole: consoleWaiter(page, log),
        consoleMessages: async () => [...log.console],
        errors: async () => [...log.errors],
        violations: () => page.evaluate(() => window.__violations ?? []),
        origins: async () => [...log.origins],
        setViewportSize: (size) => page.setViewportSize(size),
        screenshot: () => page.screenshot({ type: 'png' }),
        async frame(selector) {
          const frame = await (await page.waitForSelector(selector)).contentFrame();
          return {
            evaluate: (fn, arg) => frame.evaluate(fn, arg),
            waitForFunction: (fn, arg, { timeout = WAIT_MS } = {}) =>
              frame.waitForFunction(fn, arg, { timeout }).then((handle) => handle.jsonValue()),
            consoleMessages: async () => [...log.console],
            errors: async () => [...log.errors],
            violations: () => frame.evaluate(() => window.__violations ?? []),
          };
        },
        focus: (selector) => page.focus(selector),
        click: (selector) => page.click(selector),
        press: (key) => page.keyboard.press(key),
        selectOption: (selector, value) => page.selectOption(selector, value),
        fill: (selector, value) => page.fill(selector, value),
        check: (selector) => page.check(selector),
        grantClipboard: (origin) =>
          context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin }),
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

/** Firefox's preferences for the media features Playwright emulates in Chromium. */
function firefoxPrefs({ reducedMotion, forcedColors } = {}) {
  return {
    ...(reducedMotion === 'reduce' && { 'ui.prefersReducedMotion': 1 }),
    // "Override the colours specified by the page with your selections": forced colours.
    ...(forcedColors === 'active' && { 'browser.display.document_color_use': 2 }),
  };
}

async function firefoxEngine(found, { media = {} } = {}) {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: found.executablePath,
    headless: true,
    extraPrefsFirefox: firefoxPrefs(media),
  });
  return {
    name: 'firefox',
    async openPage({ viewport = { width: 1280, height: 720 }, ...options } = {}) {
      const asked = Object.keys(options).filter((key) => options[key] !== media[key]);
      if (asked.length) {
        throw new Unsupported('firefox', `emulate ${asked.join(', ')} per page (launch it with { media })`);
      }
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const log = { console: [], errors: [], origins: new Set() };
      recordEvents(page, log);
      await page.setViewport(viewport);
      await page.evaluateOnNewDocument(recordViolations);
      return {
        goto: (url) => page.goto(url, { waitUntil: 'load' }),
        reload: () => page.reload({ waitUntil: 'load' }),
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        waitForFunction: (fn, arg, { timeout = WAIT_MS } = {}) =>
          page.waitForFunction(fn, { timeout }, arg).then((handle) => handle.jsonValue()),
        addInitScript: (fn) => page.evaluateOnNewDocument(fn),
        waitForConsole: consoleWaiter(page, log),
        consoleMessages: async () => [...log.console],
        errors: async () => [...log.errors],
        violations: () => page.evaluate(() => window.__violations ?? []),
        origins: async () => [...log.origins],
        setViewportSize: (size) => page.setViewport(size),
        screenshot: async () => Buffer.from(await page.screenshot({ type: 'png' })),
        async frame(selector) {
          const frame = await (await page.waitForSelector(selector)).contentFrame();
          return {
            evaluate: (fn, arg) => frame.evaluate(fn, arg),
            waitForFunction: (fn, arg, { timeout = WAIT_MS } = {}) =>
              frame.waitForFunction(fn, { timeout }, arg).then((handle) => handle.jsonValue()),
            consoleMessages: async () => [...log.console],
            errors: async () => [...log.errors],
            violations: () => frame.evaluate(() => window.__violations ?? []),
          };
        },
        focus: (selector) => page.focus(selector),
        click: (selector) => page.click(selector),
        press: (key) => page.keyboard.press(key),
        selectOption: (selector, value) => page.select(selector, value),
        async fill(selector, value) {
          if (SET_TYPES.includes(await page.$eval(selector, (field) => field.type))) {
            return page.evaluate(setValue, [selector, value]);
          }
          // Select what the field holds, so that typing replaces it, as Playwright's fill does.
          await page.click(selector, { count: 3 });
          await page.$eval(selector, (field) => field.select?.());
          await page.keyboard.press('Backspace');
          await page.type(selector, value);
        },
        async check(selector) {
          if (!(await page.$eval(selector, (box) => box.checked))) await page.click(selector);
        },
        grantClipboard() {
          throw new Unsupported(
            'firefox',
            'grant clipboard permissions (BiDi has no permission for reading it)',
          );
        },
        close: () => context.close(),
      };
    },
    close: () => browser.close(),
  };
}

/**
 * The body of an asynchronous WebDriver script: runs `fn(arg)`, awaits it, and answers
 * `{ value }` or `{ error }` (an `undefined` result survives as `{ undefined: true }`). A string,
 * not a function: webdriverio would otherwise wrap it in code of its own.
 */
function asyncScript(fn) {
  return `const done = arguments[arguments.length - 1];
    Promise.resolve().then(() => ${evaluateScript(fn)}(arguments[0])).then(
      (value) => done(value === undefined ? { undefined: true } : { value }),
      (error) => done({ error: String(error && error.stack || error) }),
    );`;
}

/** Polls `fn(arg)` once a frame in the page until it is truthy or `timeout` ms have passed. */
function pollingScript(fn, timeout) {
  return `const done = arguments[arguments.length - 1];
    const end = performance.now() + ${Number(timeout)};
    const test = ${evaluateScript(fn)};
    const poll = async () => {
      try {
        const value = await test(arguments[0]);
        if (value) return done({ value });
        if (performance.now() > end) return done({ error: 'waitForFunction: still false after ${Number(timeout)} ms (page ' + document.visibilityState + (document.hasFocus() ? ', focused' : ', not focused') + '): ' + String(test).slice(0, 200) });
        requestAnimationFrame(poll);
      } catch (error) {
        done({ error: String(error && error.stack || error) });
      }
    };
    poll();`;
}

function answer(result) {
  if (result?.error) throw new Error(result.error);
  return result?.undefined ? undefined : result?.value;
}

async function webkitEngine(found) {
  const driver = await startWebKitDriver(found);
  // WebKitWebDriver holds one session at a time: each page is a window of it (sharing its
  // cookies, which these tests do not use), and every command first makes its window current.
  const session = await remote({
    hostname: '127.0.0.1',
    port: driver.port,
    logLevel: 'error',
    // A slow answer (a screenshot under load) is waited for rather than cut at 120 s.
    connectionRetryTimeout: 240_000,
    capabilities: webkitCapabilities(found),
  });
  await session.setTimeouts(undefined, 180_000, 60_000);
  // The first window stays open, blank: new windows are opened from it (WebDriver needs an open
  // current window for that), and closing a page's window never ends the session.
  const home = await session.getWindowHandle();
  let current = home;
  // Commands of two pages never interleave: each runs after the one before it.
  let queue = Promise.resolve();
  const inWindow = (handle, command) => {
    const run = queue.then(async () => {
      if (current !== handle) {
        await session.switchToWindow(handle);
        current = handle;
      }
      return command();
    });
    queue = run.catch(() => {});
    return run;
  };
  return {
    name: 'webkit',
    async openPage({ viewport = { width: 1280, height: 720 }, ...options } = {}) {
      const asked = Object.keys(options).filter((key) => options[key] !== undefined);
      if (asked.length) throw new Unsupported('webkit', `emulate ${asked.join(', ')}`);
      const { handle } = await inWindow(home, () => session.createWindow('window'));
      const run = (command) => inWindow(handle, command);
      const evaluate = (fn, arg) =>
        run(async () => answer(await session.executeAsync(asyncScript(fn), arg ?? null)));
      const setViewportSize = async ({ width, height }) => {
        const [dw, dh] = await evaluate(() => [outerWidth - innerWidth, outerHeight - innerHeight]);
        await run(() => session.setWindowSize(width + dw, height + dh));
      };
      const log = () => evaluate(() => window.__e2eLog ?? { console: [], errors: [], violations: [] });
      await setViewportSize(viewport);
      return {
        goto: (url) => run(() => session.url(url)),
        reload: () => run(() => session.refresh()),
        evaluate,
        waitForFunction: (fn, arg, { timeout = WAIT_MS } = {}) =>
          run(async () => answer(await session.executeAsync(pollingScript(fn, timeout), arg ?? null))),
        addInitScript() {
          throw new Unsupported('webkit', 'run a script before the page');
        },
        async waitForConsole(pattern, timeout = WAIT_MS) {
          const source = pattern.source;
          const flags = pattern.flags;
          await this.waitForFunction(
            ([source, flags]) => window.__e2eLog?.console.some((m) => new RegExp(source, flags).test(m.text)),
            [source, flags],
            { timeout },
          );
          return (await log()).console.find((m) => pattern.test(m.text));
        },
        consoleMessages: async () => (await log()).console,
        errors: async () => (await log()).errors,
        violations: async () => (await log()).violations,
        // Resource Timing: every request the document made, as the page itself saw them.
        origins: () =>
          evaluate(() => [
            ...new Set([
              location.origin,
              ...performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin),
            ]),
          ]),
        setViewportSize,
        screenshot: () => run(async () => Buffer.from(await session.takeScreenshot(), 'base64')),
        async frame(selector) {
          await evaluate(
            (selector) =>
              new Promise((resolve) => {
                const found = () =>
                  document.querySelector(selector) ? resolve(true) : setTimeout(found, 50);
                found();
              }),
            selector,
          );
          // Into the frame for one command, and back to the top document whatever it gave.
          const inFrame = (command) =>
            run(async () => {
              await session.switchFrame(session.$(selector));
              try {
                return await command();
              } finally {
                await session.switchFrame(null);
              }
            });
          const frameEvaluate = (fn, arg) =>
            inFrame(async () => answer(await session.executeAsync(asyncScript(fn), arg ?? null)));
          const frameLog = () =>
            frameEvaluate(() => window.__e2eLog ?? { console: [], errors: [], violations: [] });
          return {
            evaluate: frameEvaluate,
            async waitForFunction(fn, arg, { timeout = WAIT_MS } = {}) {
              // A frame that is still loading its document interrupts the script: poll again.
              const end = Date.now() + timeout;
              for (;;) {
                const left = Math.max(end - Date.now(), 1);
                try {
                  return await inFrame(async () =>
                    answer(await session.executeAsync(pollingScript(fn, left), arg ?? null)),
                  );
                } catch (error) {
                  if (/still false after/.test(error.message) || Date.now() > end) throw error;
                  await new Promise((resolve) => setTimeout(resolve, 100));
                }
              }
            },
            consoleMessages: async () => (await frameLog()).console,
            errors: async () => (await frameLog()).errors,
            violations: async () => (await frameLog()).violations,
          };
        },
        focus: (selector) => evaluate((selector) => document.querySelector(selector).focus(), selector),
        click: (selector) => run(() => session.$(selector).click()),
        press: (key) => run(() => session.keys([key])),
        // By the option's value as the page reads it: an <option> without a value attribute has
        // its text as its value, which WebDriver's attribute lookup does not find.
        async selectOption(selector, value) {
          const index = await evaluate(
            ([selector, value]) =>
              [...document.querySelector(selector).options].findIndex((option) => option.value === value),
            [selector, value],
          );
          if (index < 0) throw new Error(`no option of ${selector} has the value ${JSON.stringify(value)}`);
          return run(() => session.$(selector).selectByIndex(index));
        },
        async fill(selector, value) {
          const type = await evaluate((selector) => document.querySelector(selector).type, selector);
          if (SET_TYPES.includes(type)) return evaluate(setValue, [selector, value]);
          return run(() => session.$(selector).setValue(value));
        },
        async check(selector) {
          await run(async () => {
            const box = session.$(selector);
            if (!(await box.isSelected())) await box.click();
          });
        },
        grantClipboard() {
          throw new Unsupported('webkit', 'grant clipboard permissions');
        },
        close: () =>
          run(async () => {
            // webdriverio answers a closed window by switching to the first one left, on its
            // own, after the command: wait for that switch, so that it can neither land in the
            // middle of the next page's commands nor after the session has ended.
            const switched = new Promise((resolve) => {
              const timer = setTimeout(done, 10_000);
              function done() {
                clearTimeout(timer);
                session.off('result', onResult);
                resolve();
              }
              function onResult(event) {
                if (event.command === 'switchToWindow') done();
              }
              session.on('result', onResult);
            });
            await session.closeWindow();
            await switched;
            current = undefined;
          }),
      };
    },
    async close() {
      await session.deleteSession().catch(() => {});
      driver.stop();
    },
  };
}

const DRIVERS = { chromium: chromiumEngine, firefox: firefoxEngine, webkit: webkitEngine };

/** Each engine's availability: `{ found: true, ... }` or `{ found: false, missing }`. */
export const available = findEngines();

/**
 * Launches an engine. `media` (Firefox, Chromium): media features for the whole browser.
 * `scrollbars` (Chromium): classic scrollbars, which take room, as on readers' desktops (Firefox
 * and WebKit draw theirs as they always do).
 */
export function launchEngine(name, options) {
  return DRIVERS[name](available[name], options);
}
