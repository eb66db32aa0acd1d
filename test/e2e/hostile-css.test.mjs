// A page with aggressive global CSS must not change a widget's layout: every box inside each
// widget, measured from the widget's corner, is the same with and without it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { html, launchBrowser, openPage, startServer, widgetsRendered } from './harness.mjs';

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

describe('host page isolation', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer({ pages: { '/plain.html': page(false), '/hostile.html': page(true) } });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function measure(path) {
    const {
      page: tab,
      context,
      log,
    } = await openPage(browser, { reducedMotion: 'reduce', viewport: { width: 1000, height: 12_000 } });
    await tab.goto(server.origin + path);
    await widgetsRendered(tab, 'troop-counter, contributor-list, event-timeline');
    await tab.evaluate(() =>
      Promise.all([
        document.fonts.ready,
        ...[...document.querySelectorAll('troop-counter, contributor-list, event-timeline')].map(
          (el) => el.updateComplete,
        ),
      ]),
    );
    // Parts out of view keep a placeholder size (content-visibility) until first painted: with every
    // widget in one tall viewport, wait until two frames in a row measure the same.
    const boxes = await tab.evaluate(settledLayout, layout.toString());
    await context.close();
    assert.deepEqual(log.errors, []);
    return boxes;
  }

  it('keeps every box in every widget where it is without the hostile CSS', async () => {
    const plain = await measure('/plain.html');
    const hostile = await measure('/hostile.html');
    assert.equal(hostile.length, WIDGETS.length);
    for (const [index, widget] of plain.entries()) {
      assert.ok(widget.boxes.length > 5, `${widget.widget} rendered`);
      assert.deepEqual(hostile[index], widget, `${widget.widget} #${index} has the same layout`);
    }
  });
});
