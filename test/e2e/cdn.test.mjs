// The drop-in pasted the ways newsrooms paste it: the article on one origin, the script on a CDN
// on another (two loopback ports), with and without CORS headers, as a classic or a module
// script, with Subresource Integrity, under a nonce-based CSP, inside a sandboxed iframe; in
// English and French, with the shipped data, `src` and inline JSON, and a widget added later.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { CEILINGS, pageFiles } from '../package/drop-in-budgets.mjs';
import { chromiumOnly, html, launchBrowser, openPage, startServer } from './harness.mjs';

const SCRIPT = '/dist/mission-widgets.js';
const NONCE = 'cdn-test-nonce';
const FALLBACK = '<p class="fallback">Kenya leads the mission (AP).</p>';
const WORDS = { en: /personnel deployed/, fr: /personnes? déployée/ };

/** How each case writes the script tag, given the script's URL and its integrity value. */
const CASES = [
  {
    name: 'a classic script with defer, no CORS headers',
    cors: false,
    tag: (u) => `<script src="${u}" defer></script>`,
  },
  {
    name: 'a classic script with defer, CORS headers',
    cors: true,
    tag: (u) => `<script src="${u}" defer></script>`,
  },
  {
    name: 'a classic script without defer, in the body',
    cors: false,
    tag: (u) => `<script src="${u}"></script>`,
    inBody: true,
  },
  {
    name: 'a classic script with crossorigin, CORS headers',
    cors: true,
    tag: (u) => `<script src="${u}" defer crossorigin="anonymous"></script>`,
  },
  {
    name: 'a module script, CORS headers',
    cors: true,
    tag: (u) => `<script type="module" src="${u}"></script>`,
  },
  {
    name: 'Subresource Integrity, CORS headers',
    cors: true,
    tag: (u, sri) => `<script src="${u}" integrity="${sri}" crossorigin="anonymous" defer></script>`,
  },
  {
    name: "a nonce and 'strict-dynamic' with Trusted Types required",
    cors: false,
    csp: `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html mission-widgets`,
    tag: (u) => `<script src="${u}" nonce="${NONCE}" defer></script>`,
  },
  {
    name: 'a sandboxed iframe, classic script, no CORS headers',
    cors: false,
    sandbox: true,
    tag: (u) => `<script src="${u}" defer></script>`,
  },
  {
    name: 'a sandboxed iframe, module script, CORS headers',
    cors: true,
    sandbox: true,
    tag: (u) => `<script type="module" src="${u}"></script>`,
  },
];

/** Cases that cannot work: the browser refuses the script itself, and says why. */
const REFUSED = [
  {
    name: 'crossorigin without CORS headers',
    tag: (u) => `<script src="${u}" defer crossorigin="anonymous"></script>`,
  },
  { name: 'a module script without CORS headers', tag: (u) => `<script type="module" src="${u}"></script>` },
  {
    name: 'Subresource Integrity without CORS headers',
    tag: (u, sri) => `<script src="${u}" integrity="${sri}" crossorigin="anonymous" defer></script>`,
  },
];

chromiumOnly('test/e2e/cdn.test.mjs', 'the drop-in from another origin');

describe('the drop-in from another origin', () => {
  let article;
  let cdn;
  let cdnWithCors;
  let browser;
  let sri;
  let inline;
  const pages = {};

  before(async () => {
    const script = await readFile(new URL(`../..${SCRIPT}`, import.meta.url));
    sri = `sha384-${createHash('sha384').update(script).digest('base64')}`;
    // A sandboxed frame has an opaque origin: the data file answers CORS requests from anywhere.
    article = await startServer({ pages, headers: { 'access-control-allow-origin': '*' } });
    cdn = await startServer({ host: 'localhost' });
    cdnWithCors = await startServer({ headers: { 'access-control-allow-origin': '*' } });
    const json = await readFile(new URL('../../data/haiti-mss.json', import.meta.url), 'utf8');
    inline = JSON.stringify(JSON.parse(json)).replaceAll('<', '\\u003c');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await Promise.all([article, cdn, cdnWithCors].map((server) => server?.close()));
  });

  /** The widgets of one page: the shipped data, `src`, inline JSON; each with its fallback. */
  const widgets = () => `<troop-counter id="shipped">${FALLBACK}</troop-counter>
    <troop-counter id="src" src="${article.origin}/data/haiti-mss.json">${FALLBACK}</troop-counter>
    <troop-counter id="inline"><script type="application/json">${inline}</script>${FALLBACK}</troop-counter>`;

  /** Serves a case's page (inside a sandboxed frame when the case says so); returns its path. */
  function publish(id, lang, { tag, csp, sandbox, inBody }, server) {
    const tagText = tag(server.origin + SCRIPT, sri);
    const body = html({ lang, head: inBody ? '' : tagText, body: widgets() + (inBody ? tagText : '') });
    const headers = csp ? { 'content-security-policy': csp } : {};
    if (!sandbox) {
      pages[`/${id}.html`] = { body, headers };
      return `/${id}.html`;
    }
    pages[`/${id}-inner.html`] = { body, headers };
    pages[`/${id}.html`] = {
      body: html({
        body: `<iframe sandbox="allow-scripts" src="/${id}-inner.html" width="800" height="600"></iframe>`,
      }),
    };
    return `/${id}.html`;
  }

  /** The frame that holds the widgets. */
  const widgetFrame = async (page, sandbox) => {
    if (!sandbox) return page.mainFrame();
    await page.waitForFunction(() => document.querySelector('iframe'));
    for (;;) {
      const frame = page.frames().find((each) => each.url().endsWith('-inner.html'));
      if (frame) return frame;
      await page.waitForEvent('frameattached');
    }
  };

  /** Each widget's state and text, once every widget has finished or 20 s have passed. */
  const settled = (frame, ids) =>
    frame
      .waitForFunction(
        (ids) =>
          ids.every((id) => document.getElementById(id)?.shadowRoot?.querySelector('[data-state=complete]')),
        ids,
        { timeout: 20_000 },
      )
      .catch(() => undefined)
      .then(() =>
        frame.evaluate((ids) => {
          const said = {};
          for (const id of ids) {
            const root = document.getElementById(id)?.shadowRoot;
            said[id] = root
              ? `${root.querySelector('[data-state]')?.dataset.state}: ${root.textContent}`
              : 'not upgraded';
          }
          return said;
        }, ids),
      );

  CASES.forEach((testCase, index) => {
    for (const lang of ['en', 'fr']) {
      it(`works as ${testCase.name} (${lang}): shipped data, src, inline JSON, and a widget added later`, async () => {
        const server = testCase.cors ? cdnWithCors : cdn;
        const path = publish(`case${index}-${lang}`, lang, testCase, server);
        const { page, log, context } = await openPage(browser);
        await page.goto(article.origin + path);
        const frame = await widgetFrame(page, testCase.sandbox);
        const ids = ['shipped', 'src', 'inline'];
        for (const [id, text] of Object.entries(await settled(frame, ids))) {
          assert.match(text, /^complete: /, `#${id}: ${text}\n${JSON.stringify(log.console)}`);
          assert.match(text, WORDS[lang], `#${id} speaks ${lang}: ${text}`);
        }
        // A CMS or a single-page app adds a widget the page did not have yet, deep in a subtree.
        await frame.evaluate(() => {
          const section = document.createElement('section');
          const timeline = document.createElement('event-timeline');
          timeline.id = 'later';
          section.append(document.createElement('div'));
          section.firstChild.append(timeline);
          document.body.append(section);
        });
        const later = await settled(frame, ['later']);
        assert.match(later.later, /^complete: /, later.later);
        assert.deepEqual(log.errors, []);
        assert.deepEqual(
          log.console.filter((m) => m.type === 'error' || m.type === 'warning'),
          [],
        );
        const violations = await frame.evaluate(() => window.__violations ?? []);
        assert.deepEqual(violations, []);
        await context.close();
      });
    }
  });

  REFUSED.forEach((testCase, index) => {
    it(`keeps the fallback, and the browser names the missing header, for ${testCase.name}`, async () => {
      const path = publish(`refused${index}`, 'en', testCase, cdn);
      const { page, log, context } = await openPage(browser);
      const failed = page.waitForEvent('requestfailed');
      await page.goto(article.origin + path, { waitUntil: 'load' });
      await failed;
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('.fallback')].map(
          (p) => p.checkVisibility() && !customElements.get('troop-counter'),
        ),
      );
      assert.deepEqual(shown, [true, true, true]);
      const said = log.console.map((m) => m.text).join('\n');
      assert.match(said, /No 'Access-Control-Allow-Origin' header is present on the requested resource/);
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  });

  const COUNTED = {
    'one troop-counter': '<troop-counter></troop-counter>',
    'a troop-counter and a contributor-list':
      '<troop-counter></troop-counter><contributor-list></contributor-list>',
    'all three widgets':
      '<troop-counter></troop-counter><contributor-list></contributor-list><event-timeline></event-timeline>',
  };
  for (const [kind, body] of Object.entries(COUNTED)) {
    it(`${kind}: fetches the loader, one file of code and the data, within its budget`, async () => {
      const files = JSON.parse(
        await readFile(new URL('../../dist/mission-widgets.files.json', import.meta.url)),
      );
      const path = `/counted-${kind.replaceAll(' ', '-')}.html`;
      pages[path] = { body: html({ head: `<script src="${cdn.origin}${SCRIPT}" defer></script>`, body }) };
      const since = cdn.requests.length;
      const { page, log, context } = await openPage(browser);
      await page.goto(article.origin + path);
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('troop-counter, contributor-list, event-timeline')].every((el) =>
            el.shadowRoot?.querySelector('[data-state=complete]'),
          ),
        undefined,
        { timeout: 20_000 },
      );
      const fetched = cdn.requests.slice(since).map((request) => request.replace('/dist/', ''));
      const data = `mission-widgets.${files.parts.data}.${files.hash}.js`;
      assert.deepEqual(fetched.sort(), [...pageFiles(files, kind), data].sort());
      const code = fetched.filter((name) => name !== data);
      const bytes = (
        await Promise.all(code.map((name) => readFile(new URL(`../../dist/${name}`, import.meta.url))))
      ).reduce((sum, body) => sum + gzipSync(body, { level: 9 }).length, 0);
      assert.ok(bytes <= CEILINGS[kind], `${kind}: ${bytes} bytes gzip in ${code.length} requests`);
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  }
});
