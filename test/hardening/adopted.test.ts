/**
 * Class 7 of issue 16: a widget moved into another document (a same-origin iframe) and back keeps
 * its styles there and here: its box, its colours, and visually hidden text hidden.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../src/index.js';
import { settled } from '../helpers.js';

// The counter's history brings styles of its own, with its code.
const WIDGETS = [
  ['troop-counter', {}],
  ['troop-counter', { history: '' }],
  ['contributor-list', {}],
  ['event-timeline', {}],
] as const;
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

/** How the widget looks, as its document's window computes it. */
function looks(el: Widget) {
  const view = el.ownerDocument.defaultView!;
  const hidden = el.shadowRoot!.querySelector('.visually-hidden')!;
  const box = hidden.getBoundingClientRect();
  const host = view.getComputedStyle(el);
  const chart = el.shadowRoot!.querySelector('.chart');
  return {
    chartHeight: chart && Math.round(chart.getBoundingClientRect().height),
    hiddenSize: [box.width, box.height].map((n) => Math.round(n)),
    hiddenPosition: view.getComputedStyle(hidden).position,
    hostDisplay: host.display,
    hostBorder: host.borderTopStyle,
    hostLineHeight: host.lineHeight === 'normal' ? 'normal' : 'set',
  };
}

describe('a widget moved to another document and back', () => {
  for (const [tag, attributes] of WIDGETS) {
    const named = Object.keys(attributes)
      .map((name) => ` ${name}`)
      .join('');
    it(`<${tag}${named}> keeps its styles in a same-origin iframe, and back on the page`, async () => {
      const place = await fixture<HTMLElement>(html`<div></div>`);
      const el = document.createElement(tag) as Widget;
      el.setAttribute('as-of', '2024-09-30');
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      place.append(el);
      await settled(el);
      const before = looks(el);
      expect(before.hiddenSize).to.deep.equal([1, 1]);
      expect(before.hiddenPosition).to.equal('absolute');
      expect(before.hostBorder).to.equal('solid');
      expect(before.chartHeight).to.equal('history' in attributes ? 48 : null);

      const frame = document.createElement('iframe');
      frame.style.inlineSize = '800px';
      frame.style.blockSize = '600px';
      place.append(frame);
      const inner = frame.contentDocument!;
      inner.body.append(el); // adopted into the iframe's document
      expect(el.ownerDocument).to.equal(inner);
      await el.updateComplete;
      await nextFrame();
      expect(looks(el), 'in the iframe').to.deep.equal(before);

      place.append(el); // and back
      expect(el.ownerDocument).to.equal(document);
      await el.updateComplete;
      await nextFrame();
      expect(looks(el), 'back on the page').to.deep.equal(before);

      // And once more, there and back: nothing is lost on the second trip either.
      inner.body.append(el);
      await nextFrame();
      expect(looks(el), 'in the iframe again').to.deep.equal(before);
      place.append(el);
      await nextFrame();
      expect(looks(el), 'back again').to.deep.equal(before);
      frame.remove();
    });
  }
});
