/**
 * The language of the data's own words in the contributor list and the troop counter (WCAG 3.1.2):
 * the shipped story is written in English and French, so a Spanish widget shows English notes
 * and names, a Haitian Creole one French ones, and each says so with `lang` for screen readers;
 * the widget's own words around them, and data texts in its own language, say nothing of their
 * own (they inherit the root's), in what a refresh says aloud too. The timeline's are tested in
 * ./locales.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import other from '../fixtures/missions/other-mission.json' with { type: 'json' };
import { clearMissionCache, reloadMission } from '../../src/data/store.js';
import { shippedCopy } from '../data/fixtures.js';
import { serve, settled } from '../helpers.js';

type Tag = 'troop-counter' | 'contributor-list';

/**
 * A settled widget, 1280 px wide (the list's table: in Spanish and French, with its amounts on
 * their lines, Firefox and WebKit need more than 900 px for it).
 */
async function make(tag: Tag, attributes: Record<string, string>) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 1280px"></div>`);
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  return settled(el);
}

/** The element whose own text holds `text`: the language a screen reader reads it in is that element's. */
function around(root: Element, text: string): Element {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.textContent!.includes(text)) return node.parentElement!;
  throw new Error(`no text "${text}" in ${root.textContent}`);
}

/** Whether `text` inside `root` is read in `lang`. */
const readIn = (root: Element, text: string, lang: string) => around(root, text).matches(`:lang(${lang})`);

/** Elements inside the widget's root that say a language of their own. */
const marks = (el: Element) => el.shadowRoot!.querySelectorAll('.root [lang]');

/** Beginnings of data texts the widgets show, in each language of the data. */
const TEXTS = {
  en: {
    rowNote: 'Force spokesman',
    fund: 'UN trust fund for the MSS',
    fundNote: 'No new money since August',
    moneyNote: 'Stop-work order',
    counterNote: 'A second group of about 200',
    phase: 'MSS',
    next: 'GSF',
    organisation: 'European Union',
    organisationNote: 'Logistics support',
  },
  fr: {
    rowNote: 'Chiffre du porte-parole',
    fund: 'spéciale des Nations unies pour la MMAS',
    fundNote: 'Aucun nouvel apport depuis août',
    moneyNote: 'Ordre d',
    counterNote: 'Un deuxième groupe',
    phase: 'MMAS',
    next: 'FRG',
    organisation: 'Union européenne',
    organisationNote: 'Un appui logistique',
  },
};

// The widget's locale, the data's language it shows (which it marks when it is not its own), and
// its word for a note.
const CASES: [string, 'en' | 'fr', string][] = [
  ['es', 'en', 'Nota'],
  ['ht', 'fr', 'Nòt'],
  ['en', 'en', 'Note'],
  ['fr', 'fr', 'Remarque'],
];

describe("the language of the data's own words in the list and the counter", () => {
  afterEach(() => clearMissionCache());

  for (const [locale, data, note] of CASES) {
    const own = locale === data;
    const t = TEXTS[data];
    const says = own ? `no language of their own (${locale})` : data;

    it(`${locale}: the list's notes, fund line and sentences are ${says}, its own words ${locale}`, async () => {
      const el = await make('contributor-list', { locale, src: '/data/haiti-mss.json' });
      const root = el.shadowRoot!;
      const kenya = [...root.querySelectorAll('tbody tr')].find((row) =>
        row.querySelector('.name')!.textContent!.startsWith('Ken'),
      )!;
      const notes = kenya.nextElementSibling!;
      expect(notes.matches('tr.notes')).to.equal(true);
      expect(readIn(notes, t.rowNote, data), 'a row note').to.equal(true);
      expect(readIn(notes, note, locale), "the note's own word").to.equal(true);
      // The sentence screen readers hear for the deployed figure, which ends in the note.
      const sentence = kenya.querySelector('[data-column=deployed] .visually-hidden')!;
      expect(readIn(sentence, t.rowNote, data), "the figure's sentence").to.equal(true);
      expect(readIn(sentence, 'Ken', locale), "the sentence's own words").to.equal(true);
      // A money note, under the row of the United States.
      expect(readIn(root.querySelector('tbody')!, t.moneyNote, data), 'a money note').to.equal(true);
      const fund = root.querySelector('[part=fund]')!;
      expect(readIn(fund.querySelector('p')!, t.fund, data), "the fund's name").to.equal(true);
      expect(readIn(fund, t.fundNote, data), "the fund's note").to.equal(true);
      expect(readIn(root.querySelector('[part=summary]')!, ' ', locale), 'the summary').to.equal(true);
      if (own) expect(marks(el), 'nothing marked').to.have.length(0);
    });

    it(`${locale}: an organisation's name and money note are ${says}, a country's name ${locale}`, async () => {
      const el = await make('contributor-list', { locale, src: await serve(JSON.stringify(other)) });
      const names = [...el.shadowRoot!.querySelectorAll('tbody .name')];
      const union = names.find((name) => name.textContent === t.organisation)!;
      expect(union.matches(`:lang(${data})`)).to.equal(true);
      expect(union.hasAttribute('lang')).to.equal(!own);
      const uganda = names.find((name) => name.closest('tr')!.querySelector('.flag')!.textContent === 'UG')!;
      expect(uganda.matches(`:lang(${locale})`), "a country's name").to.equal(true);
      expect(uganda.hasAttribute('lang')).to.equal(false);
      const table = el.shadowRoot!.querySelector('tbody')!;
      expect(readIn(table, t.organisationNote, data), "an organisation's money note").to.equal(true);
      if (own) expect(marks(el), 'nothing marked').to.have.length(0);
    });

    it(`${locale}: the counter's note, its sentence and the phase are ${says}, its own words ${locale}`, async () => {
      const el = await make('troop-counter', {
        locale,
        src: '/data/haiti-mss.json',
        country: 'KE',
        'as-of': '2024-07-20',
      });
      const root = el.shadowRoot!;
      const notes = root.querySelector('.notes')!;
      expect(readIn(notes, t.counterNote, data), 'the note').to.equal(true);
      expect(readIn(notes, note, locale), "the note's own word").to.equal(true);
      const sentence = root.querySelector('.counter > p.visually-hidden:not([aria-live])')!;
      expect(readIn(sentence, t.counterNote, data), 'in the sentence').to.equal(true);
      const context = root.querySelector('[part=context]')!;
      expect(readIn(context, t.phase, data), "the phase's name").to.equal(true);
      expect(readIn(context, 'Ken', locale), "the country's name").to.equal(true);
      expect(readIn(root.querySelector('[part=label]')!, ' ', locale), 'the label').to.equal(true);
      if (own) expect(marks(el), 'nothing marked').to.have.length(0);
    });

    it(`${locale}: what a refresh of the counter says aloud is marked as its sentence is, ${says}`, async () => {
      const doc = shippedCopy() as { contributors: { id: string; personnel: { count: number }[] }[] };
      const src = await serve(JSON.stringify(doc));
      const el = await make('troop-counter', { locale, src, country: 'KE', 'as-of': '2024-07-20' });
      // Kenya's second group, as a new version of the file counts it.
      doc.contributors.find((c) => c.id === 'KE')!.personnel[2].count = 410;
      await fetch(src.split('?')[0], { method: 'POST', body: JSON.stringify(doc) });
      await reloadMission(new URL(src, location.href).href);
      await settled(el);
      const live = el.shadowRoot!.querySelector('[aria-live=polite]')!;
      expect(live.textContent, 'the new sentence is said').to.contain('410');
      expect(readIn(live, t.counterNote, data), 'the note in it').to.equal(true);
      expect(readIn(live, 'Ken', locale), "the sentence's own words").to.equal(true);
      const copy = el.shadowRoot!.querySelector<HTMLElement>(
        '.counter > p.visually-hidden:not([aria-live])',
      )!;
      expect(copy.hidden, 'the sentence is not said twice').to.equal(true);
      if (own) expect(marks(el), 'nothing marked').to.have.length(0);
    });

    it(`${locale}: the phases' names in the counter's history and its caption are ${says}`, async () => {
      const el = await make('troop-counter', { locale, src: '/data/haiti-mss.json', history: '' });
      const root = el.shadowRoot!;
      expect(readIn(root.querySelector('.phase-name')!, t.next, data), 'on the chart').to.equal(true);
      const caption = root.querySelector('figcaption')!;
      for (const phase of [t.phase, t.next]) expect(readIn(caption, phase, data), phase).to.equal(true);
      if (own) expect(marks(el), 'nothing marked').to.have.length(0);
    });
  }

  it("sw: a data text that begins the counter's sentence keeps its mark with a capital (en)", async () => {
    // One phase, named as the mission (a migrated version-1 file): the counter names none, and
    // its sentence begins with its figure, or in Swahili with what it counts (the data's words).
    const doc = structuredClone(other);
    doc.phases = [{ ...doc.phases[0], name: doc.name }];
    const el = await make('troop-counter', { locale: 'sw', src: await serve(JSON.stringify(doc)) });
    const root = el.shadowRoot!;
    const label = root.querySelector('[part=label]')!;
    expect(readIn(label, 'uniformed personnel', 'en'), 'the label').to.equal(true);
    const sentence = root.querySelector('.counter > p.visually-hidden:not([aria-live])')!;
    expect(sentence.textContent).to.match(/^Uniformed personnel waliotumwa ni /);
    expect(readIn(sentence, 'Uniformed personnel', 'en'), 'the sentence').to.equal(true);
    expect(readIn(sentence, 'waliotumwa', 'sw'), "the sentence's own words").to.equal(true);
  });
});
