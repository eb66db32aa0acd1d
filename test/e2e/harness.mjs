/**
 * End-to-end harness: a static server for the project folder whose pages and headers each test
 * chooses (the test runner injects inline scripts, so CSP pages need a server of their own), and
 * Debian's Chromium driven by playwright-core.
 */
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../find-chrome.mjs';

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
 */
export async function startServer({ pages = {}, respond, headers = {}, host = '127.0.0.1' } = {}) {
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
      response.end(page.body);
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
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://${host}:${server.address().port}`;
  return { origin, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

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
  timeout = 20_000,
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
export function shadowText(page, selector, text, timeout = 10_000) {
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
