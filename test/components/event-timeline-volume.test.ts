/** `<event-timeline>` with 10,000 events: the room it reserves, and a reader scrolling through. */
import { expect, nextFrame, oneEvent } from '@open-wc/testing';
import { CATEGORIES, type MissionInput } from '../../src/data/schema.js';
import { clearMissionCache } from '../../src/data/store.js';
import { shippedCopy } from '../data/fixtures.js';
import { serve } from '../helpers.js';
import { items, make, renderedHeight, scrollThrough, THEMES } from './timeline-measure.js';

describe('<event-timeline> with 12 and 10,000 events: the room it reserves', () => {
  afterEach(() => clearMissionCache());

  let src: string;
  before(async () => {
    const doc = shippedCopy() as MissionInput;
    const day = (i: number) => new Date(Date.UTC(1998, 0, 1 + i)).toISOString().slice(0, 10);
    doc.events = Array.from({ length: 10_000 }, (_, i) => ({
      id: `e${i}`,
      date: day(i),
      title: `Event ${i + 1}: ${i % 3 ? 'a contingent arrives' : 'the council renews the mandate for a year'}`,
      summary: i % 2 ? 'A short summary of what happened, in one or two lines.' : undefined,
      category: CATEGORIES[i % CATEGORIES.length],
      countries: ['KE'],
      sources: [doc.sources[i % doc.sources.length].id],
    }));
    doc.updated = day(9_999);
    src = await serve(JSON.stringify(doc));
  });

  for (const width of [390, 1280]) {
    it(`reserves at ${width} px the room 12 events take, the same before and after scrolling`, async () => {
      const el = await make(width, THEMES[1], {
        locale: 'en',
        src: await serve(JSON.stringify(shippedCopy())),
      });
      const reserved = el.getBoundingClientRect().height;
      expect(items(el)).to.have.length(12);
      const { shifts, moved, after } = await scrollThrough(el, items(el));
      expect(moved).to.deep.equal([]);
      expect(shifts.reduce((a, b) => a + b, 0)).to.equal(0);
      expect(Math.abs(after - reserved) / reserved).to.be.below(0.05);
      expect(Math.abs((await renderedHeight(el)) - reserved) / reserved).to.be.below(0.05);
    });
  }

  for (const width of [390]) {
    it(`reserves at ${width} px the room its events take, and nothing moves as a reader scrolls`, async function () {
      // A volume test: Firefox and WebKit take several times Chromium's time on two shared cores.
      this.timeout(180_000);
      const el = await make(width, THEMES[0], { locale: 'en', src });
      const reserved = el.getBoundingClientRect().height;
      const all = items(el);
      expect(all).to.have.length(10_000);
      const stops = all.filter((_, i) => i % 1250 === 625);
      const { shifts, moved, after } = await scrollThrough(el, stops);
      expect(moved).to.deep.equal([]);
      expect(shifts.reduce((a, b) => a + b, 0)).to.equal(0);
      expect(Math.abs(after - reserved) / reserved).to.be.below(0.05);
      // A deep link into a year that neither a jump nor the sample has rendered (2014) lands on
      // its event: WebKit placed it at its year's top, 12,000 px away, while years skipped
      // rendering as a whole there.
      const linked = all[6_000];
      try {
        const change = oneEvent(window, 'hashchange');
        location.hash = `#${linked.id}`;
        await change;
        await still(linked);
        const { top, bottom } = linked.getBoundingClientRect();
        expect({ top: top >= 0, bottom: bottom <= innerHeight }).to.deep.equal({ top: true, bottom: true });
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
      expect(Math.abs((await renderedHeight(el)) - reserved) / reserved).to.be.below(0.05);
    });
  }

  it('keeps the text a reader is looking at in place while reading upward from a deep link', async function () {
    this.timeout(180_000);
    const el = await make(390, THEMES[0], { locale: 'en', src });
    const linked = items(el)[6_000];
    try {
      const change = oneEvent(window, 'hashchange');
      location.hash = `#${linked.id}`;
      await change;
      await still(linked);
      // Scrolling up renders the events above the viewport, which nothing rendered yet: they
      // take their own height instead of the room reserved for them. In WebKit, which has no
      // scroll anchoring of its own (the widget's ScrollAnchorController stands in), that moved
      // the event a reader was looking at by 6 to 34 px.
      const moved: string[] = [];
      const step = 300;
      for (let i = 0; i < 12; i++) {
        const read = atTop(items(el));
        const top = read.getBoundingClientRect().top;
        scrollBy(0, -step);
        await nextFrame();
        await nextFrame();
        await nextFrame();
        const now = read.getBoundingClientRect().top;
        if (Math.abs(now - (top + step)) > 2) moved.push(`${read.id} by ${Math.round(now - top - step)} px`);
      }
      expect(moved).to.deep.equal([]);
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
      scrollTo(0, 0);
    }
  });
});

/** The first event whose top is in the viewport: the one a reader is looking at. */
function atTop(all: HTMLElement[]) {
  let low = 0;
  let high = all.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (all[middle].getBoundingClientRect().top >= 0) high = middle;
    else low = middle + 1;
  }
  return all[low];
}

/**
 * Waits until `element` has not moved at all for five frames (a smooth scroll has ended), at most
 * 200. Firefox ends one with a pixel every two or three frames: read within a pixel, it was still
 * moving, and the reader's first step up seemed to move the text by the 2 or 3 px left to go.
 */
async function still(element: HTMLElement) {
  let top = element.getBoundingClientRect().top;
  for (let kept = 0, frame = 0; kept < 5 && frame < 200; frame++) {
    await nextFrame();
    const now = element.getBoundingClientRect().top;
    kept = now === top ? kept + 1 : 0;
    top = now;
  }
}
