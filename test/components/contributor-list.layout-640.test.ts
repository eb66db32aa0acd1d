import { expect } from '@open-wc/testing';
import { clearMissionCache } from '../../src/data/store.js';
import { setViewport } from '../engines/commands.js';
import { describeWidth, place } from './contributor-list.layout.js';

describeWidth(640);

// A table's column heads are one row of one size, their last lines on one baseline: "Funding"
// once took the money column's size and stood higher than the others. In the narrowest tables
// with a Funding column: the funding-only list's at 640 px, the whole list's at 1024 px (the
// narrowest column where its amounts fit on their lines in every language and engine).
describe('<contributor-list> table heads', () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => clearMissionCache());

  for (const [width, show, columns] of [
    [640, 'funding', 3],
    [1024, 'all', 6],
  ] as const) {
    for (const locale of ['en', 'fr', 'ht', 'es', 'sw']) {
      it(`at ${width} px, ${show}, ${locale}: every column head the same size, their last lines level`, async () => {
        const el = await place(width, locale, 'light', '', { show });
        const heads = [...el.shadowRoot!.querySelectorAll('thead th')];
        expect(heads).to.have.length(columns);
        expect(new Set(heads.map((th) => getComputedStyle(th).fontSize)).size, 'sizes').to.equal(1);
        const bottoms = heads.map((th) => {
          const range = document.createRange();
          range.selectNodeContents(th);
          return Math.max(...[...range.getClientRects()].map((r) => r.bottom));
        });
        expect(Math.max(...bottoms) - Math.min(...bottoms), 'last lines apart (px)').to.be.below(1.5);
      });
    }
  }
});
