import { expect } from '@open-wc/testing';
import { clearMissionCache } from '../../src/data/store.js';
import { setViewport } from '../engines/commands.js';
import { describeWidth, place } from './contributor-list.layout.js';

describeWidth(390);

// On a phone each entry's figures read "Pledged 1,000", never "Pledged1,000": a label and its
// value are two boxes apart on screen, and two words apart in the text a reader copies.
describe('<contributor-list> on a 390 px phone: labels and values apart', () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => clearMissionCache());

  for (const locale of ['en', 'fr', 'ht', 'es', 'sw']) {
    it(`${locale}: every label and its value are separate boxes that do not touch`, async () => {
      const el = await place(390, locale, 'light');
      const items = [...el.shadowRoot!.querySelectorAll('.cards .item')].filter((item) =>
        item.querySelector(':scope > .label'),
      );
      expect(items.length, 'labelled figures').to.be.above(5);
      const touching: string[] = [];
      for (const item of items) {
        const label = item.querySelector(':scope > .label')!;
        const value = item.querySelector(':scope > .value')!;
        const [a, b] = [label.getBoundingClientRect(), value.getBoundingClientRect()];
        const sameLine = a.top < b.bottom && b.top < a.bottom;
        // Apart by at least 2 px along the line, or the value on a line of its own below.
        const apart = sameLine ? b.left - a.right >= 2 || a.left - b.right >= 2 : b.top >= a.bottom;
        if (!apart) touching.push(item.textContent!.trim());
        // The text a reader copies (and a screen reader reads word by word) has them as two words.
        expect(item.textContent!.replace(/\s+/g, ' ')).to.contain(
          `${label.textContent!.trim()} ${value.textContent!.trim().split(/\s/)[0]}`,
        );
      }
      expect(touching, 'label and value touching').to.deep.equal([]);
    });
  }
});

// Money is as large as the other figures of an entry: a small size inside a small size (about
// 12 px) is too small to read on a phone.
describe('<contributor-list> on a 390 px phone: funding as large as the figures', () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => clearMissionCache());

  it('an entry says its amounts in the size of its pledged figure', async () => {
    const el = await place(390, 'en', 'light');
    const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
    const pledged = el.shadowRoot!.querySelector('.cards .item.pledged .value')!;
    const amounts = [...el.shadowRoot!.querySelectorAll('.cards .item.funding .value')];
    expect(amounts.length, 'amounts shown').to.be.above(3);
    for (const amount of amounts) expect(size(amount), amount.textContent!).to.equal(size(pledged));
  });
});
