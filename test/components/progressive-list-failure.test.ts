import { expect } from '@open-wc/testing';
import '../../src/contributor-list.js';
import '../../src/event-timeline.js';
import type { MissionElement } from '../../src/components/mission-element.js';
import { clearMissionCache } from '../../src/data/store.js';
import { shippedCopy } from '../data/fixtures.js';
import { capture, serve, settled } from '../helpers.js';

/**
 * A long list renders each row once and leaves the rows already in the DOM alone. A render that
 * fails (the error state and the fallback instead of the list) must not count its rows as in the
 * DOM: the next render that works, with the same data, shows every row again, not a blank list.
 */
type Method = 'some' | 'at';
const cases: [tag: string, items: string, method: Method][] = [
  // Built-ins the lists' templates call on every render, even when every row is in the DOM.
  ['contributor-list', 'tbody tr:not(.notes), .cards > li', 'some'],
  ['event-timeline', 'li[part="event"]', 'at'],
];

/** `Array.prototype[method]` throws on its next call only, as a page's script might break it for a moment. */
function breakOnce(method: Method): () => void {
  const original = Array.prototype[method];
  const restore = () => void Object.defineProperty(Array.prototype, method, { value: original });
  Object.defineProperty(Array.prototype, method, {
    value() {
      restore();
      throw new Error(`${method} broke`);
    },
  });
  return restore;
}

const texts = (el: Element, items: string) =>
  [...el.shadowRoot!.querySelectorAll(items)].map((item) => item.textContent!.replace(/\s+/g, ' ').trim());

describe('a progressive list after a failed render', () => {
  afterEach(() => clearMissionCache());

  for (const [tag, items, method] of cases) {
    it(`<${tag}> shows every row again once it renders again with the same data`, async () => {
      const el = document.createElement(tag) as MissionElement;
      el.setAttribute('locale', 'en');
      el.setAttribute('src', await serve(JSON.stringify(shippedCopy())));
      const fallback = document.createElement('p');
      fallback.textContent = 'Kenya leads the mission.';
      el.append(fallback);
      document.body.append(el);
      let restore = () => {};
      try {
        await settled(el);
        const before = texts(el, items);
        expect(before.length).to.be.greaterThan(4);

        const logged = await capture('error', async () => {
          restore = breakOnce(method);
          el.requestUpdate();
          await el.updateComplete;
        });
        expect(logged.join('\n')).to.contain(`${method} broke`);
        expect(el.shadowRoot!.textContent).to.contain('These figures are not available right now.');
        expect(texts(el, items)).to.deep.equal([]);

        el.requestUpdate();
        await el.updateComplete;
        expect(el.shadowRoot!.textContent).not.to.contain('These figures are not available right now.');
        expect(texts(el, items)).to.deep.equal(before);
      } finally {
        restore();
        el.remove();
      }
    });
  }
});
