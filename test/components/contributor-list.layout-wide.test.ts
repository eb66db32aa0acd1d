/**
 * A wide font (DejaVu Sans at 18 px) at a phone's, an article column's, the 666 px where WebKit
 * once let the French table spill past the widget's border (entries now, and the narrowest
 * table, just over its 48rem, at 800 px), and a wide page's width; and five contributors in
 * about one phone screen.
 */
import { expect } from '@open-wc/testing';
import { clearMissionCache } from '../../src/data/store.js';
import { setViewport } from '../engines/commands.js';
import { brokenWords, place, spilled, WIDE_FONT } from './contributor-list.layout.js';

describe('<contributor-list> with a wide font, and on a phone', () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => clearMissionCache());

  for (const width of [390, 640, 666, 800, 1280]) {
    for (const locale of ['en', 'fr']) {
      it(`with a wide font at ${width} px in ${locale}: no word broken, nothing past the widget's border`, async () => {
        const el = await place(width, locale, 'light', WIDE_FONT);
        const root = el.shadowRoot!;
        expect(root.querySelector('table, .cards')).to.exist;
        expect(brokenWords(root), 'words broken inside').to.deep.equal([]);
        expect(spilled(el), 'text outside its box').to.deep.equal([]);
      });
    }
  }

  it('fits five contributors in about one phone screen', async () => {
    const el = await place(390, 'en', 'light');
    const entries = [...el.shadowRoot!.querySelectorAll('.cards > li')].slice(0, 5);
    expect(entries).to.have.length(5);
    const top = entries[0].getBoundingClientRect().top;
    const bottom = entries[4].getBoundingClientRect().bottom;
    expect(bottom - top, 'five entries, in px').to.be.below(700);
  });
});
