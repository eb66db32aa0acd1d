// A page with aggressive global CSS must not change a widget's layout: every box inside each
// widget, measured from the widget's corner, is the same with and without it; in each engine.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { describeInEngines, html, startServer } from './harness.mjs';

const SELECTOR = 'troop-counter, contributor-list, event-timeline';

const HOSTILE = `
  * { box-sizing: content-box !important; margin: 0 !important; padding: 0 !important;
      line-height: 2.6 !important; letter-spacing: 0.2em !important; word-spacing: 1em !important;
      text-transform: uppercase !important; text-align: center !important; text-indent: 3em !important;
      font-style: italic !important; font-weight: 900 !important;
      white-space: pre !important; list-style: square inside !important; border-collapse: separate !important;
      border-spacing: 12px !important; color: #f0f !important; background: #ff0 !important; }
  ul, ol, li, table, tr, td, th, h1, h2, h3, h4, h5, h6, p, a, button, span, div, svg, progress {
    display: inline !important; float: left !important; border: 7px dashed red !important;
    width: 33% !important; font-size: 3em !important; position: relative !important; top: 9px !important; }
  /* Sizes in rem follow the root's font size, as a reader's own font size setting should. */
  body, body * { font-size: 21px !important; }
  a { color: red !important; text-decoration: none !important; }
  button { all: unset !important; }
  #slot { display: block !important; float: none !important; inline-size: 640px !important;
          width: 640px !important; position: static !important; border: 0 !important; font-size: 16px !important; }
`;

const WIDGETS = [
  '<troop-counter as-of="2024-09-21" history></troop-counter>',
  '<contributor-list></contributor-list>',
  '<event-timeline collapsed filters></event-timeline>',
  '<event-timeline layout="horizontal"></event-timeline>',
];

const page = (hostile) => ({
  body: html({
    head: `<script src="/dist/mission-widgets.js" defer></script>${hostile ? `<style>${HOSTILE}</style>` : ''}
      <style>#slot { inline-size: 640px; font-family: sans-serif; font-size: 16px; }</style>`,
    body: WIDGETS.map((widget) => `<div id="slot">${widget}</div>`).join(''),
  }),
});

/** Every box in every widget's shadow root, relative to the widget, rounded to a pixel. */
function layout() {
  return [...document.querySelectorAll('troop-counter, contributor-list, event-timeline')].map((widget) => {
    const origin = widget.getBoundingClientRect();
    const boxes = [...widget.shadowRoot.querySelectorAll('*')]
      // Boxes not rendered (display: none) have no position to compare.
      .filter(
        (element) => !['STYLE', 'SLOT'].includes(element.tagName) && element.getClientRects().length > 0,
      )
      .map((element) => {
        const box = element.getBoundingClientRect();
        return [element.tagName, box.x - origin.x, box.y - origin.y, box.width, box.height].map((v) =>
          typeof v === 'number' ? Math.round(v) : v,
        );
      });
    return { widget: widget.localName, size: [Math.round(origin.width), Math.round(origin.height)], boxes };
  });
}

/** `layout()` once ten animation frames in a row give the same result (widgets switch layout from observers and later tasks). */
async function settledLayout(source) {
  const measure = new Function(`return (${source})()`);
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  let previous = '';
  let same = 0;
  for (let tries = 0; tries < 300; tries++) {
    await frame();
    const current = measure();
    same = JSON.stringify(current) === previous ? same + 1 : 0;
    if (same === 10) return current;
    previous = JSON.stringify(current);
  }
  throw new Error('the layout did not settle in 300 frames');
}

let server;
before(async () => {
  server = await startServer({ pages: { '/plain.html': page(false), '/hostile.html': page(true) } });
});
after(() => server?.close());

// Reduced motion, so that no count-up runs while boxes are measured: emulated in Chromium, a
// preference in Firefox; WebKit's driver has neither, and the measure waits for ten equal frames.
describeInEngines(
  'test/e2e/hostile-css.test.mjs',
  'host page isolation',
  (engine) => {
    async function measure(path) {
      const options = engine.engine === 'webkit' ? {} : { reducedMotion: 'reduce' };
      const tab = await engine.browser.openPage({ ...options, viewport: { width: 1000, height: 12_000 } });
      await tab.goto(server.origin + path);
      await tab.waitForFunction(
        (selector) => {
          const widgets = [...document.querySelectorAll(selector)];
          return (
            widgets.length > 0 &&
            widgets.every((el) => el.shadowRoot?.querySelector('[data-state="complete"]'))
          );
        },
        SELECTOR,
        { timeout: 30_000 },
      );
      await tab.evaluate(
        (selector) =>
          Promise.all([
            document.fonts.ready,
            ...[...document.querySelectorAll(selector)].map((el) => el.updateComplete),
          ]).then(() => true),
        SELECTOR,
      );
      // Parts out of view keep a placeholder size (content-visibility) until first painted: with every
      // widget in one tall viewport, wait until ten frames in a row measure the same.
      const boxes = await tab.evaluate(settledLayout, layout.toString());
      assert.deepEqual(await tab.errors(), []);
      await tab.close();
      return boxes;
    }

    engine.it('keeps every box in every widget where it is without the hostile CSS', async () => {
      const plain = await measure('/plain.html');
      const hostile = await measure('/hostile.html');
      assert.equal(hostile.length, WIDGETS.length);
      for (const [index, widget] of plain.entries()) {
        assert.ok(widget.boxes.length > 5, `${widget.widget} rendered`);
        assert.deepEqual(hostile[index], widget, `${widget.widget} #${index} has the same layout`);
      }
    });
  },
  { media: { reducedMotion: 'reduce' } },
);
