import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '../media.js';
import '../../src/index.js';
import type { MissionInput } from '../../src/data/schema.js';
import { loadDefaultMission } from '../../src/data/load.js';
import { clearMissionCache } from '../../src/data/store.js';
import { shippedCopy } from '../data/fixtures.js';
import { capture, serve, settled } from '../helpers.js';

type Tag = 'troop-counter' | 'contributor-list' | 'event-timeline';
type Widget = HTMLElementTagNameMap[Tag];
type Attributes = Record<string, string>;

/** Every text of the widget, seen or read by screen readers, with spaces collapsed. */
const textOf = (el: Widget) => el.shadowRoot!.querySelector('.root')!.textContent!.replace(/\s+/g, ' ');
/** The same, with the narrow and normal no-break spaces of French numbers as plain spaces. */
const plain = (el: Widget) => textOf(el).replace(/[\u00a0\u202f]/g, ' ');

/** A settled widget in a 900 px wide slot whose own attributes are `slot`. */
let story2024: Promise<string> | undefined;

/** A widget of the Haiti story to September 2024 (unless `src` says otherwise), settled. */
async function make<T extends Tag>(tag: T, attributes: Attributes = {}, slot: Attributes = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 900px"></div>`);
  for (const [name, value] of Object.entries(slot)) wrapper.setAttribute(name, value);
  const el = document.createElement(tag);
  story2024 ??= serve(JSON.stringify(shippedCopy()));
  el.setAttribute('src', await story2024);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  return settled(el);
}

interface Expected {
  /** The counter's sentence as of 2024-09-21: a grouped number, the host country, a day. */
  counter: string;
  /** Contributor sentences: a grouped number, a month, a country and money. */
  contributors: string[];
  /** The Jamaica and Belize event: its day, category word, countries and title (data text). */
  event: string[];
  /** The year heading over it. */
  year: string;
  /** The mark on the latest event. */
  latest: string;
}

const LOCALES: [string, Expected][] = [
  [
    'en',
    {
      counter:
        'About 426 personnel deployed in Haiti of 1,250 pledged, 600 more preparing, as of September 21, 2024.',
      contributors: [
        'Kenya: 1,000 police officers pledged',
        'Kenya: 382 police officers deployed since June 2024',
        'United States: 300 million US dollars pledged',
      ],
      event: [
        'September 12, 2024',
        'Deployment',
        'Jamaica and Belize',
        'Jamaica and Belize join on the ground',
      ],
      year: '2024',
      latest: 'Latest',
    },
  ],
  [
    'fr',
    {
      counter:
        'Environ 426 personnes déployées en Haïti sur un engagement de 1 250, 600 de plus en préparation, au 21 septembre 2024.',
      contributors: [
        'Kenya : 1 000 policiers promis',
        'Kenya : 382 policiers déployés depuis juin 2024',
        'États-Unis : 300 millions de dollars des États-Unis promis',
      ],
      event: [
        '12 septembre 2024',
        'Déploiement',
        'La Jamaïque et le Belize',
        'La Jamaïque et le Belize rejoignent le terrain',
      ],
      year: '2024',
      latest: 'Le plus récent',
    },
  ],
  [
    // Browsers have no Haitian Creole formats or country names: French numbers, Creole months,
    // money words and names from its strings, and French data texts where the data has no Creole.
    'ht',
    {
      counter:
        'Apeprè 426 pèsonèl ki deplwaye nan peyi Ayiti sou 1 250 yo te pwomèt, 600 lòt k ap prepare, nan dat 21 septanm 2024.',
      contributors: [
        'Kenya: 1 000 polisye yo pwomèt',
        'Kenya: 382 polisye deplwaye depi jen 2024',
        'Etazini: 300 milyon dola ameriken yo pwomèt',
      ],
      event: [
        '12 septanm 2024',
        'Deplwaman',
        'Jamayik ak Beliz',
        'La Jamaïque et le Belize rejoignent le terrain',
      ],
      year: '2024',
      latest: 'Pi resan',
    },
  ],
  [
    'es',
    {
      counter:
        'Unos 426 efectivos desplegados en Haití de 1250 comprometidos, 600 más en preparación, al 21 de septiembre de 2024.',
      contributors: [
        'Kenia: 1000 policías comprometidos',
        'Kenia: 382 policías desplegados desde junio de 2024',
        'Estados Unidos: 300 millones de dólares estadounidenses comprometidos',
      ],
      event: [
        '12 de septiembre de 2024',
        'Despliegue',
        'Jamaica y Belice',
        'Jamaica and Belize join on the ground',
      ],
      year: '2024',
      latest: 'Más reciente',
    },
  ],
  [
    'sw',
    {
      counter:
        'Askari waliotumwa Haiti ni takriban 426 kati ya 1,250 walioahidiwa, wengine 600 wanajiandaa, kufikia 21 Septemba 2024.',
      contributors: [
        'Kenya: polisi 1,000 walioahidiwa',
        'Kenya: polisi 382 waliotumwa tangu Juni 2024',
        'Marekani: dola za Marekani milioni 300 zilizoahidiwa',
      ],
      event: ['12 Septemba 2024', 'Upelekaji', 'Jamaika na Belize', 'Jamaica and Belize join on the ground'],
      year: '2024',
      latest: 'Mpya zaidi',
    },
  ],
];

// First in this file, so that no language beyond English is loaded yet.
describe('a language loaded on demand', () => {
  it('says "loading" in that language until its strings arrive, never shows English words', async () => {
    await loadDefaultMission(); // the data is there at once: only the strings are awaited
    const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 900px"></div>`);
    const el = document.createElement('troop-counter');
    el.setAttribute('locale', 'fr');
    wrapper.append(el);
    // Every state the widget shows on its way, from its first render: the strings may arrive
    // before or after that render, so the test records what a reader could have seen either way.
    const seen: { state: string | null; text: string }[] = [];
    const record = () => {
      const root = el.shadowRoot?.querySelector('.root');
      if (root) seen.push({ state: root.getAttribute('data-state'), text: root.textContent ?? '' });
    };
    const observer = new MutationObserver(record);
    observer.observe(el.shadowRoot!, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    await settled(el);
    observer.disconnect();
    record();
    expect(seen.length).to.be.greaterThan(0);
    for (const { state, text } of seen) {
      expect(text, `while ${state}`).not.to.contain('deployed');
      if (state === 'pending') expect(text).to.contain('Chargement');
    }
    expect(seen.at(-1)!.state).to.equal('complete');
    expect(plain(el)).to.contain('personnes déployées');
  });
});

describe('five locales', () => {
  // Final figures at once: the counter shows its target, not a number on its way there.
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => clearMissionCache());

  for (const [locale, expected] of LOCALES) {
    describe(`locale="${locale}"`, () => {
      it(`troop-counter says "${expected.counter}"`, async () => {
        const el = await make('troop-counter', { locale, 'as-of': '2024-09-21' });
        expect(plain(el)).to.contain(expected.counter);
        await expect(el).to.be.accessible();
      });

      it(`contributor-list says ${expected.contributors.map((s) => `"${s}"`).join(', ')}`, async () => {
        const el = await make('contributor-list', { locale });
        for (const sentence of expected.contributors) expect(plain(el)).to.contain(sentence);
        await expect(el).to.be.accessible();
      });

      it(`event-timeline shows ${expected.event.join(', ')} and "${expected.latest}"`, async () => {
        const el = await make('event-timeline', { locale });
        const item = el.shadowRoot!.getElementById('event-jamaica-belize-arrive')!;
        const text = item.textContent!.replace(/\s+/g, ' ');
        for (const part of expected.event) expect(text).to.contain(part);
        expect(item.closest('section')!.querySelector('h3')!.textContent).to.equal(expected.year);
        expect(el.shadowRoot!.querySelector('.latest .tag')!.textContent).to.equal(expected.latest);
        await expect(el).to.be.accessible();
      });
    });
  }
});

describe('choosing the locale', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => clearMissionCache());

  const sentence = (el: Widget) =>
    el.shadowRoot!.querySelector('.counter > p.visually-hidden:not([aria-live])')!.textContent;

  const chain: [string, Attributes, Attributes, string][] = [
    [
      'fr-CA speaks French with Canadian formats',
      { locale: 'fr-CA' },
      {},
      'Environ 426 personnes déployées en Haïti sur un engagement de 1\u00a0250, 600 de plus en préparation, au 21 septembre 2024. Le Kenya\u00a0: chiffre du 16 juillet 2024.',
    ],
    [
      'es-MX speaks Spanish',
      { locale: 'es-MX' },
      {},
      'Unos 426 efectivos desplegados en Haití de 1,250 comprometidos, 600 más en preparación, al 21 de septiembre de 2024. Kenia: cifra del 16 de julio de 2024.',
    ],
    [
      'an unknown locale (xx) falls back to English',
      { locale: 'xx' },
      {},
      "About 426 personnel deployed in Haiti of 1,250 pledged, 600 more preparing, as of September 21, 2024. Kenya's figure is from July 16, 2024.",
    ],
    [
      'a language without strings (de) speaks English with English numbers and names, not a mix',
      { locale: 'de' },
      {},
      "About 426 personnel deployed in Haiti of 1,250 pledged, 600 more preparing, as of September 21, 2024. Kenya's figure is from July 16, 2024.",
    ],
    [
      'a malformed tag falls back to English',
      { locale: 'not a locale!' },
      {},
      "About 426 personnel deployed in Haiti of 1,250 pledged, 600 more preparing, as of September 21, 2024. Kenya's figure is from July 16, 2024.",
    ],
    [
      'without locale, the nearest lang (sw)',
      {},
      { lang: 'sw' },
      'Askari waliotumwa Haiti ni takriban 426 kati ya 1,250 walioahidiwa, wengine 600 wanajiandaa, kufikia 21 Septemba 2024. Kenya: takwimu za 16 Julai 2024.',
    ],
    [
      'the locale attribute before the nearest lang',
      { locale: 'ht' },
      { lang: 'sw' },
      'Apeprè 426 pèsonèl ki deplwaye nan peyi Ayiti sou 1\u202f250 yo te pwomèt, 600 lòt k ap prepare, nan dat 21 septanm 2024. Kenya: chif 16 jiyè 2024.',
    ],
  ];
  for (const [name, attributes, slot, expected] of chain) {
    it(`${name}`, async () => {
      let el: Widget | undefined;
      const noise = [
        ...(await capture('warn', async () => {
          const errors = await capture('error', async () => {
            el = await make('troop-counter', { 'as-of': '2024-09-21', ...attributes }, slot);
          });
          expect(errors).to.deep.equal([]);
        })),
      ];
      // A tag that is no language tag at all is junk: one warning naming it (README, "Attribute
      // values"); a well-formed tag we have no strings for falls back without a word.
      const junk =
        attributes.locale !== undefined && !/^[a-z]{2,3}(-[a-z0-9]+)*$/i.test(String(attributes.locale));
      expect(noise).to.have.length(junk ? 1 : 0);
      if (junk) expect(String(noise[0])).to.include('locale');
      expect(sentence(el!)).to.equal(expected);
    });
  }

  it('inherits lang through the shadow root of a component that holds the widget', async () => {
    const outer = await fixture<HTMLElement>(html`<section lang="es"><div></div></section>`);
    const shadow = outer.querySelector('div')!.attachShadow({ mode: 'open' });
    const el = document.createElement('contributor-list');
    shadow.append(el);
    await settled(el);
    expect(plain(el)).to.contain('8 países aportan personal.');
  });

  it('follows a change of the nearest lang attribute', async () => {
    const el = await make('event-timeline', {}, { lang: 'fr' });
    const wrapper = el.parentElement!;
    expect(plain(el)).to.contain('Déploiement');
    wrapper.lang = 'sw';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(plain(el)).to.contain('Upelekaji');
  });
});

describe('the language a screen reader speaks', () => {
  const root = (el: Widget) => el.shadowRoot!.querySelector('.root')!;
  const cases: [string, Attributes, Attributes, string, string][] = [
    ['French on an English page', { locale: 'fr-CA' }, { lang: 'en' }, 'fr', 'en'],
    ['Swahili from the nearest lang', {}, { lang: 'sw' }, 'sw', 'en'],
    ['English for a language without strings (de)', { locale: 'de' }, { lang: 'de' }, 'en', 'de'],
  ];
  for (const [name, attributes, slot, spoken, not] of cases) {
    it(`${name}: the widget's words are marked ${spoken}`, async () => {
      for (const tag of ['troop-counter', 'contributor-list', 'event-timeline'] as const) {
        const el = await make(tag, { 'as-of': '2024-09-21', ...attributes }, slot);
        expect(root(el).matches(`:lang(${spoken})`), tag).to.equal(true);
        expect(root(el).matches(`:lang(${not})`), tag).to.equal(false);
      }
    });
  }
});

describe("the language of the data's own words", () => {
  // The shipped story is written in English and French: a Spanish timeline shows English titles,
  // a Haitian Creole one French titles (Haiti's other official language).
  const cases: [string, string, string][] = [
    ['es', 'en', 'es'],
    ['ht', 'fr', 'ht'],
    ['fr', 'fr', 'fr'],
  ];
  for (const [locale, data, marks] of cases) {
    it(`${locale}: the file's titles and summaries are marked ${data}, the timeline's own marks ${marks}`, async () => {
      const el = await make('event-timeline', { locale, src: '/data/haiti-mss.json', to: '2025-12' });
      const item = (id: string) => el.shadowRoot!.querySelector(`#event-${id}`)!;
      for (const part of ['h4', '.summary'])
        expect(item('gsf-takes-over').querySelector(part)!.matches(`:lang(${data})`), part).to.equal(true);
      expect(item('phase-mss-end').querySelector('h4')!.matches(`:lang(${marks})`)).to.equal(true);
      // A phase's name, where its band begins, is the data's too.
      const names = [...el.shadowRoot!.querySelectorAll('[part=phase]')];
      expect(names.length).to.equal(2);
      for (const name of names) expect(name.matches(`:lang(${data})`), name.textContent!).to.equal(true);
      // The date and category beside them are the widget's words.
      expect(item('gsf-takes-over').querySelector('time')!.matches(`:lang(${marks})`)).to.equal(true);
    });
  }
});

describe('switching locale on a live widget', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => clearMissionCache());

  const cases: [Tag, string, string][] = [
    ['troop-counter', 'of 1,250 pledged', 'kati ya 1,250 walioahidiwa'],
    ['contributor-list', '3 countries contribute personnel.', 'Nchi 3 zinachangia askari.'],
    ['event-timeline', 'Deployment', 'Upelekaji'],
  ];
  for (const [tag, before, after] of cases) {
    it(`${tag} re-renders in place from English to Swahili and back`, async () => {
      const el = await make(tag, { locale: 'en' });
      const root = el.shadowRoot!.querySelector('.root');
      expect(plain(el)).to.contain(before);
      el.setAttribute('locale', 'sw');
      await el.updateComplete;
      expect(plain(el)).to.contain(after).and.not.contain(before);
      expect(el.shadowRoot!.querySelector('.root'), 'the same box, not a new one').to.equal(root);
      el.locale = 'en';
      await el.updateComplete;
      expect(plain(el)).to.contain(before);
    });
  }
});

describe('data texts in several languages', () => {
  afterEach(() => clearMissionCache());

  const titles = { en: 'Hello', fr: 'Bonjour', es: 'Hola', de: 'Hallo' };
  const cases: [string, string][] = [
    ['en', 'Hello'],
    ['es-MX', 'Hola'],
    ['fr-CA', 'Bonjour'],
    ['ht', 'Bonjour'],
    ['sw', 'Hello'],
    ['de', 'Hallo'],
    ['xx', 'Hello'],
  ];
  for (const [locale, expected] of cases) {
    it(`picks "${expected}" from a map of titles for ${locale}`, async () => {
      const doc = shippedCopy() as MissionInput;
      doc.events[0].title = titles;
      doc.events[1].title = 'Plain text';
      const el = await make('event-timeline', { locale, src: await serve(JSON.stringify(doc)) });
      const heading = (id: string) => el.shadowRoot!.querySelector(`#event-${id} h4`)!.textContent;
      expect(heading(doc.events[0].id)).to.equal(expected);
      expect(heading(doc.events[1].id), 'a plain string as it is').to.equal('Plain text');
    });
  }

  it("falls back to the document's language before English", async () => {
    const doc = shippedCopy() as MissionInput;
    doc.language = 'fr';
    doc.events[0].title = { en: 'Hello', fr: 'Bonjour' };
    const el = await make('event-timeline', { locale: 'sw', src: await serve(JSON.stringify(doc)) });
    expect(el.shadowRoot!.querySelector(`#event-${doc.events[0].id} h4`)!.textContent).to.equal('Bonjour');
  });
});

describe('plurals', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => clearMissionCache());

  /** The shipped data with Belize's 2 soldiers on the ground turned into `count`. */
  async function belize(count: number): Promise<string> {
    const doc = shippedCopy() as MissionInput;
    const bz = doc.contributors.find((c) => c.id === 'BZ')!;
    bz.personnel!.find((p) => p.status === 'deployed')!.count = count;
    return serve(JSON.stringify(doc));
  }

  const cases: [string, number, string, string][] = [
    ['en', 1, 'Belize contributes personnel.', 'Belize: 1 soldier deployed since September 2024'],
    ['en', 2, 'Belize contributes personnel.', 'Belize: 2 soldiers deployed since September 2024'],
    ['fr', 1, 'Le Belize fournit du personnel.', 'Belize : 1 militaire déployé depuis septembre 2024'],
    ['fr', 2, 'Le Belize fournit du personnel.', 'Belize : 2 militaires déployés depuis septembre 2024'],
    ['es', 1, 'Belice aporta personal.', 'Belice: 1 soldado desplegado desde septiembre de 2024'],
    ['es', 2, 'Belice aporta personal.', 'Belice: 2 soldados desplegados desde septiembre de 2024'],
    ['sw', 1, 'Belize inachangia askari.', 'Belize: mwanajeshi 1 aliyetumwa tangu Septemba 2024'],
    ['sw', 2, 'Belize inachangia askari.', 'Belize: wanajeshi 2 waliotumwa tangu Septemba 2024'],
    ['ht', 1, 'Beliz bay pèsonèl.', 'Beliz: 1 sòlda deplwaye depi septanm 2024'],
    ['ht', 2, 'Beliz bay pèsonèl.', 'Beliz: 2 sòlda deplwaye depi septanm 2024'],
  ];
  for (const [locale, count, summary, sentence] of cases) {
    it(`${locale}, ${count}: "${summary}" and "${sentence}"`, async () => {
      const el = await make('contributor-list', { locale, country: 'BZ', src: await belize(count) });
      expect(plain(el)).to.contain(summary).and.contain(sentence);
    });
  }

  const labels: [string, number, string][] = [
    ['es', 1, '1 efectivo desplegado en Haití'],
    ['es', 2, '2 efectivos desplegados en Haití'],
    ['fr', 1, '1 personne déployée en Haïti'],
    ['fr', 2, '2 personnes déployées en Haïti'],
    ['sw', 1, 'askari aliyetumwa Haiti ni 1'],
    ['sw', 2, 'askari waliotumwa Haiti ni 2'],
  ];
  for (const [locale, count, expected] of labels) {
    it(`troop-counter for Belize alone in ${locale} with ${count} deployed: "${expected}"`, async () => {
      const el = await make('troop-counter', { locale, country: 'BZ', src: await belize(count) });
      expect(plain(el)).to.contain(expected);
    });
  }
});
