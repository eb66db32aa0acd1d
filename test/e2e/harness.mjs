/**
 * End-to-end harness: a static server for the project folder whose pages and headers each test
 * chooses (the test runner injects inline scripts, so CSP pages need a server of their own);
 * Debian's Chromium driven by playwright-core (`launchBrowser`, `openPage`); and
 * `describeInEngines`, which runs a suite in Chromium, Firefox and WebKit through one page API
 * (engine-pages.mjs), with the exclusions of test/engines/exclusions.mjs.
 */
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../find-chrome.mjs';
import { engineOf, EXCLUSIONS, exclusionFor } from '../engines/exclusions.mjs';
import { available, ENGINES, launchEngine, WAIT_MS } from './engine-pages.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/**
 * Serves `pages` (path → { body, headers }) and any file of the project, with `headers` added to
 * every file; records every request. `respond(path, request, response)` may answer first (return
 * true when it did). `host` picks the loopback name, so that two servers are two origins.
 * WebKit's requests for `pages` get the console recorder (recorder.js); with `recordFiles`, its
 * requests for the project's HTML files too (the embed page, the demo), which leave it out otherwise.
 */
export async function startServer({
  pages = {},
  respond,
  headers = {},
  host = '127.0.0.1',
  recordFiles = false,
} = {}) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url, 'http://localhost');
    requests.push(pathname);
    if (respond && (await respond(pathname, request, response))) return;
    // No icon, and no 404 in the console for it.
    if (pathname === '/favicon.ico') return response.writeHead(204).end();
    const page = pages[pathname];
    if (page) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...page.headers });
      const webkit = engineOf(request.headers['user-agent'] ?? '') === 'webkit';
      response.end(webkit ? withRecorder(String(page.body)) : page.body);
      return;
    }
    const file = normalize(join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
    if (!file.startsWith(root)) return response.writeHead(403).end();
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...headers,
      });
      const webkit = engineOf(request.headers['user-agent'] ?? '') === 'webkit';
      response.end(recordFiles && webkit && extname(file) === '.html' ? withRecorder(String(body)) : body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://${host}:${server.address().port}`;
  return { origin, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** WebKit's driver reports no console: its pages record it themselves (recorder.js). */
const withRecorder = (body) =>
  body.replace(/<head>|<head [^>]*>/i, (head) => `${head}<script src="/test/e2e/recorder.js"></script>`);

export function launchBrowser() {
  return chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
}

/**
 * Opens a page that records console messages, page errors, CSP violations and every request's
 * origin; `visit(url)` waits for the load event.
 */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const log = { console: [], errors: [], violations: [], origins: new Set() };
  page.on('console', (message) => log.console.push({ type: message.type(), text: message.text() }));
  page.on('pageerror', (error) => log.errors.push(error.message));
  page.on('request', (request) => log.origins.add(new URL(request.url()).origin));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window.__violations ??= []).push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return { page, context, log };
}

/** Waits until every widget on the page (or matching `selector`) has rendered its data. */
export function widgetsRendered(
  page,
  selector = 'troop-counter, contributor-list, event-timeline',
  timeout = WAIT_MS,
) {
  return page.waitForFunction(
    (selector) => {
      const widgets = [...document.querySelectorAll(selector)];
      return (
        widgets.length > 0 && widgets.every((el) => el.shadowRoot?.querySelector('[data-state="complete"]'))
      );
    },
    selector,
    { timeout },
  );
}

/** Waits until an element's shadow root shows this text. */
export function shadowText(page, selector, text, timeout = WAIT_MS) {
  return page.waitForFunction(
    ([selector, text]) => document.querySelector(selector)?.shadowRoot?.textContent?.includes(text),
    [selector, text],
    { timeout },
  );
}

/** A minimal HTML page. */
export function html({ head = '', body = '', lang = 'en' }) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>test</title>${head}</head><body>${body}</body></html>`;
}

/** The engines MW_ENGINES asks for (all by default), as for the browser tests. */
const wanted = process.env.MW_ENGINES?.split(',').map((name) => name.trim()) ?? ENGINES;

/**
 * Declares the suite `title` once per engine, as "<title> (<engine>)". `body({ engine, it,
 * browser })` declares its tests with the `it` it is given, which runs a test or, when
 * test/engines/exclusions.mjs lists "<title> <test>" for this file and engine, skips it with the
 * listed reason. An engine missing fails under CI=true and is reported NOT RUN elsewhere; an
 * exclusion that matches no test fails. `media` (Chromium, Firefox): media features for every
 * page, which Firefox takes as preferences at launch. `scrollbars` (Chromium): classic scrollbars,
 * which headless Chromium otherwise hides.
 */
export function describeInEngines(file, title, body, { media, scrollbars } = {}) {
  for (const engine of ENGINES) {
    const suite = `${title} (${engine})`;
    if (!wanted.includes(engine)) {
      describe(suite, { skip: `NOT RUN: ${engine} is not in MW_ENGINES` }, () => {});
      continue;
    }
    if (!available[engine].found) {
      const { missing } = available[engine];
      if (process.env.CI === 'true') {
        describe(suite, () => it('has its engine (CI runs every engine)', () => assert.fail(missing)));
      } else describe(suite, { skip: `NOT RUN: ${missing}` }, () => {});
      continue;
    }
    const whole = exclusionFor(engine, file, title);
    if (whole) {
      describe(suite, { skip: `excluded in ${engine}: ${whole.reason}` }, () => {});
      continue;
    }
    describe(suite, () => {
      let browser;
      before(async () => {
        browser = await launchEngine(engine, { media, scrollbars });
      });
      after(() => browser?.close());
      const matched = new Set();
      const count = { ran: 0, excluded: 0 };
      const test = (name, fn) => {
        const exclusion = exclusionFor(engine, file, `${title} ${name}`);
        if (!exclusion) {
          count.ran += 1;
          return it(name, () => fn());
        }
        matched.add(exclusion);
        count.excluded += 1;
        return it(name, { skip: `excluded in ${engine}: ${exclusion.reason}` }, () => {});
      };
      after(() => console.log(`${file} in ${engine}: ${count.ran} tests ran, ${count.excluded} excluded`));
      body({
        engine,
        it: test,
        get browser() {
          return browser;
        },
      });
      const stale = EXCLUSIONS.filter(
        (entry) => entry.file === file && entry.engines.includes(engine) && !matched.has(entry),
      ).filter((entry) => entry.title === title || entry.title.startsWith(`${title} `));
      if (stale.length) {
        it('lists no exclusion that matches no test', () =>
          assert.deepEqual(
            stale.map((entry) => entry.title),
            [],
          ));
      }
    });
  }
}

/**
 * For a suite that runs in Chromium alone (through `launchBrowser`): declares it in Firefox and
 * WebKit as not run, with the reason test/engines/exclusions.mjs gives for "<title>" in this file;
 * a suite missing from that list fails there, so that nothing is left out silently.
 */
export function chromiumOnly(file, title) {
  for (const engine of ENGINES.filter((name) => name !== 'chromium')) {
    const exclusion = exclusionFor(engine, file, title);
    const suite = `${title} (${engine})`;
    if (exclusion) describe(suite, { skip: `excluded in ${engine}: ${exclusion.reason}` }, () => {});
    else {
      describe(suite, () =>
        it('runs in this engine, or test/engines/exclusions.mjs says why not', () =>
          assert.fail(`"${title}" (${file}) runs in Chromium only and is not listed for ${engine}`)),
      );
    }
  }
}
