// Static HTML from `mission-widgets render`: with the script blocked it shows what the live
// widget shows, passes axe, and when the script runs the widget takes it over in place.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromiumOnly, html, launchBrowser, openPage, startServer, widgetsRendered } from './harness.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const WIDGETS = ['troop-counter', 'contributor-list', 'event-timeline'];
const LOCALES = ['en', 'fr', 'ht', 'es', 'sw'];
// A phone's width, an article column and a wide desktop column: the contributor list's cards
// (one to a row, then two), and its table.
const WIDTHS = [390, 640, 1280];

function render(...args) {
  const result = spawnSync(process.execPath, ['dist/cli.js', 'render', ...args], {
    cwd: root,
    encoding: 'utf8',
  });
  assert.equal(result.status, 0, result.stderr);
  return result.stdout;
}

/**
 * Every widget's visible text (whitespace collapsed) and the boxes of its visible blocks,
 * relative to the page (a layout the container does not call for is hidden in static HTML).
 */
const snapshot = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll('troop-counter, contributor-list, event-timeline')].map((el) => {
      const box = (node) => {
        const r = node.getBoundingClientRect();
        return [r.x, r.y + scrollY, r.width, r.height].map((n) => Math.round(n * 10) / 10);
      };
      const blocks = [
        ...el.shadowRoot.querySelectorAll('p, h3, h4, li, a, time, progress, table, tr'),
      ].filter((node) => node.getClientRects().length > 0);
      return {
        tag: el.localName,
        text: el.shadowRoot.querySelector('.root').innerText.replace(/\s+/g, ' ').trim(),
        boxes: [box(el), ...blocks.map(box)],
      };
    }),
  );

/** Waits until each widget has replaced its static HTML by its own render (no static `<style>` left). */
const takenOver = (page) =>
  page.waitForFunction(async () => {
    const widgets = [...document.querySelectorAll('troop-counter, contributor-list, event-timeline')];
    // Past the end of a frame first: its layout's ResizeObserver callbacks (a list's width) may
    // ask for one more update, which a poll from inside the frame would not yet see.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    await Promise.all(widgets.map((el) => el.updateComplete));
    return widgets.every(
      (el) => el.shadowRoot.querySelector('[data-state="complete"]') && !el.shadowRoot.querySelector('style'),
    );
  });

function assertSameLayout(before, after, label) {
  assert.equal(after.length, before.length);
  before.forEach((widget, i) => {
    assert.equal(after[i].text, widget.text, `${label} ${widget.tag}: the text`);
    // The widget's own box first, in the terms of the issue (2 %), then every block to the pixel.
    const [height, liveHeight] = [widget.boxes[0][3], after[i].boxes[0][3]];
    assert.ok(
      Math.abs(liveHeight - height) <= height * 0.02,
      `${label} ${widget.tag}: static ${height}px high, live ${liveHeight}px`,
    );
    assert.equal(after[i].boxes.length, widget.boxes.length, `${label} ${widget.tag}: the number of blocks`);
    widget.boxes.forEach((box, j) =>
      box.forEach((value, k) =>
        assert.ok(
          Math.abs(after[i].boxes[j][k] - value) <= 1,
          `${label} ${widget.tag} block ${j}: ${box} then ${after[i].boxes[j]}`,
        ),
      ),
    );
  });
}

chromiumOnly('test/e2e/static.test.mjs', 'static HTML (mission-widgets render)');

describe('static HTML (mission-widgets render)', () => {
  let server;
  let browser;
  const statics = {};
  const pages = {};
  /** The script requests held back, until the static HTML has been painted. */
  const held = [];
  before(async () => {
    for (const locale of LOCALES)
      statics[locale] = WIDGETS.map((widget) => render(widget, `locale=${locale}`)).join('\n');
    server = await startServer({
      pages,
      // The script, late, as over a slow network: `?late` is held until the test lets it go.
      async respond(path, request, response) {
        if (path !== '/dist/mission-widgets.js' || !request.url.endsWith('?late')) return false;
        await new Promise((resolve) => held.push(resolve));
        const body = await readFile(new URL('../../dist/mission-widgets.js', import.meta.url));
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
        return true;
      },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  /**
   * The article with `body` in it, with or without the script (late). The page records every
   * layout shift, and each frame's height of every widget and position of the paragraph after
   * them, so that a transient state between the static and the live layout cannot go unseen.
   */
  const page = async (body, { script, width = 390, height = 900 }) => {
    const opened = await openPage(browser, { viewport: { width, height }, javaScriptEnabled: true });
    await opened.page.addInitScript(() => {
      window.__shift = 0;
      window.__before = 0;
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          // Before the script ran: the static page's own layout settling, not the take-over.
          if (window.__definedAt === undefined) window.__before += entry.value;
          else window.__shift += entry.value;
          window.__shifts.push(
            `${entry.value.toFixed(4)} at ${Math.round(entry.startTime)} ms: ${entry.sources
              .map((source) => `${source.node?.nodeName} ${source.node?.className ?? ''}`)
              .join(', ')}`,
          );
        }
      }).observe({ type: 'layout-shift', buffered: true });
      window.__frames = new Set();
      const sample = () => {
        const after = document.querySelector('main > p:last-child');
        if (after) {
          const widgets = document.querySelectorAll('troop-counter, contributor-list, event-timeline');
          const heights = [...widgets].map((el) => Math.round(el.getBoundingClientRect().height));
          window.__frames.add(`${heights.join(' ')} / ${Math.round(after.getBoundingClientRect().top)}`);
        }
        if (!window.__stopSampling) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
      customElements.whenDefined('troop-counter').then(() => (window.__definedAt = performance.now()));
    });
    const name = `/static-${Math.random().toString(36).slice(2)}.html`;
    const head = script ? '<script src="/dist/mission-widgets.js?late" defer></script>' : '';
    pages[name] = {
      body: html({ head, body: `<main><h1>Article</h1>${body}<p>After the widgets.</p></main>` }),
    };
    if (!script) {
      await opened.page.goto(server.origin + name);
      return opened;
    }
    // The static HTML on screen first, then the script.
    await opened.page.goto(server.origin + name, { waitUntil: 'commit' });
    await opened.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length);
    while (!held.length) await new Promise((resolve) => setTimeout(resolve, 10));
    for (const release of held.splice(0)) release();
    await opened.page.waitForLoadState('load');
    return opened;
  };

  /** The static layout, then the same page with the script: the layout, the shifts, each frame. */
  async function takeOver(body, { width = 390, label }) {
    const still = await page(body, { script: false, width });
    const before = await snapshot(still.page);
    // A viewport as tall as the article, so that a shift anywhere in it counts.
    const height = Math.min(
      16_000,
      Math.ceil(await still.page.evaluate(() => document.documentElement.scrollHeight)) + 100,
    );
    await still.context.close();
    const live = await page(body, { script: true, width, height });
    await widgetsRendered(live.page);
    await takenOver(live.page);
    const after = await snapshot(live.page);
    assertSameLayout(before, after, label);
    const {
      shift,
      before: settling,
      shifts,
      frames,
      painted,
      defined,
    } = await live.page.evaluate(() => {
      window.__stopSampling = true;
      return {
        shift: window.__shift,
        before: window.__before,
        shifts: window.__shifts,
        frames: [...window.__frames],
        painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        defined: window.__definedAt,
      };
    });
    // The measure means something only if the static HTML was on screen before the script ran.
    assert.ok(defined > 0, `${label}: the script ran`);
    assert.ok(painted < defined, `${label}: painted at ${painted} ms, the script ran at ${defined} ms`);
    const seen = `layout shifts: ${shifts.join('; ')}; script at ${defined} ms`;
    // Under load (a full run beside other browsers), Chromium once scored 0.0000003 for a node it
    // had already replaced: a sub-pixel rounding, a ten-thousandth of what any report shows as 0.000.
    assert.ok(shift < 0.00001, `${label}: ${seen}`);
    // Once under load, a sub-pixel settling of the tall static page (0.0002) came before any script.
    assert.ok(settling < 0.001, `${label}: before the script, ${seen}`);
    assert.deepEqual(frames.length, 1, `${label}: heights and position by frame: ${frames.join('; ')}`);
    assert.deepEqual(live.log.errors, []);
    return live;
  }

  for (const locale of LOCALES) {
    it(`in ${locale}: the static text is the live widget's, and taking it over moves nothing`, async () => {
      const still = await page(statics[locale], { script: false });
      for (const widget of await snapshot(still.page))
        assert.ok(widget.text.length > 20, `${widget.tag} shows its content`);
      await still.context.close();
      const live = await takeOver(statics[locale], { label: locale });
      await live.context.close();
    });
  }

  // Every widget, from each of its sources of data, in a phone's column and a wide one.
  const SOURCES = {
    src: ['--data', 'data/haiti-mss.json', '--src', '/data/haiti-mss.json'],
    'inline data': ['--data', 'data/haiti-mss.json'],
    'the shipped data': [],
  };
  for (const [source, args] of Object.entries(SOURCES)) {
    for (const width of WIDTHS) {
      it(`with ${source}, ${width}px wide: hydration from the static HTML shifts nothing`, async () => {
        const body = WIDGETS.map((widget) =>
          render(widget, ...args, 'locale=fr', ...(widget === 'event-timeline' ? ['filters'] : [])),
        ).join('\n');
        if (source === 'inline data') assert.match(body, /<script type="application\/json">/);
        const live = await takeOver(body, { width, label: `${source} ${width}px` });
        if (source === 'src') assert.ok(server.requests.includes('/data/haiti-mss.json'));
        if (source === 'inline data') {
          // The filter buttons work once the script runs.
          await live.page.locator('event-timeline button').first().click();
          await live.page.waitForFunction(() =>
            document.querySelector('event-timeline').shadowRoot.querySelector('button[aria-pressed="true"]'),
          );
        }
        await live.context.close();
      });
    }
  }

  // The list's static HTML switches where the live list does, which depends on its columns: with
  // the figures and the funding, cards in an article column and a table in a wide one; with the
  // funding alone, a table in both.
  for (const [show, width, layout] of [
    ['all', 640, 'ul'],
    ['all', 900, 'table'],
    ['funding', 640, 'table'],
  ]) {
    it(`the list with show=${show}, ${width}px wide: the static layout is the live one (${layout})`, async () => {
      // A counter beside it: the take-over is timed from the counter's definition.
      const body = [render('troop-counter'), render('contributor-list', `show=${show}`)].join('\n');
      const live = await takeOver(body, { width, label: `show=${show} ${width}px` });
      const shown = await live.page.evaluate(
        () => document.querySelector('contributor-list').shadowRoot.querySelector('table, .cards').localName,
      );
      assert.equal(shown, layout);
      await live.context.close();
    });
  }

  const axeViolations = async (opened) => {
    await opened.page.addScriptTag({ path: AXE });
    return opened.page.evaluate(async () => {
      const { violations } = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
      return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  };

  for (const locale of LOCALES) {
    it(`in ${locale}: the static HTML passes axe with the script blocked, in both formats`, async () => {
      const plain = WIDGETS.map((widget) => render(widget, `locale=${locale}`, '--format', 'plain')).join(
        '\n',
      );
      // Both forms on one page: the plain one's ids are in the document, the other's in shadow roots.
      const opened = await page(`${statics[locale]}\n${plain}`, { script: false });
      assert.deepEqual(await axeViolations(opened), []);
      await opened.context.close();
    });
  }

  it('the plain format says the same words as the live widget, without shadow DOM or style sheets', async () => {
    const plain = WIDGETS.map((widget) => render(widget, 'locale=fr', '--format', 'plain')).join('\n');
    assert.doesNotMatch(plain, /<template|<style|<script|<slot|lit-part/);
    const opened = await page(plain, { script: false });
    // What is for screen readers only stays out of sight without a style sheet.
    const seen = await opened.page.evaluate(() =>
      [...document.querySelectorAll('.mission-widget .visually-hidden')].map((el) => {
        const box = el.getBoundingClientRect();
        return `${Math.round(box.width)}x${Math.round(box.height)}`;
      }),
    );
    assert.ok(seen.length > 10, `${seen.length} visually hidden texts`);
    assert.deepEqual([...new Set(seen)], ['1x1']);
    assert.equal(await opened.page.evaluate(() => document.querySelectorAll('[aria-live]').length), 0);
    const texts = await opened.page.evaluate(() =>
      [...document.querySelectorAll('.mission-widget')].map((el) =>
        el.textContent.replace(/\s+/g, ' ').trim(),
      ),
    );
    await opened.context.close();
    const live = await page(statics.fr, { script: true });
    await takenOver(live.page);
    // Under load a list may still switch between cards and table for its width in a later
    // frame: the words are compared once they have settled (or after 10 s, as they are then).
    await live.page
      .waitForFunction(
        (expected) =>
          JSON.stringify(
            [...document.querySelectorAll('troop-counter, contributor-list, event-timeline')].map((el) =>
              el.shadowRoot.querySelector('.root').textContent.replace(/\s+/g, ' ').trim(),
            ),
          ) === expected,
        JSON.stringify(texts),
        { timeout: 10_000 },
      )
      .catch(() => {});
    const liveTexts = await live.page.evaluate(() =>
      [...document.querySelectorAll('troop-counter, contributor-list, event-timeline')].map((el) =>
        el.shadowRoot.querySelector('.root').textContent.replace(/\s+/g, ' ').trim(),
      ),
    );
    await live.context.close();
    assert.deepEqual(texts, liveTexts);
  });
});
