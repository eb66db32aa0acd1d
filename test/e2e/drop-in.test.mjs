// The drop-in script on pages we do not control: how it loads, twice, under strict CSP and
// Trusted Types, with its fallback, at scale, and with no request beyond its data; in Chromium,
// Firefox and WebKit.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before } from 'node:test';
import { describeInEngines, html, startServer } from './harness.mjs';

const FILE = 'test/e2e/drop-in.test.mjs';
const WIDGETS = 'troop-counter, contributor-list, event-timeline';

const SCRIPT = '/dist/mission-widgets.js';
const FALLBACK =
  '<p id="fallback">Kenya leads the mission. <a href="https://example.org/story">Read more</a></p>';
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "require-trusted-types-for 'script'",
].join('; ');

const pages = {
  '/classic.html': {
    body: html({ head: `<script src="${SCRIPT}" defer></script>`, body: '<troop-counter></troop-counter>' }),
  },
  '/module.html': {
    body: html({
      head: `<script type="module" src="${SCRIPT}"></script>`,
      body: '<troop-counter></troop-counter>',
    }),
  },
  '/twice.html': {
    body: html({
      head: `<script src="${SCRIPT}" defer></script><script type="module" src="${SCRIPT}"></script><script src="${SCRIPT}" defer></script>`,
      body: '<troop-counter></troop-counter><contributor-list></contributor-list><event-timeline></event-timeline>',
    }),
  },
  '/other-version.html': {
    body: html({
      head: `<script src="/test/e2e/other-owner.js"></script><script src="${SCRIPT}" defer></script>`,
      body: '<troop-counter></troop-counter><event-timeline></event-timeline>',
    }),
  },
  '/csp.html': {
    headers: { 'content-security-policy': CSP },
    body: html({
      head: `<script src="${SCRIPT}" defer></script>`,
      body: `<troop-counter>${FALLBACK}</troop-counter><contributor-list></contributor-list><event-timeline collapsed filters></event-timeline>
        <troop-counter id="inline"><script type="application/json">${'{}'}</script></troop-counter>
        <troop-counter id="french" locale="fr" src="/data/haiti-mss.json"></troop-counter>`,
    }),
  },
  '/csp-allow-list.html': {
    headers: { 'content-security-policy': `${CSP}; trusted-types lit-html mission-widgets` },
    body: html({
      head: `<script src="${SCRIPT}" defer></script>`,
      body: '<event-timeline></event-timeline>',
    }),
  },
  '/csp-lit-only.html': {
    headers: { 'content-security-policy': `${CSP}; trusted-types lit-html` },
    body: html({
      head: `<script src="${SCRIPT}" defer></script>`,
      body: `<troop-counter>${FALLBACK}</troop-counter>`,
    }),
  },
  '/english.html': {
    body: html({
      head: `<script src="${SCRIPT}" defer></script>`,
      body: '<troop-counter></troop-counter><contributor-list></contributor-list><event-timeline></event-timeline>',
    }),
  },
  '/french-src.html': {
    body: html({
      lang: 'fr',
      head: `<script type="module" src="${SCRIPT}"></script>`,
      body: '<troop-counter src="/data/haiti-mss.json"></troop-counter><event-timeline src="/data/haiti-mss.json"></event-timeline>',
    }),
  },
  // A site that copied the script alone, without the files beside it.
  '/alone.html': {
    body: html({
      lang: 'fr',
      head: '<script src="/alone/mission-widgets.js" defer></script>',
      body: `<troop-counter id="custom" src="/data/haiti-mss.json">${FALLBACK}</troop-counter>`,
    }),
  },
  // A lazy list four screens below a counter: its code waits until a reader scrolls near it.
  '/lazy-below.html': {
    body: html({
      head: `<script src="${SCRIPT}" defer></script>`,
      body: `<troop-counter></troop-counter><div style="block-size: 400vh"></div>
        <contributor-list loading="lazy">${FALLBACK}</contributor-list>`,
    }),
  },
  // A lazy list just below a counter, within a screen: its code comes with the counter's, in one
  // file, whether the script is deferred or runs in the head while the page is parsed.
  ...Object.fromEntries(
    [
      ['/lazy-near.html', ' defer'],
      ['/lazy-near-parsing.html', ''],
    ].map(([path, defer]) => [
      path,
      {
        body: html({
          head: `<script src="${SCRIPT}"${defer}></script>`,
          body: `<troop-counter></troop-counter><div style="block-size: 50vh"></div>
            <contributor-list loading="lazy">${FALLBACK}</contributor-list>`,
        }),
      },
    ]),
  ),
  // A lazy list in a row that scrolls sideways, three screens to the right of a counter: its code
  // waits until a reader scrolls the row to it.
  '/lazy-beside.html': {
    body: html({
      head: `<script src="${SCRIPT}" defer></script>`,
      body: `<troop-counter></troop-counter><div style="display: flex; overflow-x: auto">
        <div style="flex: none; inline-size: 300vw"></div>
        <contributor-list loading="lazy" style="flex: none; inline-size: 20rem">${FALLBACK}</contributor-list></div>`,
    }),
  },
  // The lazy list four screens below, with a record of what the drop-in script's observers observe.
  '/lazy-observed.html': {
    body: html({
      head: `<script src="/test/e2e/observers.js"></script><script src="${SCRIPT}" defer></script>`,
      body: `<troop-counter></troop-counter><div style="block-size: 400vh"></div>
        <contributor-list loading="lazy">${FALLBACK}</contributor-list>`,
    }),
  },
  // A script run while the page is parsed, and parsing held up by a slow script after the widget:
  // the parts (data, language, history) arrive before the page's one file is asked for.
  '/parts-while-parsing.html': {
    body: html({
      head: `<script src="${SCRIPT}"></script>`,
      body: '<troop-counter history locale="fr"></troop-counter><script src="/slow.js"></script>',
    }),
  },
  // A host that lost one file beside the script: the observer behind loading="lazy".
  '/lazy-unavailable.html': {
    body: html({
      head: '<script src="/nolazy/mission-widgets.js" defer></script>',
      body: `<troop-counter loading="lazy">${FALLBACK}</troop-counter>`,
    }),
  },
  // A browser without the newest feature the widgets use (as Safari before 17.4), made so by a
  // script of the page before the drop-in: WebDriver (WebKit) runs none of its own before a page.
  '/below-baseline.html': {
    body: html({
      head: `<script src="/test/e2e/below-baseline.js"></script><script src="${SCRIPT}" defer></script>`,
      body: `<troop-counter>${FALLBACK}</troop-counter>`,
    }),
  },
  '/blocked.html': {
    headers: { 'content-security-policy': "script-src 'none'" },
    body: html({
      head: `<script src="${SCRIPT}" defer></script>`,
      body: `<troop-counter>${FALLBACK}</troop-counter>`,
    }),
  },
  '/failing.html': {
    body: html({
      head: `<script src="${SCRIPT}" defer></script>`,
      body: `<troop-counter src="/missing.json">${FALLBACK}</troop-counter>`,
    }),
  },
  '/rendered.html': {
    body: html({
      head: `<script src="${SCRIPT}" defer></script>`,
      body: `<troop-counter>${FALLBACK}</troop-counter>`,
    }),
  },
  '/phone.html': {
    body: html({
      head: `<script src="${SCRIPT}" defer></script>`,
      body: `<div style="inline-size: 358px; font: 16px/1.5 serif">${WIDGETS.split(', ')
        .map((tag) => `<${tag} locale="en"></${tag}>`)
        .join('')}</div>`,
    }),
  },
  '/hundred.html': {
    body: html({
      head: `<script src="${SCRIPT}" defer></script>`,
      body: Array.from(
        { length: 100 },
        (_, i) =>
          [
            '<troop-counter src="/data/haiti-mss.json"></troop-counter>',
            '<contributor-list src="/data/haiti-mss.json"></contributor-list>',
            '<troop-counter src="/data/haiti-mss.json?copy=2"></troop-counter>',
          ][i % 3],
      ).join('\n'),
    }),
  },
};

let server;
before(async () => {
  const dropIn = await readFile(new URL(`../..${SCRIPT}`, import.meta.url));
  server = await startServer({
    pages,
    respond: async (path, request, response) => {
      if (path.startsWith('/nolazy/')) {
        const name = path.slice('/nolazy/'.length);
        if (/^mission-widgets\.near-view-controller\./.test(name) || name.includes('/')) return false;
        const file = await readFile(new URL(`../../dist/${name}`, import.meta.url));
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(file);
        return true;
      }
      if (path === '/slow.js') {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        response.writeHead(200, { 'content-type': 'text/javascript' }).end('');
        return true;
      }
      if (path !== '/alone/mission-widgets.js') return false;
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(dropIn);
      return true;
    },
  });
});
after(() => server?.close());

/** Waits until every widget matching `selector` has rendered its data. */
const widgetsRendered = (page, selector = WIDGETS, timeout = 20_000) =>
  page.waitForFunction(
    (selector) => {
      const widgets = [...document.querySelectorAll(selector)];
      return (
        widgets.length > 0 && widgets.every((el) => el.shadowRoot?.querySelector('[data-state="complete"]'))
      );
    },
    selector,
    { timeout },
  );

/** Waits until an element's shadow root shows this text. */
const shadowText = (page, selector, text) =>
  page.waitForFunction(
    ([selector, text]) => document.querySelector(selector)?.shadowRoot?.textContent?.includes(text),
    [selector, text],
    { timeout: 10_000 },
  );

describeInEngines(FILE, 'the drop-in script', (engine) => {
  const { it } = engine;
  async function visit(path) {
    const page = await engine.browser.openPage();
    await page.goto(server.origin + path);
    return page;
  }

  const fallbackShown = (page) =>
    page.evaluate(() => {
      const fallback = document.getElementById('fallback');
      const box = fallback.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && fallback.checkVisibility();
    });

  /** The files beside the script that a page fetched: `lit`, `troop-counter`, `validate`, `fr`… */
  const fetched = (since) =>
    server.requests
      .slice(since)
      .map((path) => path.match(/^\/dist\/mission-widgets\.([\w-]+)\.[0-9a-f]{8}\.js$/)?.[1])
      .filter(Boolean)
      .sort();
  const LANGUAGES = ['es', 'fr', 'ht', 'sw'];

  for (const kind of ['classic', 'module']) {
    it(`works as a ${kind} script with the shipped data`, async () => {
      const page = await visit(`/${kind}.html`);
      await shadowText(page, 'troop-counter', 'personnel');
      assert.deepEqual(await page.errors(), []);
      await page.close();
    });
  }

  it('loaded three times: no error, one registration, every widget renders with its styles', async () => {
    const page = await visit('/twice.html');
    await shadowText(page, 'event-timeline', 'Mandate extended');
    await shadowText(page, 'contributor-list', 'Kenya');
    await shadowText(page, 'troop-counter', 'personnel');
    // Every stylesheet of every widget has its rules (a bad escape once emptied one).
    const rules = await page.evaluate(() =>
      [...document.querySelectorAll('troop-counter, contributor-list, event-timeline')].map((el) => [
        el.localName,
        el.shadowRoot.adoptedStyleSheets.map((sheet) => sheet.cssRules.length),
      ]),
    );
    for (const [name, counts] of rules) {
      assert.ok(counts.length >= 3, `${name} has its sheets`);
      assert.ok(
        counts.every((count) => count > 0),
        `${name}: ${counts.join(', ')} rules`,
      );
    }
    assert.deepEqual(await page.errors(), []);
    assert.deepEqual(
      (await page.consoleMessages()).filter((m) => m.type === 'error' || m.type === 'warning'),
      [],
    );
    await page.close();
  });

  it('warns once, naming both versions, when another version owns an element name', async () => {
    const page = await visit('/other-version.html');
    await shadowText(page, 'event-timeline', 'Mandate extended');
    const warnings = (await page.consoleMessages()).filter((m) => m.type === 'warning').map((m) => m.text);
    assert.equal(warnings.length, 1, warnings.join('\n'));
    assert.match(
      warnings[0],
      /<troop-counter> is already defined by mission-widgets 0\.0\.1; mission-widgets \d+\.\d+\.\d+ leaves it in place/,
    );
    assert.equal(
      await page.evaluate(() => document.querySelector('troop-counter').textContent),
      'older copy',
    );
    await page.close();
  });

  it('fetches neither the validator nor another language for the shipped data in English', async () => {
    const since = server.requests.length;
    const page = await visit('/english.html');
    await widgetsRendered(page);
    const files = fetched(since);
    assert.ok(files.includes('default-mission'), files.join());
    assert.deepEqual(
      // `remote`: the code for data from src, the validator in it.
      files.filter((name) => name === 'remote' || LANGUAGES.includes(name)),
      [],
    );
    assert.equal(new Set(files).size, files.length, `each file once: ${files}`);
    assert.deepEqual(await page.errors(), []);
    await page.close();
  });

  it('fetches the validator for data from src and the strings of the page language, once each', async () => {
    const since = server.requests.length;
    const page = await visit('/french-src.html');
    await shadowText(page, 'troop-counter', 'personnes déployées');
    await shadowText(page, 'event-timeline', 'Déploiement');
    const files = fetched(since);
    // Every widget has its own data: the shipped dataset is not fetched.
    assert.deepEqual(
      files.filter((name) => ['remote', 'default-mission', ...LANGUAGES].includes(name)),
      ['fr', 'remote'],
    );
    assert.equal(new Set(files).size, files.length, `each file once: ${files}`);
    assert.deepEqual(await page.errors(), []);
    await page.close();
  });

  it('without the files beside it: every widget keeps its fallback, and the console names the file', async () => {
    const page = await visit('/alone.html');
    await page.waitForConsole(/could not be loaded/);
    assert.equal(await fallbackShown(page), true);
    assert.equal(await page.evaluate(() => customElements.get('troop-counter')), undefined);
    const errors = (await page.consoleMessages()).filter((m) => m.type === 'error').map((m) => m.text);
    assert.ok(
      errors.some((text) =>
        /^mission-widgets: http:\/\/127\.0\.0\.1:\d+\/alone\/mission-widgets\.[\w-]+\.[0-9a-f]{8}\.js could not be loaded\. Host every dist\/mission-widgets\.\*\.js file of this version beside mission-widgets\.js\.$/.test(
          text,
        ),
      ),
      errors.join('\n'),
    );
    assert.deepEqual(await page.errors(), []);
    await page.close();
  });

  it('works under a strict CSP with Trusted Types required', async () => {
    const page = await visit('/csp.html');
    await shadowText(page, 'troop-counter', 'personnel');
    await shadowText(page, 'event-timeline', 'Mandate extended');
    await shadowText(page, 'contributor-list', 'Kenya');
    // Checked by the validator, fetched beside the script; in French, fetched the same way.
    await shadowText(page, '#inline', 'not available');
    await shadowText(page, '#french', 'personnes déployées');
    assert.equal(await page.evaluate(() => typeof trustedTypes?.createPolicy), 'function');
    assert.deepEqual(await page.violations(), []);
    assert.deepEqual(await page.errors(), []);
    await page.close();
  });

  it('works when the site allows only the lit-html and mission-widgets Trusted Types policies', async () => {
    const page = await visit('/csp-allow-list.html');
    await shadowText(page, 'event-timeline', 'Mandate extended');
    assert.deepEqual(await page.violations(), []);
    assert.deepEqual(await page.errors(), []);
    await page.close();
  });

  it('keeps the fallback and names the policy to allow when the site allows lit-html alone', async () => {
    const page = await visit('/csp-lit-only.html');
    const said = await page.waitForConsole(/Trusted Types/);
    assert.equal(
      said.text,
      'mission-widgets: this page requires Trusted Types: its Content-Security-Policy must allow the policy "mission-widgets" (trusted-types lit-html mission-widgets).',
    );
    assert.equal(await fallbackShown(page), true);
    assert.deepEqual(await page.errors(), []);
    await page.close();
  });

  it('below the baseline: one line in the console, the fallback, and nothing else fetched', async () => {
    const since = server.requests.length;
    const page = await visit('/below-baseline.html');
    await page.waitForFunction(() => document.readyState === 'complete');
    assert.equal(await page.evaluate(() => 'any' in AbortSignal), false, 'the feature is gone');
    assert.equal(await fallbackShown(page), true);
    assert.deepEqual(
      (await page.consoleMessages()).map((m) => `${m.type}: ${m.text}`),
      [
        'warning: mission-widgets: this browser is older than the ones supported (Chrome 123, Firefox 124, Safari 17.5); the widgets keep their fallback content.',
      ],
    );
    assert.deepEqual(fetched(since), []);
    assert.deepEqual(await page.errors(), []);
    await page.close();
  });

  it('shows the fallback when the script is blocked', async () => {
    const page = await visit('/blocked.html');
    assert.equal(await fallbackShown(page), true);
    await page.close();
  });

  /** What a counter's page fetches in all once a lazy list joins it later: the list's modules, one file each. */
  const LIST_AFTER_COUNTER = [
    'bundle-troop-counter',
    'contributor-list',
    'default-mission',
    'near-view-controller',
    'progressive-render-controller',
  ];

  it("fetches a lazy widget's code only once a reader scrolls near it", async () => {
    const since = server.requests.length;
    const page = await visit('/lazy-below.html');
    await widgetsRendered(page, 'troop-counter');
    assert.deepEqual(fetched(since), ['bundle-troop-counter', 'default-mission']);
    assert.equal(await page.evaluate(() => customElements.get('contributor-list')), undefined);
    assert.equal(await fallbackShown(page), true);
    await page.evaluate(() => document.querySelector('contributor-list').scrollIntoView());
    await widgetsRendered(page, 'contributor-list');
    assert.deepEqual(fetched(since), LIST_AFTER_COUNTER);
    assert.equal(await fallbackShown(page), false);
    assert.deepEqual(await page.errors(), []);
    await page.close();
  });

  for (const [path, how] of [
    ['/lazy-near.html', 'deferred'],
    ['/lazy-near-parsing.html', 'run while the page is parsed'],
  ])
    it(`fetches a lazy widget within a screen with the rest of the page's code, in one file (script ${how})`, async () => {
      const since = server.requests.length;
      const page = await visit(path);
      await widgetsRendered(page, 'troop-counter');
      await widgetsRendered(page, 'contributor-list');
      assert.deepEqual(fetched(since), [
        'bundle-contributor-list_troop-counter',
        'default-mission',
        'near-view-controller',
      ]);
      assert.equal(await fallbackShown(page), false);
      assert.deepEqual(await page.errors(), []);
      await page.close();
    });

  it("fetches a lazy widget's code only once a reader scrolls sideways to it", async () => {
    const since = server.requests.length;
    const page = await visit('/lazy-beside.html');
    await widgetsRendered(page, 'troop-counter');
    assert.deepEqual(fetched(since), ['bundle-troop-counter', 'default-mission']);
    assert.equal(await page.evaluate(() => customElements.get('contributor-list')), undefined);
    await page.evaluate(() => document.querySelector('contributor-list').scrollIntoView());
    await widgetsRendered(page, 'contributor-list');
    assert.deepEqual(fetched(since), LIST_AFTER_COUNTER);
    assert.deepEqual(await page.errors(), []);
    await page.close();
  });

  it('stops observing a lazy widget once its code comes for another widget of its kind', async () => {
    const since = server.requests.length;
    const page = await visit('/lazy-observed.html');
    await widgetsRendered(page, 'troop-counter');
    assert.deepEqual(await page.evaluate(() => window.loaderObserves()), ['contributor-list']);
    await page.evaluate(() => document.body.prepend(document.createElement('contributor-list')));
    await widgetsRendered(page, 'contributor-list:not([loading])');
    assert.deepEqual(await page.evaluate(() => window.loaderObserves()), []);
    // Near the viewport, the lazy list renders with the code already there: nothing fetched twice.
    await page.evaluate(() => document.querySelector('[loading]').scrollIntoView());
    await widgetsRendered(page, 'contributor-list');
    assert.deepEqual(fetched(since), LIST_AFTER_COUNTER);
    assert.deepEqual(await page.errors(), []);
    await page.close();
  });

  it('stops observing a lazy widget taken out of the page before it came near', async () => {
    const page = await visit('/lazy-observed.html');
    await widgetsRendered(page, 'troop-counter');
    assert.deepEqual(await page.evaluate(() => window.loaderObserves()), ['contributor-list']);
    await page.evaluate(() => document.querySelector('contributor-list').remove());
    assert.deepEqual(await page.evaluate(() => window.loaderObserves()), []);
    assert.deepEqual(await page.errors(), []);
    await page.close();
  });

  it("keeps the page's one file when parts it asked for run before the page is parsed", async () => {
    const since = server.requests.length;
    const page = await visit('/parts-while-parsing.html');
    await widgetsRendered(page, 'troop-counter');
    assert.deepEqual(fetched(since), [
      'bundle-troop-counter',
      'default-mission',
      'fr',
      'troop-counter-history',
    ]);
    assert.ok(
      await page.evaluate(() =>
        Boolean(document.querySelector('troop-counter').shadowRoot.querySelector('[part="sparkline"]')),
      ),
    );
    assert.deepEqual(await page.errors(), []);
    await page.close();
  });

  it('loads a lazy widget at once, with one warning, when its observer cannot be fetched', async () => {
    const page = await visit('/lazy-unavailable.html');
    await widgetsRendered(page, 'troop-counter');
    assert.equal(await fallbackShown(page), false);
    const warnings = (await page.consoleMessages()).filter((m) => /loading="lazy"/.test(m.text));
    assert.equal(warnings.length, 1, warnings.map((m) => m.text).join('\n'));
    assert.deepEqual(await page.errors(), []);
    await page.close();
  });

  it('keeps the fallback visible when the data fails', async () => {
    const page = await visit('/failing.html');
    await shadowText(page, 'troop-counter', 'not available');
    assert.equal(await fallbackShown(page), true);
    await page.close();
  });

  // The built templates are minified; the tests in test/components run the source. A word
  // space at a template's edge ("about ${figure}") once vanished from the build alone.
  it('keeps the word spaces of its templates, as built: no word runs into a figure', async () => {
    const page = await engine.browser.openPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${server.origin}/phone.html`);
    await widgetsRendered(page);
    // What is seen: the screen readers' sentences (visually hidden) are taken out first, as
    // WebKit's innerText includes them.
    const texts = await page.evaluate(
      (selector) =>
        [...document.querySelectorAll(selector)].map((el) => {
          el.shadowRoot.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
          return el.shadowRoot.querySelector('.root').innerText;
        }),
      WIDGETS,
    );
    await page.close();
    const [counter, list, timeline] = texts;
    assert.match(counter, /\babout\s+\d/);
    assert.match(list, /\bPledged\s+\d/);
    assert.match(list, /\bPreparing\s+\S/);
    assert.match(list, / · since /);
    // A letter run into a number, or a number into a word, is in the data ("Daily8") or a lost space.
    const data = await readFile(new URL('../../data/haiti-mss.json', import.meta.url), 'utf8');
    const joined = texts
      .join('\n')
      .match(/\p{L}+\d+|\d+\p{L}{2,}/gu)
      ?.filter((word) => !data.includes(word));
    assert.deepEqual(joined ?? [], []);
    assert.ok(timeline.length > 0);
  });

  it('hides the fallback once the widget renders', async () => {
    const page = await visit('/rendered.html');
    await shadowText(page, 'troop-counter', 'personnel');
    assert.equal(await fallbackShown(page), false);
    await page.close();
  });

  it('renders 100 widgets with one request per distinct src and none to another host', async () => {
    const since = server.requests.length;
    const page = await visit('/hundred.html');
    // A hundred widgets on a loaded two-core machine: wait for them, however long they take.
    await widgetsRendered(page, 'troop-counter, contributor-list', 90_000);
    const dataRequests = server.requests.slice(since).filter((path) => path.startsWith('/data/'));
    assert.deepEqual(dataRequests.sort(), ['/data/haiti-mss.json', '/data/haiti-mss.json']);
    assert.deepEqual(await page.origins(), [server.origin]);
    await page.close();
  });
});
