// The demo page and the embed-code builder: the gallery renders under a strict CSP with no
// other host, and a snippet from the builder, pasted into a fresh page, renders what the
// preview showed, with a Subresource Integrity hash that matches the built file.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { escapeHtml, snippetText, widgetAttributes } from '../../demo/snippet.js';
import { describeInEngines, html, startServer } from './harness.mjs';

const root = new URL('../../', import.meta.url);
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['troop-counter', 'contributor-list', 'event-timeline'];
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

    /** Waits until every widget matching `selector` has rendered its data; how many there are. */
    async function rendered(page, selector) {
      await page.waitForFunction(
        (selector) => {
          const elements = [...document.querySelectorAll(selector)];
          return (
            elements.length && elements.every((el) => el.shadowRoot?.querySelector('[data-state="complete"]'))
          );
        },
        selector,
        { timeout: 15_000 },
      );
      return page.evaluate(async (selector) => {
        const elements = [...document.querySelectorAll(selector)];
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

    const axeViolations = async (page) => {
      await renderSkipped(page);
      await page.evaluate(
        (url) =>
          new Promise((resolve, reject) => {
            const script = Object.assign(document.createElement('script'), { src: url });
            script.onload = resolve;
            script.onerror = reject;
            document.head.append(script);
          }),
        '/__axe.js',
      );
      return page.evaluate(async () => {
        const { violations } = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
        return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
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

    it('the demo and the builder pass axe (WCAG 2 A and AA)', async () => {
      for (const [path, selector] of [
        ['/demo/index.html', TAGS.join()],
        ['/demo/builder.html', '#preview > *'],
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
        choices: { widget: 'contributor-list', country: 'KE', theme: 'light' },
        typed: { src: '/data/haiti-mss.json' },
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
        const el = document.querySelector(selector);
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
        for (const [name, value] of Object.entries(scenario.typed)) {
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
        await rendered(page, '#preview > *');
        const preview = await widgetState(page, '#preview > *');
        assert.deepEqual(await page.errors(), []);

        const path = `/pasted-${index}.html`;
        pages[path] = { body: html({ body: snippet }) };
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
      for (let i = 0; i < 40 && stops.at(-1)?.id !== 'copy'; i++) {
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
        'as-of',
        'locale',
        'theme',
        'src',
        'embed',
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
  },
  { media: { reducedMotion: 'reduce' } },
);
