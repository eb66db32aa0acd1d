/**
 * What readers see and hear of the money in `<contributor-list>`, in the shipped story as it
 * stands: each amount's note under its row, said in its figure's sentence; the fund line's
 * sources and notes; and the fund named beside two amounts of the same status.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/contributor-list.js';
import type { ContributorList } from '../../src/contributor-list.js';
import { clearMissionCache } from '../../src/data/store.js';
import { contributorList } from '../../src/i18n/contributor-list.js';
import shipped from '../../data/haiti-mss.json' with { type: 'json' };
import { settled } from '../helpers.js';

/** The text a reader sees: without the visually hidden sentences, spaces collapsed. */
function seen(node: Element): string {
  const copy = node.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}
const texts = (nodes: Iterable<Element>) => [...nodes].map(seen);

/** The shipped list as it stands, in a container of `width` px. */
async function list(width: number, attributes: Record<string, string> = {}): Promise<ContributorList> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"></div>`);
  const el = document.createElement('contributor-list');
  el.setAttribute('locale', 'en');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  return settled(el);
}

/** A row's or card's element, by the name shown in it. */
function entry(el: ContributorList, name: string): Element {
  const rows = [...el.shadowRoot!.querySelectorAll('tbody tr:not(.notes), .cards > li')];
  const found = rows.find((row) => seen(row.querySelector('.name')!) === name);
  expect(found, name).to.exist;
  return found!;
}

/** The notes shown under a row (the table's next row) or inside a card, and whether screen readers skip them. */
function notesOf(el: ContributorList, name: string): { notes: string[]; hidden: boolean } {
  const row = entry(el, name);
  const box =
    row.localName === 'tr'
      ? row.nextElementSibling?.matches('tr.notes')
        ? row.nextElementSibling
        : null
      : row.querySelector('.notes');
  if (!box) return { notes: [], hidden: true };
  return { notes: texts(box.querySelectorAll('.note')), hidden: box.getAttribute('aria-hidden') === 'true' };
}

/** The amounts a row shows, as seen (a card's "; " between them left out). */
const amounts = (el: ContributorList, name: string) =>
  texts(entry(el, name).querySelectorAll('[data-column="funding"] .value')).map((text) =>
    text.replace(/;$/, ''),
  );

/** What a screen reader reads for each amount of a row. */
const sentences = (el: ContributorList, name: string) =>
  [...entry(el, name).querySelectorAll('[data-column="funding"] .value + .visually-hidden')].map((node) =>
    node.textContent!.replace(/\s+/g, ' ').trim(),
  );

const CANADA_RECEIVED =
  'Note (61 million US dollars received): UN data; AFP (February) and Reuters (December 2025) give about US$63 million, so the sources disagree rather than the amount falling';
const US_FROZEN =
  'Note (13.3 million US dollars frozen): Stop-work order under the 90-day US aid freeze: US$13.3 million of the US$15 million was frozen, US$1.7 million having already been spent. No report of its release was found';

describe('<contributor-list> money: notes, sources and funds as readers see them', () => {
  afterEach(() => clearMissionCache());

  for (const [width, layout] of [
    [390, 'cards'],
    [1280, 'table'],
  ] as const) {
    it(`shows each amount's note under its row, saying which amount, in the ${layout} at ${width} px`, async () => {
      const el = await list(width);
      expect(el.shadowRoot!.querySelector(layout === 'table' ? 'table' : '.cards')).to.exist;
      const canada = notesOf(el, 'Canada');
      expect(canada.notes).to.include(CANADA_RECEIVED);
      expect(canada.notes).to.include(
        'Note (86.2 million Canadian dollars pledged to the UN trust fund for the MSS): C$80.5 million to the UN trust fund, then C$5.7 million more',
      );
      // Seen once, under the row: the sentences carry them for screen readers.
      expect(canada.hidden).to.equal(true);
      const us = notesOf(el, 'United States');
      expect(us.notes).to.include(US_FROZEN);
      expect(us.notes).to.have.length(4);
      expect(notesOf(el, 'Germany').notes[0]).to.match(
        /^Note \(about 10 million US dollars pledged\): The report is undated \(low confidence on the date\)/,
      );
    });

    it(`names the fund beside Canada's two pledges, and not beside its one receipt, in the ${layout} at ${width} px`, async () => {
      const el = await list(width);
      expect(amounts(el, 'Canada')).to.deep.equal([
        '86.2 million Canadian dollars pledged to the UN trust fund for the MSS',
        '40 million Canadian dollars pledged',
        '61 million US dollars received',
      ]);
      // The United States' four amounts are of four statuses: none needs its fund.
      expect(amounts(el, 'United States')).to.deep.equal([
        '300 million US dollars pledged',
        '40.7 million US dollars committed',
        '15 million US dollars received',
        '13.3 million US dollars frozen',
      ]);
    });
  }

  it("says each amount's fund and note in its sentence", async () => {
    const el = await list(1280);
    expect(sentences(el, 'Canada')).to.deep.equal([
      'Canada: 86.2 million Canadian dollars pledged to the UN trust fund for the MSS. Note: C$80.5 million to the UN trust fund, then C$5.7 million more',
      'Canada: 40 million Canadian dollars pledged. Note: For the MSS or the force succeeding it, out of a C$60 million package whose other C$20 million is for Caribbean maritime security. Canada said it had already pledged C$80 million to the MSS',
      'Canada: 61 million US dollars received by the UN trust fund for the MSS. Note: UN data; AFP (February) and Reuters (December 2025) give about US$63 million, so the sources disagree rather than the amount falling',
    ]);
    expect(sentences(el, 'United States').at(-1)).to.equal(
      `United States: 13.3 million US dollars frozen in the UN trust fund for the MSS. ${US_FROZEN.replace(/^Note \([^)]*\)/, 'Note')}`,
    );
  });

  it('keeps money notes out of a list of personnel only', async () => {
    const el = await list(1280, { show: 'personnel' });
    const notes = texts(el.shadowRoot!.querySelectorAll('.note'));
    expect(notes.length, 'personnel notes').to.be.above(3);
    expect(notes.join(' ')).not.to.match(/dollars|UN data/);
    expect(el.shadowRoot!.querySelector('.fund')).to.equal(null);
  });

  for (const width of [390, 1280]) {
    it(`cites the fund line's sources first, as footnotes 1–3, and shows its notes, at ${width} px`, async () => {
      const el = await list(width);
      const root = el.shadowRoot!;
      const fund = root.querySelector('.fund')!;
      const line = fund.querySelector('p')!;
      expect(seen(line)).to.equal(
        'UN trust fund for the MSS: 110.3 million US dollars pledged, about 113 million US dollars received 1 2 3',
      );
      const url = (id: string) => shipped.sources.find((source) => source.id === id)!.url;
      const links = [...line.querySelectorAll('a')];
      expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
        url('kbc-2025-02'),
        url('sputnik-2025-12-09'),
        url('reuters-2024-10-11'),
      ]);
      // Each number names the footnote of that number: one numbering for the line and the rows.
      const footnotes = texts(root.querySelectorAll('.footnotes .footnote'));
      links.forEach((link, i) => {
        expect(seen(link)).to.equal(String(i + 1));
        expect(footnotes[i]).to.equal(
          `${i + 1} ${link.getAttribute('aria-label')!.replace(/^source \d+: /, '')}`,
        );
      });
      expect(footnotes.slice(0, 3)).to.deep.equal([
        '1 KBC, February 2025',
        '2 Sputnik (citing Reuters) via News-Pravda, December 9, 2025',
        '3 Reuters (via Punch), October 11, 2024',
      ]);
      // The rows number on after the line: Kenya's first source is 4.
      expect(seen(entry(el, 'Kenya').querySelector('.marks a')!)).to.equal('4');
      // Its marks look like a row's.
      const mark = getComputedStyle(links[0]);
      const rowMark = getComputedStyle(entry(el, 'Kenya').querySelector('.marks a')!);
      expect([mark.fontSize, mark.borderBottomStyle]).to.deep.equal([
        rowMark.fontSize,
        rowMark.borderBottomStyle,
      ]);
      const notes = [...fund.querySelectorAll('.note')];
      expect(texts(notes)).to.deep.equal([
        "Note: Voluntary money for the mission's costs, managed by the UN. About US$800 million a year was said to be needed",
        'Note (about 113 million US dollars received): No new money since August, according to a secondary copy of a Reuters report',
      ]);
      // The line has no sentence of its own: its notes are read where they stand.
      expect(notes.every((note) => !note.closest('[aria-hidden="true"]'))).to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('speaks French: the fund named, the notes and the fund line', async () => {
    const el = await list(1280, { locale: 'fr' });
    expect(amounts(el, 'Canada')[0]).to.equal(
      "86,2 millions de dollars canadiens promis au Fonds d'affectation spéciale des Nations unies pour la MMAS",
    );
    expect(notesOf(el, 'Canada').notes).to.include(
      "Remarque (61 millions de dollars des États-Unis reçus) : Données de l'ONU ; l'AFP (février) et Reuters (décembre 2025) parlent d'environ 63 millions de dollars : les sources divergent, le montant n'a pas baissé",
    );
    expect(sentences(el, 'Canada')[2]).to.match(
      /^Canada : 61 millions de dollars des États-Unis reçus par le Fonds d'affectation spéciale des Nations unies pour la MMAS\. Remarque : Données de l'ONU/,
    );
    expect(texts(el.shadowRoot!.querySelectorAll('.fund .note'))[0]).to.equal(
      "Remarque : Fonds volontaires pour les coûts de la mission, gérés par l'ONU. Il faudrait environ 800 millions de dollars par an",
    );
  });

  // The data names the fund in English and French only: Creole says it in French, the others in English.
  const languages: [string, RegExp][] = [
    ['es', / comprometidos para el UN trust fund for the MSS;$/],
    ['ht', / yo pwomèt pou Fonds d'affectation spéciale des Nations unies pour la MMAS;$/],
    ['sw', / zilizoahidiwa kwa ajili ya UN trust fund for the MSS;$/],
  ];
  for (const [locale, expected] of languages) {
    it(`names the fund beside Canada's two pledges in ${locale}`, async () => {
      const el = await list(1280, { locale });
      const canada = [...el.shadowRoot!.querySelectorAll('tbody tr:not(.notes)')].find(
        (row) => row.querySelector('.flag')!.textContent === 'CA',
      )!;
      const shown = texts(canada.querySelectorAll('[data-column="funding"] .value'));
      expect(shown[0]).to.match(expected);
      expect(shown[1]).not.to.match(/UN trust fund|Fonds/);
    });
  }

  // The five languages name the fund after the amount; a language that names it first (English
  // reworded here, as a new language's strings might say it) shows both whole, in its order.
  describe('in a language that names the fund before the amount', () => {
    const { en } = contributorList;
    const fund = en.fund;
    beforeEach(() => (en.fund = (money, name) => `for the ${name}: ${money}`));
    afterEach(() => (en.fund = fund));

    for (const [layout, width] of [
      ['table', 1280],
      ['entries', 390],
    ] as const) {
      it(`shows Canada's first pledge as the language says it, its amount whole, in the ${layout}`, async () => {
        const el = await list(width);
        expect(amounts(el, 'Canada')[0]).to.equal(
          'for the UN trust fund for the MSS: 86.2 million Canadian dollars pledged',
        );
        expect(texts(entry(el, 'Canada').querySelectorAll('[data-column="funding"] .amount'))[0]).to.equal(
          '86.2 million Canadian dollars pledged',
        );
        expect(sentences(el, 'Canada')[0]).to.match(
          /^Canada: for the UN trust fund for the MSS: 86\.2 million Canadian dollars pledged\. Note:/,
        );
      });
    }
  });
});
