// The demo page and the embed-code builder: the gallery renders under a strict CSP with no
// other host, and a snippet from the builder, pasted into a fresh page, renders what the
// preview showed, with a Subresource Integrity hash that matches the built file.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { escapeHtml, localAddressProblem, snippetText, widgetAttributes } from '../../demo/snippet.js';
import { describeInEngines, html, startServer } from './harness.mjs';

const root = new URL('../../', import.meta.url);
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['troop-counter', 'contributor-list', 'event-timeline'];
const { version: VERSION } = JSON.parse(await readFile(new URL('package.json', root), 'utf8'));
/** Each widget's documented attributes, from the manifest `npm run build` writes from the JSDoc. */
const MANIFEST = JSON.parse(await readFile(new URL('custom-elements.json', root), 'utf8'));
const DOCUMENTED = Object.fromEntries(
  MANIFEST.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => TAGS.includes(declaration.tagName))
    .map((declaration) => [declaration.tagName, declaration.attributes.map((a) => a.name)]),
);
/** The column padding of the builder's preview page (demo/preview.css), each side. */
const COLUMN_PADDING = 16;
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

describe('snippet text', () => {
  const cases = [
    ['troop-counter', { status: 'deployed', theme: 'auto', layout: 'horizontal' }, []],
    [
      'troop-counter',
      { country: 'JM', status: 'pledged', 'as-of': '2024-09-01' },
      ['country', 'status', 'as-of'],
    ],
    ['contributor-list', { status: 'pledged', locale: 'fr', src: ' /d.json ' }, ['locale', 'src']],
    ['event-timeline', { country: 'KE', layout: 'horizontal', theme: 'dark' }, ['layout', 'theme']],
  ];
  for (const [tag, values, names] of cases) {
    it(`${tag} ${JSON.stringify(values)} → ${names.join(' ') || 'no attributes'}`, () => {
      assert.deepEqual(
        widgetAttributes(tag, values).map(([name]) => name),
        names,
      );
    });
  }

  it('writes a boolean option bare, and leaves it out when off', () => {
    assert.deepEqual(
      widgetAttributes('troop-counter', { history: true, casualties: false, label: ' a  b ' }),
      [
        ['label', 'a b'],
        ['history', ''],
      ],
    );
    assert.match(
      snippetText({
        scriptUrl: 'https://x.example/mw.js',
        tag: 'troop-counter',
        attributes: [['history', '']],
      }),
      /<troop-counter history>/,
    );
  });

  const local = [
    'http://localhost:8000/dist/mission-widgets.js',
    'http://news.localhost/mw.js',
    'https://127.0.0.1/mw.js',
    'http://127.1/mw.js',
    'http://[::1]:8000/mw.js',
    'http://[::ffff:127.0.0.1]/mw.js',
    'http://[fd12::1]/mw.js',
    'file:///home/me/mission-widgets/dist/mission-widgets.js',
    'http://10.1.2.3/mw.js',
    'http://172.16.0.9/mw.js',
    'http://192.168.1.20/mw.js',
    'http://169.254.1.1/mw.js',
    'http://printer.local/mw.js',
    '/dist/mission-widgets.js',
    'dist/mission-widgets.js',
    '',
  ];
  for (const address of local) {
    it(`refuses ${JSON.stringify(address)} as a script address readers cannot load`, () => {
      assert.notEqual(localAddressProblem(address), '');
    });
  }
  for (const address of [
    `https://cdn.jsdelivr.net/npm/mission-widgets@${VERSION}/dist/mission-widgets.js`,
    'https://unpkg.com/mission-widgets@0.1.0/dist/mission-widgets.js',
    'https://172.32.0.1/mw.js',
    'https://news.example/assets/mission-widgets.js',
  ]) {
    it(`accepts ${address}`, () => assert.equal(localAddressProblem(address), ''));
  }

  it('escapes attribute values and the fallback text', () => {
    assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const text = snippetText({
      scriptUrl: 'https://cdn.example/mw.js?a=1&b="2"',
      tag: 'troop-counter',
      attributes: [['label', '"><script>alert(1)</script>']],
      fallback: 'A & B <i>',
    });
    assert.equal(
      text,
      '<script src="https://cdn.example/mw.js?a=1&amp;b=&quot;2&quot;" defer></script>\n' +
        '<troop-counter label="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">\n' +
        '  <p>A &amp; B &lt;i&gt;</p>\n</troop-counter>\n',
    );
  });
});

/** The demo's stylesheets and icon, with their types: browsers ignore a stylesheet served as bytes. */
async function serveStyles(path, request, response) {
  if (path === '/__axe.js') {
    response.writeHead(200, { 'content-type': 'text/javascript' });
    response.end(await readFile(AXE));
    return true;
  }
  const type = { css: 'text/css', svg: 'image/svg+xml' }[path.split('.').pop()];
  if (!type || !path.startsWith('/demo/')) return false;
  response.writeHead(200, { 'content-type': type });
  response.end(await readFile(new URL(`.${path}`, root)));
  return true;
}

let server;
/**
 * In the page: its layout shifts so far, and on the builder its preview frame's (Lighthouse
 * counts both), with what moved; 'unsupported' in an engine without layout-shift entries.
 */
const layoutShifts = async () => {
  if (!PerformanceObserver.supportedEntryTypes.includes('layout-shift')) return 'unsupported';
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const views = [window, document.getElementById('preview')?.contentWindow].filter(Boolean);
  const entries = [];
  const observers = views.map((view) => {
    const observer = new view.PerformanceObserver((list) => entries.push(...list.getEntries()));
    observer.observe({ type: 'layout-shift', buffered: true });
    return observer;
  });
  await frame();
  await frame();
  for (const observer of observers) {
    entries.push(...observer.takeRecords());
    observer.disconnect();
  }
  return entries
    .filter((entry) => !entry.hadRecentInput)
    .map((entry) => ({
      value: entry.value,
      sources: entry.sources.map((s) => s.node?.id || s.node?.className || s.node?.nodeName),
    }));
};

const pages = {};
before(async () => {
  pages['/demo/strict.html'] = {
    headers: { 'content-security-policy': CSP },
    body: await readFile(new URL('demo/index.html', root)),
  };
  server = await startServer({ pages, respond: serveStyles });
});
after(() => server?.close());

describeInEngines(
  'test/e2e/demo.test.mjs',
  'the demo and the builder',
  (engine) => {
    const { it } = engine;
    async function visit(path, options) {
      // Reduced motion: emulated in Chromium, a preference in Firefox, not available in WebKit.
      const motion = engine.engine === 'webkit' ? {} : { reducedMotion: 'reduce' };
      const page = await engine.browser.openPage({ ...motion, ...options });
      await page.goto(server.origin + path);
      return page;
    }

    /** The builder's preview widget, in the article page of its frame. */
    const PREVIEW = 'preview';

    /**
     * Waits until every widget matching `selector` has rendered its data; how many there are.
     * `PREVIEW`: the widget in the builder's preview frame.
     */
    async function rendered(page, selector, { scroll = true } = {}) {
      // A lazy widget renders once a reader scrolls near it: scrolled to, one after another.
      if (scroll && selector !== 'preview')
        await page.evaluate(async (selector) => {
          // A frame, or a tenth of a second where the page draws none (a page in the background
          // gets no frames): the loop always moves on, and a widget that never renders fails
          // here, by name, rather than at the suite's timeout.
          const frame = () =>
            new Promise((resolve) => {
              requestAnimationFrame(resolve);
              setTimeout(resolve, 100);
            });
          // Widgets above may still grow as they render the rest of their rows, pushing this one
          // out of view before its observer looked: the reader scrolls back to it, as a reader would.
          const outOfView = (box) => box.bottom < 0 || box.top > innerHeight;
          for (const el of document.querySelectorAll(selector)) {
            if (el.getAttribute('loading') !== 'lazy') continue;
            el.scrollIntoView({ block: 'center' });
            const give = Date.now() + 30_000;
            while (!el.shadowRoot?.querySelector('[data-state="complete"]')) {
              if (outOfView(el.getBoundingClientRect())) el.scrollIntoView({ block: 'center' });
              if (Date.now() > give) {
                const state = el.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state');
                const files = performance
                  .getEntriesByType('resource')
                  .map((entry) => entry.name.split('/').pop())
                  .filter((name) => name.startsWith('mission-widgets.'));
                const box = el.getBoundingClientRect();
                throw new Error(
                  `${el.localName} ${[...document.querySelectorAll(el.localName)].indexOf(el)} not rendered in 30 s ` +
                    `once near: defined ${!!customElements.get(el.localName)}, shadow root ${!!el.shadowRoot} ` +
                    `(${el.shadowRoot?.innerHTML.slice(0, 80)}), state ${state}, box ${Math.round(box.top)}+` +
                    `${Math.round(box.height)} of ${innerHeight}; files: ${files.join(' ')}`,
                );
              }
              await frame();
            }
          }
          scrollTo(0, 0);
        }, selector);
      await page.waitForFunction(
        (selector) => {
          const root = selector === 'preview' ? document.getElementById('preview').contentDocument : document;
          const elements = [
            ...(root?.querySelectorAll(selector === 'preview' ? '#slot > *' : selector) ?? []),
          ];
          return (
            elements.length && elements.every((el) => el.shadowRoot?.querySelector('[data-state="complete"]'))
          );
        },
        selector,
        { timeout: 15_000 },
      );
      return page.evaluate(async (selector) => {
        const root = selector === 'preview' ? document.getElementById('preview').contentDocument : document;
        const elements = [...root.querySelectorAll(selector === 'preview' ? '#slot > *' : selector)];
        await Promise.all(elements.map((el) => el.updateComplete));
        return elements.length;
      }, selector);
    }

    /**
     * Renders once every part that `content-visibility: auto` skips off screen (cards, events), so
     * that each keeps its real size (the `auto` of `contain-intrinsic-size`). Otherwise axe measures
     * placeholder boxes whose content spills past them, over the next widget: a light card's link
     * over the dark widget below, a contrast failure no reader can meet. Waits until each part is
     * rendered, then two frames, for the size to be remembered.
     */
    const renderSkipped = (page) =>
      page.evaluate(async () => {
        const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
        const within = (root) =>
          [...root.querySelectorAll('*')].flatMap((el) => [
            el,
            ...(el.shadowRoot ? within(el.shadowRoot) : []),
          ]);
        const parts = within(document).filter((el) => getComputedStyle(el).contentVisibility === 'auto');
        for (const part of parts) {
          part.scrollIntoView({ block: 'start' });
          // Until it is rendered, checked once a frame: a condition every engine reports (the
          // demo's axe run in WebKit never finished waiting for contentvisibilityautostatechange).
          while (!part.checkVisibility({ contentVisibilityAuto: true })) await frame();
          await frame();
          await frame();
        }
        scrollTo(0, 0);
        await frame();
        return parts.length;
      });

    /**
     * axe (WCAG 2 A and AA) over the page, one region per call, so that each call stays well
     * within WebDriver's script time limit in WebKit: the page without its widgets, then each
     * widget, then the same inside the builder's preview frame (same origin, axe loaded into it).
     */
    const axeViolations = async (page) => {
      await renderSkipped(page);
      const load = (inFrame) =>
        page.evaluate(
          ([url, inFrame]) =>
            new Promise((resolve, reject) => {
              const doc = inFrame ? document.getElementById('preview').contentDocument : document;
              const script = Object.assign(doc.createElement('script'), { src: url });
              script.onload = () => resolve();
              script.onerror = reject;
              doc.head.append(script);
            }),
          ['/__axe.js', inFrame],
        );
      const run = (inFrame, index) =>
        page.evaluate(
          async ([inFrame, index, tags]) => {
            const win = inFrame ? document.getElementById('preview').contentWindow : window;
            const doc = win.document;
            const widgets = [...doc.querySelectorAll(tags.join())];
            const context = index < 0 ? { exclude: tags.map((tag) => [tag]) } : widgets[index];
            const { violations } = await win.axe.run(context, {
              runOnly: ['wcag2a', 'wcag2aa'],
              iframes: false,
            });
            return {
              count: widgets.length,
              found: violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
            };
          },
          [inFrame, index, TAGS],
        );
      const found = [];
      const frames = await page.evaluate(() => Boolean(document.getElementById('preview')?.contentDocument));
      for (const inFrame of frames ? [false, true] : [false]) {
        await load(inFrame);
        const { count, found: page } = await run(inFrame, -1);
        found.push(...page);
        for (let index = 0; index < count; index++) found.push(...(await run(inFrame, index)).found);
      }
      return found;
    };

    it('the demo renders every widget, light and dark, narrow and wide, under a strict CSP', async () => {
      const page = await visit('/demo/strict.html', { viewport: { width: 1280, height: 900 } });
      assert.equal(await rendered(page, TAGS.join()), 12);
      const widgets = await page.evaluate(() =>
        [...document.querySelectorAll('troop-counter, contributor-list, event-timeline')].map((el) => ({
          tag: el.localName,
          theme: el.getAttribute('theme'),
          narrow: el.parentElement.classList.contains('narrow'),
          width: el.getBoundingClientRect().width,
        })),
      );
      for (const tag of TAGS) {
        for (const theme of ['light', 'dark']) {
          const shown = widgets.filter((w) => w.tag === tag && w.theme === theme);
          const narrow = shown.find((w) => w.narrow);
          const wide = shown.find((w) => !w.narrow);
          assert.ok(narrow.width >= 280 && narrow.width <= 320, `${tag} ${theme} narrow: ${narrow.width}px`);
          assert.ok(wide.width >= 640, `${tag} ${theme} wide: ${wide.width}px`);
        }
      }
      assert.deepEqual(await page.errors(), []);
      assert.deepEqual(
        (await page.consoleMessages()).filter((m) => m.type === 'error'),
        [],
      );
      assert.deepEqual(await page.violations(), []);
      assert.deepEqual(await page.origins(), [server.origin]);
      await page.close();
    });

    it("on a phone the demo's first screen fetches the counters' code only; a list's and a timeline's come as a reader scrolls near them", async () => {
      const files = JSON.parse(await readFile(new URL('dist/mission-widgets.files.json', root), 'utf8'));
      const page = await visit('/demo/index.html', { viewport: { width: 390, height: 844 } });
      /** The drop-in's files (their ids) this page has fetched so far, as the page saw its requests. */
      const fetched = () =>
        page.evaluate(() =>
          performance
            .getEntriesByType('resource')
            .map((entry) => /\/mission-widgets\.([\w-]+)\.[0-9a-f]{8}\.js$/.exec(entry.name)?.[1])
            .filter(Boolean),
        );
      /** Whether a file holds the code of `tag`: its own module, or a bundle with it. */
      const holds = (id, tag) =>
        id === files.elements[tag].at(-1) ||
        Object.entries(files.bundles).some(
          ([tags, bundle]) => bundle === id && tags.split(',').includes(tag),
        );
      assert.equal(await rendered(page, 'troop-counter'), 4);
      const first = await fetched();
      assert.ok(
        first.some((id) => holds(id, 'troop-counter')),
        first.join(),
      );
      for (const tag of ['contributor-list', 'event-timeline']) {
        assert.deepEqual(
          first.filter((id) => holds(id, tag)),
          [],
          tag,
        );
        assert.equal(await page.evaluate((tag) => customElements.get(tag), tag), undefined, tag);
      }
      assert.equal(await rendered(page, 'contributor-list, event-timeline'), 8);
      const later = await fetched();
      for (const tag of ['contributor-list', 'event-timeline'])
        assert.ok(
          later.some((id) => holds(id, tag)),
          `${tag}: ${later.join()}`,
        );
      assert.deepEqual(await page.errors(), []);
      await page.close();
    });

    it("on a wide screen, where the demo's first lists are within a screen, all of its code comes in one file", async () => {
      const files = JSON.parse(await readFile(new URL('dist/mission-widgets.files.json', root), 'utf8'));
      const page = await visit('/demo/index.html', { viewport: { width: 1350, height: 940 } });
      assert.equal(await rendered(page, 'troop-counter'), 4);
      const first = await page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => /\/mission-widgets\.([\w-]+)\.[0-9a-f]{8}\.js$/.exec(entry.name)?.[1])
          .filter(Boolean),
      );
      const all = files.bundles['contributor-list,event-timeline,troop-counter'];
      assert.ok(first.includes(all), first.join());
      // Nothing of the widgets' code in files of its own: the near-view observer and languages only.
      const own = new Set(Object.values(files.elements).flat());
      assert.deepEqual(
        first.filter((id) => own.has(id)),
        [],
        first.join(),
      );
      assert.deepEqual(await page.errors(), []);
      await page.close();
    });

    it('the demo and the builder pass axe (WCAG 2 A and AA)', async () => {
      for (const [path, selector] of [
        ['/demo/index.html', TAGS.join()],
        ['/demo/builder.html', PREVIEW],
      ]) {
        const page = await visit(path);
        await rendered(page, selector);
        assert.deepEqual(await axeViolations(page), [], path);
        await page.close();
      }
    });

    const scenarios = [
      {
        name: 'a counter for one country, pledged, in French, dark, with an SRI hash',
        choices: { widget: 'troop-counter', country: 'JM', status: 'pledged', locale: 'fr', theme: 'dark' },
        typed: { 'as-of': '2024-09-20' },
        sri: true,
        element: '<troop-counter country="JM" status="pledged" as-of="2024-09-20" locale="fr" theme="dark">',
        fallback: 'Jamaïque\u00a0: 200 personnes promises (Haïti) au 12 septembre 2024 (sources\u00a0: AP).',
      },
      {
        name: 'a contributor list from a data URL, light',
        choices: { widget: 'contributor-list', theme: 'light' },
        typed: { countries: 'KE', src: '/data/haiti-mss.json' },
        element: '<contributor-list country="KE" theme="light" src="/data/haiti-mss.json">',
        fallback: 'Personnel: Kenya. As of March 21, 2026.',
      },
      {
        name: 'a horizontal timeline in Spanish as of a day',
        choices: { widget: 'event-timeline', layout: 'horizontal', locale: 'es' },
        typed: { 'as-of': '2024-07-01' },
        element: '<event-timeline layout="horizontal" as-of="2024-07-01" locale="es">',
        fallback:
          '8 events, July 7, 2021 – June 25, 2024. Latest: First Kenyan police land in Port-au-Prince (June 25, 2024).',
      },
    ];

    /** The widget's attributes and the text of its shadow root once it has rendered. */
    const widgetState = (page, selector) =>
      page.evaluate((selector) => {
        const el =
          selector === 'preview'
            ? document.getElementById('preview').contentDocument.querySelector('#slot > *')
            : document.querySelector(selector);
        return {
          attributes: [...el.attributes].map(({ name, value }) => `${name}=${value}`).sort(),
          text: el.shadowRoot.textContent.replace(/\s+/g, ' ').trim(),
        };
      }, selector);

    scenarios.forEach((scenario, index) => {
      it(`builder: ${scenario.name}; the pasted snippet renders the same widget as the preview`, async () => {
        const page = await visit('/demo/builder.html');
        for (const [name, value] of Object.entries(scenario.choices))
          await page.selectOption(`#${name}`, value);
        // This test server's build, so that the pasted page runs it (the builder shows the snippet,
        // and only refuses to copy it).
        const typed = { 'script-url': `${server.origin}/dist/mission-widgets.js`, ...scenario.typed };
        for (const [name, value] of Object.entries(typed)) {
          await page.fill(`#${name}`, value);
          // The data URL applies on change (Enter or leaving the field), not on every keystroke.
          if (name === 'src') await page.press('Enter');
        }
        if (scenario.sri) await page.check('#sri');
        const { element, fallback, sri = false } = scenario;
        const snippet = await page.waitForFunction(
          ({ element, fallback, sri }) => {
            const text = document.getElementById('snippet').value;
            const ready =
              text.includes(element) && text.includes(fallback) && (!sri || text.includes('sha384-'));
            return ready && text;
          },
          { element, fallback, sri },
          { timeout: 10_000 },
        );
        await rendered(page, PREVIEW);
        const preview = await widgetState(page, PREVIEW);
        assert.deepEqual(await page.errors(), []);

        // Pasted into a column as wide as the preview's: a widget's layout follows its width.
        const width = await page.evaluate(
          () =>
            document
              .getElementById('preview')
              .contentDocument.querySelector('#slot > *')
              .getBoundingClientRect().width,
        );
        const path = `/pasted-${index}.html`;
        pages[path] = { body: html({ body: `<div style="inline-size: ${width}px">${snippet}</div>` }) };
        const pasted = await visit(path);
        await rendered(pasted, scenario.choices.widget);
        assert.deepEqual(await widgetState(pasted, scenario.choices.widget), preview);
        assert.deepEqual(await pasted.errors(), []);
        assert.deepEqual(
          [...(await page.origins()), ...(await pasted.origins())],
          [server.origin, server.origin],
        );

        if (scenario.sri) {
          const built = await readFile(new URL('dist/mission-widgets.js', root));
          const expected = `sha384-${createHash('sha384').update(built).digest('base64')}`;
          assert.ok(snippet.includes(`integrity="${expected}" crossorigin="anonymous"`), snippet);
        }
        await pasted.close();
        await page.close();
      });
    });

    it('an integrity hash that does not match blocks the script, and the fallback stays', async () => {
      pages['/tampered.html'] = {
        body: html({
          body: `<script src="/dist/mission-widgets.js" integrity="sha384-${'A'.repeat(64)}" crossorigin="anonymous" defer></script>
          <troop-counter><p id="fallback">About 408 personnel deployed in Haiti.</p></troop-counter>`,
        }),
      };
      const page = await visit('/tampered.html');
      assert.equal(await page.evaluate(() => customElements.get('troop-counter')), undefined);
      assert.ok(await page.evaluate(() => document.getElementById('fallback').checkVisibility()));
      const said = [...(await page.consoleMessages()), ...(await page.errors()).map((text) => ({ text }))];
      assert.ok(
        said.some((m) => /integrity/i.test(m.text)),
        JSON.stringify(said),
      );
      await page.close();
    });

    it('Copy puts the snippet on the clipboard, or selects it when the clipboard is refused', async () => {
      const page = await visit('/demo/builder.html');
      await page.grantClipboard(server.origin);
      await page.waitForFunction(() => document.getElementById('snippet').value.includes('<p>About 959'));
      await page.focus('#copy');
      await page.press('Enter');
      await page.waitForFunction(() => document.getElementById('copy-status').textContent === 'Copied.');
      assert.equal(
        await page.evaluate(() => navigator.clipboard.readText()),
        await page.evaluate(() => document.getElementById('snippet').value),
      );

      await page.evaluate(() => (navigator.clipboard.writeText = () => Promise.reject(new Error('refused'))));
      await page.press('Enter');
      await page.waitForFunction(() =>
        document.getElementById('copy-status').textContent.startsWith('Selected'),
      );
      const selection = await page.evaluate(() => {
        const area = document.activeElement;
        return [area.id, area.selectionStart, area.selectionEnd, area.value.length];
      });
      assert.deepEqual(selection, ['snippet', 0, selection[3], selection[3]]);
      await page.close();
    });

    it('the builder is keyboard usable: every control in order, each with a visible focus ring', async () => {
      const page = await visit('/demo/builder.html');
      const stops = [];
      await page.focus('#widget');
      for (let i = 0; i < 80 && stops.at(-1)?.id !== 'copy'; i++) {
        const stop = await page.evaluate(() => {
          const { id, localName } = document.activeElement;
          const { outlineStyle, outlineWidth } = getComputedStyle(document.activeElement);
          return { id: id || localName, ring: outlineStyle === 'solid' && parseFloat(outlineWidth) >= 2 };
        });
        // A date input is one stop per part (month, day, year).
        if (stop.id !== stops.at(-1)?.id) stops.push(stop);
        await page.press('Tab');
      }
      const controls = [
        'widget',
        'country',
        'status',
        'label',
        'history',
        'casualties',
        'as-of',
        'locale',
        'theme',
        'src',
        'refresh',
        'loading',
        'embed-script',
        'script-url',
        'sri',
      ];
      const ours = stops.filter(({ id }) => [...controls, 'snippet', 'copy'].includes(id));
      assert.deepEqual(
        ours.map(({ id }) => id),
        [...controls, 'snippet', 'copy'],
      );
      assert.deepEqual(
        ours.filter(({ ring }) => !ring),
        [],
      );
      await page.close();
    });

    /** The builder's controls for the chosen widget: attribute, id and kind, visible ones only. */
    const offered = (page) =>
      page.evaluate(() =>
        [...document.querySelectorAll('#options [data-attribute]')]
          .filter((control) => !control.closest('[hidden]'))
          .map((control) => ({
            attribute: control.dataset.attribute,
            id: control.id,
            kind: control.localName === 'select' ? 'select' : (control.type ?? control.localName),
            last: control.localName === 'select' ? control.options[control.options.length - 1].value : '',
            box: control.localName === 'fieldset' ? control.querySelector('input').value : '',
          })),
      );
    /** What an editor types into the text fields, by attribute. */
    const TYPED = {
      label: 'Police on the ground',
      country: 'KE JM',
      from: '2024',
      to: '2024-06',
      'as-of': '2024-09-01',
      src: '/data/haiti-mss.json',
    };
    const snippetOf = (page) => page.evaluate(() => document.getElementById('snippet').value);
    const previewAttribute = (page, name) =>
      page.evaluate(
        (name) =>
          document.getElementById('preview').contentDocument.querySelector('#slot > *')?.getAttribute(name),
        name,
      );

    it('the builder offers every documented attribute of each widget, and each lands in the snippet and the preview', async () => {
      const page = await visit('/demo/builder.html');
      // The country list comes with the data.
      await page.waitForFunction(() => document.getElementById('country').options.length > 1);
      for (const tag of TAGS) {
        await page.selectOption('#widget', tag);
        const controls = await offered(page);
        assert.deepEqual(
          controls.map((c) => c.attribute).sort(),
          [...DOCUMENTED[tag]].sort(),
          `${tag}: the builder's options are the manifest's attributes`,
        );
        for (const control of controls) {
          const { attribute, id, kind } = control;
          let value;
          if (kind === 'checkbox') {
            await page.check(`#${id}`);
            value = '';
          } else if (kind === 'fieldset') {
            await page.check(`#${id} input[value="${control.box}"]`);
            value = control.box;
          } else if (kind === 'select') {
            await page.selectOption(`#${id}`, control.last);
            value = control.last;
          } else {
            assert.ok(attribute in TYPED, `no value to type for ${tag}'s ${attribute} (${kind})`);
            value = TYPED[attribute];
            await page.fill(`#${id}`, value);
            if (attribute === 'src') await page.press('Enter');
          }
          const written =
            value === '' ? new RegExp(`<${tag} [^>]*\\b${attribute}[ >]`) : `${attribute}="${value}"`;
          const snippet = await page.waitForFunction(
            ([tag, written, bare]) => {
              const text = document.getElementById('snippet').value;
              const open = text.match(new RegExp(`<${tag}[ >][^>]*>`))?.[0] ?? '';
              return (bare ? new RegExp(written).test(open) : open.includes(written)) && text;
            },
            [tag, value === '' ? written.source : written, value === ''],
            { timeout: 10_000 },
          );
          assert.ok(snippet, `${tag} ${attribute}`);
          assert.equal(await previewAttribute(page, attribute), value, `${tag} ${attribute} in the preview`);
        }
      }
      assert.deepEqual(await page.errors(), []);
      await page.close();
    });

    it('the preview is an article page of 390, 640 or 1,280 px, light or dark, laid out as a real column of that width', async () => {
      const page = await visit('/demo/builder.html', { viewport: { width: 1280, height: 900 } });
      await rendered(page, PREVIEW);
      for (const width of [390, 640, 1280]) {
        for (const host of ['light', 'dark']) {
          await page.check(`input[name="width"][value="${width}"]`);
          await page.check(`input[name="host"][value="${host}"]`);
          const seen = await page.waitForFunction(
            ([width, host, padding]) => {
              const frame = document.getElementById('preview');
              const view = frame.contentWindow;
              const widget = frame.contentDocument.querySelector('#slot > *');
              const root = frame.contentDocument.documentElement;
              const scheme = view.getComputedStyle(root).colorScheme;
              const widgetWidth = widget.getBoundingClientRect().width;
              const ready =
                view.innerWidth === width &&
                widgetWidth === width - 2 * padding &&
                scheme === host &&
                // As tall as the page, which therefore never scrolls inside.
                Math.abs(view.innerHeight - root.getBoundingClientRect().height) <= 1;
              return (
                ready && {
                  viewport: view.innerWidth,
                  widgetWidth,
                  scheme,
                  background: view.getComputedStyle(root).backgroundColor,
                  widgetScheme: view.getComputedStyle(widget).colorScheme,
                  shown: frame.getBoundingClientRect().width,
                  room: document.getElementById('stage').clientWidth,
                }
              );
            },
            [width, host, COLUMN_PADDING],
          );
          assert.equal(seen.viewport, width);
          assert.equal(seen.widgetWidth, width - 2 * COLUMN_PADDING);
          // The page itself is dark or light, and the widget (theme="auto") follows the page.
          assert.equal(seen.background, host === 'dark' ? 'rgb(22, 24, 28)' : 'rgb(255, 255, 255)');
          assert.equal(seen.widgetScheme, host);
          // Scaled down to the box when wider than it, never cut.
          assert.ok(seen.shown <= seen.room + 0.5, JSON.stringify(seen));
        }
      }
      await page.close();
    });

    it('the builder refuses to copy a snippet whose script address is local, and says why beside the field', async () => {
      const page = await visit('/demo/builder.html');
      const defaults = await page.waitForFunction(() => {
        const field = document.getElementById('script-url');
        return field.value && [field.value, document.getElementById('script-status').textContent];
      });
      assert.deepEqual(defaults, [
        `https://cdn.jsdelivr.net/npm/mission-widgets@${VERSION}/dist/mission-widgets.js`,
        '',
      ]);
      const wiring = await page.evaluate(() => {
        const status = document.getElementById('script-status');
        return [
          document
            .getElementById('script-url')
            .getAttribute('aria-describedby')
            .split(' ')
            .includes(status.id),
          status.getAttribute('role'),
          status.getAttribute('aria-live'),
        ];
      });
      assert.deepEqual(wiring, [true, 'status', 'polite']);
      for (const address of [
        'http://localhost:8000/dist/mission-widgets.js',
        'http://127.0.0.1:8000/dist/mission-widgets.js',
        'http://[::1]:8000/dist/mission-widgets.js',
        'file:///Users/me/mission-widgets/dist/mission-widgets.js',
        'http://192.168.1.20/dist/mission-widgets.js',
        '../dist/mission-widgets.js',
      ]) {
        await page.fill('#script-url', address);
        const said = await page.waitForFunction(() => document.getElementById('script-status').textContent);
        assert.match(said, /readers|relative|file:/, address);
        assert.equal(await page.evaluate(() => document.getElementById('script-url').ariaInvalid), 'true');
        await page.focus('#copy');
        await page.press('Enter');
        await page.waitForFunction(() =>
          document.getElementById('copy-status').textContent.startsWith('Not copied'),
        );
        // Focus goes back to the field, to correct it.
        assert.equal(await page.evaluate(() => document.activeElement.id), 'script-url');
      }
      await page.fill('#script-url', 'https://news.example/assets/mission-widgets.js');
      await page.waitForFunction(() => document.getElementById('script-status').textContent === '');
      assert.match(
        await snippetOf(page),
        /<script src="https:\/\/news\.example\/assets\/mission-widgets\.js" defer>/,
      );
      await page.close();
    });

    it('the builder offers the script, iframe (with and without its resize script), AMP and static HTML embeds, each saying where to use it', async () => {
      const page = await visit('/demo/builder.html');
      await page.waitForFunction(() => document.getElementById('snippet').value.includes('<p>'));
      const expected = {
        script: [/^<script src="https:\/\/cdn\.jsdelivr\.net\/[^"]+" defer><\/script>\n<troop-counter>/],
        'frame-resize': [
          /<iframe\n {2}data-mission-widget/,
          /embed\.html\?widget=troop-counter/,
          /mission-widgets-frame\.js/,
        ],
        frame: [/^<iframe\n {2}title=/, /embed\.html\?widget=troop-counter/],
        amp: [/<amp-iframe/, /resizable/],
        static: [/^npx mission-widgets render troop-counter > troop-counter\.html\n$/],
        'static-plain': [
          /^npx mission-widgets render troop-counter --format plain > troop-counter\.plain\.html\n$/,
        ],
      };
      for (const [embed, patterns] of Object.entries(expected)) {
        await page.check(`#embed-${embed}`);
        const use = await page.evaluate((embed) => {
          const radio = document.getElementById(`embed-${embed}`);
          return radio
            .getAttribute('aria-describedby')
            .split(' ')
            .map((id) => document.getElementById(id).textContent.trim())
            .join(' ');
        }, embed);
        // One sentence, saying where.
        assert.match(use, /^Use it [^.]+\.$/, embed);
        const snippet = await snippetOf(page);
        for (const pattern of patterns) assert.match(snippet, pattern, embed);
        if (embed === 'frame') assert.doesNotMatch(snippet, /mission-widgets-frame\.js/);
      }
      await page.close();
    });

    for (const path of ['/demo/index.html', '/demo/builder.html']) {
      for (const width of [390, 1280]) {
        it(`${path} at ${width} px does not shift as it loads (CLS ≤ 0.02)`, async () => {
          const page = await visit(path, { viewport: { width, height: 900 } });
          // As it loads: the widgets rendered without scrolling, the lazy ones keep their fallback.
          await rendered(
            page,
            path.endsWith('builder.html') ? PREVIEW : TAGS.map((tag) => `${tag}:not([loading=lazy])`).join(),
            {
              scroll: false,
            },
          );
          const shifts = await page.evaluate(layoutShifts);
          assert.notEqual(shifts, 'unsupported', 'this engine reports no layout-shift entries');
          // Nor wider than the screen.
          assert.ok(
            await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth),
            `${path} scrolls sideways at ${width} px`,
          );
          const total = shifts.reduce((sum, { value }) => sum + value, 0);
          assert.ok(total <= 0.02, `CLS ${total.toFixed(3)}: ${JSON.stringify(shifts)}`);
          await page.close();
        });
      }
    }
  },
  { media: { reducedMotion: 'reduce' } },
);

// Headless Chromium hides scrollbars; a reader's desktop browser (and Lighthouse's) does not. The
// builder's preview frame is shorter than its page until the builder has measured it: a classic
// scrollbar there narrowed the 640 px column under the counter's two-column width, then went.
describeInEngines(
  'test/e2e/demo.test.mjs',
  'the builder with classic scrollbars',
  (engine) => {
    const { it } = engine;
    it('/demo/builder.html at 1350 px does not shift as it loads (CLS ≤ 0.02)', async () => {
      // Lighthouse's desktop screen.
      const page = await engine.browser.openPage({ viewport: { width: 1350, height: 940 } });
      await page.goto(`${server.origin}/demo/builder.html`);
      await page.waitForFunction(
        () =>
          document
            .getElementById('preview')
            .contentDocument?.querySelector('#slot > *')
            ?.shadowRoot?.querySelector('[data-state="complete"]'),
        undefined,
        { timeout: 15_000 },
      );
      const shifts = await page.evaluate(layoutShifts);
      assert.notEqual(shifts, 'unsupported', 'this engine reports no layout-shift entries');
      const total = shifts.reduce((sum, { value }) => sum + value, 0);
      assert.ok(total <= 0.02, `CLS ${total.toFixed(3)}: ${JSON.stringify(shifts)}`);
      await page.close();
    });
  },
  { scrollbars: true },
);
