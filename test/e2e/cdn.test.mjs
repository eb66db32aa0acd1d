// The drop-in pasted the ways newsrooms paste it: the article on one origin, the script on a CDN
// on another (two loopback ports), with and without CORS headers, as a classic or a module
// script, with Subresource Integrity, under a nonce-based CSP, inside a sandboxed iframe; in
// English and French, with the shipped data, `src` and inline JSON, and a widget added later; in
// every engine.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { after, before } from 'node:test';
import { gzipSync } from 'node:zlib';
import { CEILINGS, pageFiles } from '../package/drop-in-budgets.mjs';
import { describeInEngines, html, startServer } from './harness.mjs';

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

/** How each engine's console names the header a refused script lacked. */
const MISSING_HEADER = {
  chromium: /No 'Access-Control-Allow-Origin' header is present on the requested resource/,
  firefox: /CORS header .Access-Control-Allow-Origin. missing/,
};

let article;
let cdn;
let cdnWithCors;
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
});
after(() => Promise.all([article, cdn, cdnWithCors].map((server) => server?.close())));

/** The widgets of one page: `loading="lazy"` (in view), the shipped data, `src`, inline JSON; each with its fallback. */
const widgets = () => `<troop-counter id="lazy" loading="lazy">${FALLBACK}</troop-counter>
    <troop-counter id="shipped">${FALLBACK}</troop-counter>
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

/** The page of a refused case once it has loaded (a refused script fails before the load event). */
async function refusedPage(engine, index, testCase) {
  const path = publish(`refused${index}`, 'en', testCase, cdn);
  const tab = await engine.browser.openPage();
  await tab.goto(article.origin + path);
  return tab;
}

describeInEngines('test/e2e/cdn.test.mjs', 'the drop-in from another origin', (engine) => {
  CASES.forEach((testCase, index) => {
    for (const lang of ['en', 'fr']) {
      engine.it(
        `works as ${testCase.name} (${lang}): lazy, shipped data, src, inline JSON, and a widget added later`,
        async () => {
          const server = testCase.cors ? cdnWithCors : cdn;
          const path = publish(`case${index}-${lang}`, lang, testCase, server);
          const tab = await engine.browser.openPage();
          await tab.goto(article.origin + path);
          const frame = testCase.sandbox ? await tab.frame('iframe') : tab;
          const ids = ['lazy', 'shipped', 'src', 'inline'];
          for (const [id, text] of Object.entries(await settled(frame, ids))) {
            const said = JSON.stringify(await frame.consoleMessages());
            assert.match(text, /^complete: /, `#${id}: ${text}\n${said}`);
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
          assert.deepEqual(await frame.errors(), []);
          assert.deepEqual(
            (await frame.consoleMessages()).filter((m) => m.type === 'error' || m.type === 'warning'),
            [],
          );
          assert.deepEqual(await frame.violations(), []);
          await tab.close();
        },
      );
    }
  });

  REFUSED.forEach((testCase, index) => {
    engine.it(`keeps the fallback for ${testCase.name}`, async () => {
      const tab = await refusedPage(engine, index, testCase);
      const shown = await tab.evaluate(() =>
        [...document.querySelectorAll('.fallback')].map(
          (p) => p.checkVisibility() && !customElements.get('troop-counter'),
        ),
      );
      assert.deepEqual(shown, [true, true, true, true]);
      assert.deepEqual(await tab.errors(), []);
      await tab.close();
    });

    engine.it(`the browser names the missing header for ${testCase.name}`, async () => {
      const tab = await refusedPage(engine, index, testCase);
      await tab.waitForConsole(MISSING_HEADER[engine.engine]);
      await tab.close();
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
    engine.it(`${kind}: fetches the loader, one file of code and the data, within its budget`, async () => {
      const files = JSON.parse(
        await readFile(new URL('../../dist/mission-widgets.files.json', import.meta.url)),
      );
      const path = `/counted-${kind.replaceAll(' ', '-')}.html`;
      pages[path] = { body: html({ head: `<script src="${cdn.origin}${SCRIPT}" defer></script>`, body }) };
      const since = cdn.requests.length;
      const tab = await engine.browser.openPage();
      await tab.goto(article.origin + path);
      await tab.waitForFunction(
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
      assert.deepEqual(await tab.errors(), []);
      await tab.close();
    });
  }

  engine.it('a counter with `history`: fetches its history, a file of its own, beside its code', async () => {
    const files = JSON.parse(
      await readFile(new URL('../../dist/mission-widgets.files.json', import.meta.url)),
    );
    pages['/counted-history.html'] = {
      body: html({
        head: `<script src="${cdn.origin}${SCRIPT}" defer></script>`,
        body: '<troop-counter history></troop-counter>',
      }),
    };
    const since = cdn.requests.length;
    const tab = await engine.browser.openPage();
    await tab.goto(article.origin + '/counted-history.html');
    await tab.waitForFunction(
      () => document.querySelector('troop-counter')?.shadowRoot?.querySelector('[part=sparkline] polyline'),
      undefined,
      { timeout: 20_000 },
    );
    const fetched = cdn.requests.slice(since).map((request) => request.replace('/dist/', ''));
    const of = (id) => `mission-widgets.${id}.${files.hash}.js`;
    assert.deepEqual(
      fetched.sort(),
      [...pageFiles(files, 'one troop-counter'), of(files.parts.data), of(files.parts.history)].sort(),
    );
    assert.deepEqual(await tab.errors(), []);
    await tab.close();
  });
});
