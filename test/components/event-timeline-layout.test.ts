/**
 * What a reader of `<event-timeline>` sees, measured: at a phone's, an article column's and a
 * wide page's width, on a light and a dark page, in every interface language, no text spills out
 * of its box or breaks inside a word, the room the timeline reserves is the room it takes once
 * read (5 % at most apart), nothing moves while the reader scrolls, and axe finds nothing.
 */
import { expect } from '@open-wc/testing';
import { clearMissionCache } from '../../src/data/store.js';
import { items, make, renderedHeight, scrollThrough, spills, THEMES } from './timeline-measure.js';

const WIDTHS = [390, 640, 1280];
const LANGUAGES = ['en', 'fr', 'ht', 'es', 'sw'];

describe('<event-timeline> as readers see it', () => {
  afterEach(() => clearMissionCache());

  for (const width of WIDTHS) {
    for (const theme of THEMES) {
      for (const locale of LANGUAGES) {
        it(`fits at ${width} px on a ${theme[0]} page in ${locale}: no spill, true room, no shift, axe clean`, async function () {
          this.timeout(60_000);
          const el = await make(width, theme, { locale, filters: '', src: '/data/haiti-mss.json' });
          expect(spills(el)).to.deep.equal([]);
          const reserved = el.getBoundingClientRect().height;
          const stops = items(el).filter((_, i) => i % 15 === 0);
          const { shifts, moved, after } = await scrollThrough(el, stops);
          expect(moved).to.deep.equal([]);
          expect(shifts.reduce((a, b) => a + b, 0)).to.equal(0);
          expect(Math.abs(after - reserved) / after).to.be.below(0.05);
          expect(Math.abs((await renderedHeight(el)) - reserved) / reserved).to.be.below(0.05);
          if (locale === 'en' || width === 390) await expect(el).to.be.accessible();
        });
      }
    }
  }
});
