/**
 * The table's amounts, each on one line: "300 million US dollars pledged" never wraps in the
 * Funding column, in any engine's fonts or in the longer French and Spanish words. Where the
 * table would need to wrap them, the widget shows its entries instead, and its table again once
 * the column is wide enough for it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { clearMissionCache } from '../../src/data/store.js';
import { setViewport } from '../engines/commands.js';
import { place, spilled, WIDE_FONT, type Widget } from './contributor-list.layout.js';

/** The wide font's size (WIDE_FONT), for a test that changes only its family. */
const SIZE = '--mw-font-size: 1.125rem';

/** The words that end an amount, before any fund it names: "… pledged", "… promis", "… comprometidos". */
const STATUS: Record<string, RegExp> = {
  en: /\b(pledged|committed|received|frozen|withdrawn)\b/,
  fr: /(promis|engagés|reçus|gelés|retirés)(?!\p{L})/u,
  es: /(comprometidos|confirmados|recibidos|congelados|retirados)\b/,
};

/** Each amount in the table ("about 10 million US dollars pledged") that is drawn on more than one line. */
function wrappedAmounts(el: Widget, locale: string): string[] {
  const wrapped: string[] = [];
  for (const value of el.shadowRoot!.querySelectorAll('td.funding .value')) {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(value, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    const text = nodes.map((node) => node.data).join('');
    const status = STATUS[locale].exec(text);
    expect(status, `a status in "${text}"`).to.exist;
    // From the amount's first character to the end of its status word, across its text nodes.
    const range = document.createRange();
    let end = status!.index + status![0].length;
    range.setStart(nodes[0], 0);
    for (const node of nodes) {
      if (end <= node.data.length) {
        range.setEnd(node, end);
        break;
      }
      end -= node.data.length;
    }
    const lines = new Set(
      [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
    );
    if (lines.size > 1) wrapped.push(range.toString());
  }
  return wrapped;
}

describe('<contributor-list> amounts in its table', () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => clearMissionCache());

  for (const [font, style] of [
    ['its own font', ''],
    ['a wide font', WIDE_FONT],
  ] as const) {
    for (const locale of ['en', 'fr', 'es']) {
      for (const width of [800, 900, 1024, 1280]) {
        it(`${font}, ${locale}, ${width} px: the entries, or a table with each amount on one line inside the widget`, async () => {
          const el = await place(width, locale, 'light', style);
          const root = el.shadowRoot!;
          // The whole list fits a wide page's table: the entries are not the answer everywhere.
          if (width === 1280 && !style) expect(root.querySelector('table'), 'the table').to.exist;
          if (!root.querySelector('table')) return;
          expect(wrappedAmounts(el, locale), 'amounts over two lines').to.deep.equal([]);
          expect(spilled(el), 'text outside its box').to.deep.equal([]);
        });
      }
    }
  }

  it('a wide font in French at 800 px: the entries; the column widened to 1280 px: the table, its amounts on one line', async () => {
    const el = await place(800, 'fr', 'light', WIDE_FONT);
    expect(el.shadowRoot!.querySelector('.cards'), 'the entries at 800 px').to.exist;
    el.parentElement!.style.inlineSize = '1280px';
    await waitUntil(() => el.shadowRoot!.querySelector('table'), 'the table at 1280 px', { timeout: 15_000 });
    await el.updateComplete;
    expect(wrappedAmounts(el, 'fr'), 'amounts over two lines').to.deep.equal([]);
  });

  it('a web font that arrives after the first render: measured again, the entries where the table no longer fits', async () => {
    // Drawn at first in a narrow font, in which the French table fits 800 px; the site's font,
    // as wide as DejaVu Sans, comes later (loaded here, as a page's own @font-face would be).
    const family = 'MW Late Wide';
    const el = await place(
      800,
      'fr',
      'light',
      `--mw-font-family: "${family}", "Liberation Sans Narrow"; ${SIZE}`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('table'), 'the table in the narrow font').to.exist;
    const face = new FontFace(family, 'url(/__test__/font)');
    document.fonts.add(face);
    try {
      await face.load();
      await waitUntil(() => root.querySelector('.cards'), 'the entries in the wide font', {
        timeout: 15_000,
      });
    } finally {
      document.fonts.delete(face);
    }
  });
});
