import { expect } from '@open-wc/testing';
import { validateMission } from '../../src/data/validate.js';
import type { MissionData } from '../../src/data/schema.js';
import { counterView } from '../../src/views/troop-counter.js';
import { shippedCopy } from '../data/fixtures.js';
import { common, statusMessages } from '../../src/i18n/common.js';
import { contributorList } from '../../src/i18n/contributor-list.js';
import { formatList, timeline } from '../../src/i18n/event-timeline.js';
import { countryName, formatDate, formatNumber, pluralRules } from '../../src/i18n/format.js';
import { formatMoney } from '../../src/i18n/money.js';
import { languagePack, loadLanguage } from '../../src/i18n/languages.js';
import {
  intlLocales,
  localText,
  messagesFor,
  spokenLocale,
  uiLocale,
  UI_LOCALES,
  type UiLocale,
} from '../../src/i18n/locale.js';
import { troopCounter } from '../../src/i18n/troop-counter.js';
import { counterHistoryMessages } from '../../src/i18n/counter-history.js';
import { countryInText } from '../../src/i18n/joins.js';

/** Every string a locale's catalogs can produce, from placeholder arguments without digits. */
function everything(locale: UiLocale): string[] {
  const c = { ...statusMessages[locale], ...messagesFor(common, locale) };
  const t = messagesFor(troopCounter, locale);
  const h = messagesFor(counterHistoryMessages, locale);
  const l = messagesFor(contributorList, locale);
  const m = messagesFor(timeline, locale);
  const statuses = ['deployed', 'pledged', 'preparing'] as const;
  const kinds = ['police', 'military', 'civilian', 'mixed', undefined] as const;
  const targets = ['pledged', 'authorised', 'planned'] as const;
  const moneys = ['pledged', 'committed', 'received', 'frozen', 'withdrawn'] as const;
  return [
    c.loading,
    c.unavailable,
    c.about('N'),
    c.sources,
    c.stale('D'),
    c.source('P', 'D'),
    c.source('P'),
    c.present,
    c.unreported,
    c.orMore('N'),
    c.note('T'),
    c.note('T', 'C'),
    c.disagree(['A', 'B']),
    c.disagree(['A', 'B'], 'C'),
    ...statuses.flatMap((status) => [
      t.label(status, 'H', 1),
      t.label(status, 'H', 2),
      t.label(status, undefined, 2),
      t.label(status, 'H', 2, 'W'),
    ]),
    t.head('N', 'L'),
    ...targets.flatMap((kind) => [t.of(kind, 'N'), t.target(kind, 'N'), t.above(kind, 'E', 'N')]),
    t.ended('P'),
    t.left('D', true),
    t.left('D', false),
    t.had('N'),
    t.sources(['A', 'B'], 'N'),
    t.sources(['A']),
    t.totalShown('N'),
    t.sumShown('N', 'D'),
    t.partDate('C', 'D', false),
    t.partDate('C', 'D', true),
    t.casualties('K', 'I', [true, false]),
    h.boundary('P', 'start', 'D'),
    h.boundary('P', 'end', 'D'),
    t.deployed('N'),
    t.preparing('N'),
    t.asOf('D'),
    t.scoped('C', 'T'),
    t.noPersonnel,
    t.noFigure('D'),
    t.noFigure('D', 'L'),
    h.history(['A', 'B']),
    h.point('N', 'D'),
    l.caption,
    ...[true, false].flatMap((one) => [
      l.countries('N', one, true),
      l.countries('N', one, false),
      l.organisations('N', one, true),
      l.organisations('N', one, false),
    ]),
    ...Object.values(l.head),
    ...Object.values(l.role),
    ...Object.values(l.kind),
    ...statuses.flatMap((status) =>
      kinds.flatMap((kind) => [true, false].map((one) => l.people('N', one, kind, status, 'D'))),
    ),
    ...moneys.map((status) => l.money('M', status)),
    l.period('M', 'P'),
    l.between('A', 'B'),
    l.between(undefined, 'B'),
    l.since('D'),
    l.none,
    l.unreported,
    ...(['all', 'personnel', 'funding'] as const).map((show) => l.nothing(show, 'D')),
    l.source('N', 'D'),
    l.named('C', 'T'),
    ...Object.values(m.categories),
    m.latest,
    m.filter,
    m.summary,
    m.none,
    m.noneYet('D'),
    m.phaseStart('P'),
    m.phaseEnd('P'),
    m.decision('B', 'R', ['F', 'A', 'S']),
    ...(['killed', 'injured', 'missing'] as const).flatMap((what) => [
      m.casualty(what, 'N', true),
      m.casualty(what, 'N', false),
    ]),
  ];
}

describe('interface catalogs', () => {
  before(() => Promise.all(UI_LOCALES.map((locale) => loadLanguage(locale))));

  it('hold English, French, Haitian Creole, Spanish and Swahili', () => {
    expect([...UI_LOCALES]).to.deep.equal(['en', 'fr', 'ht', 'es', 'sw']);
    expect(Object.keys(statusMessages)).to.have.members([...UI_LOCALES]);
    for (const locale of UI_LOCALES.filter((locale) => locale !== 'en')) {
      expect(Object.keys(languagePack(locale) ?? {}), locale).to.have.members([
        'common',
        'troopCounter',
        'counterHistory',
        'contributorList',
        'timeline',
        'joins',
        // Creole only: the words browsers' `Intl` would say in French.
        ...(locale === 'ht' ? ['intl'] : []),
      ]);
    }
  });

  for (const locale of UI_LOCALES) {
    it(`${locale}: no digit is written by hand, every number comes from Intl`, () => {
      for (const text of everything(locale)) expect(text, text).not.to.match(/\d/);
    });

    it(`${locale}: every string is there, and different from English where it should be`, () => {
      const strings = everything(locale);
      for (const text of strings) expect(text.trim(), 'not empty').not.to.equal('');
      if (locale === 'en') return;
      const english = everything('en');
      const translated = strings.filter((text, i) => text !== english[i]);
      // Only the joins that are the same everywhere ("P, D", "C: T", "Sources" in French) may match.
      expect(translated.length / strings.length).to.be.above(0.85);
    });
  }

  const people: [UiLocale, boolean, string][] = [
    ['en', true, '1 police officer deployed since June 2024'],
    ['en', false, '2 police officers deployed since June 2024'],
    ['fr', true, '1 policier déployé depuis juin 2024'],
    ['fr', false, '2 policiers déployés depuis juin 2024'],
    ['ht', true, '1 polisye deplwaye depi jen 2024'],
    ['ht', false, '2 polisye deplwaye depi jen 2024'],
    ['es', true, '1 policía desplegado desde junio de 2024'],
    ['es', false, '2 policías desplegados desde junio de 2024'],
    ['sw', true, 'polisi 1 aliyetumwa tangu Juni 2024'],
    ['sw', false, 'polisi 2 waliotumwa tangu Juni 2024'],
  ];
  for (const [locale, one, expected] of people) {
    it(`${locale}: "${expected}"`, () => {
      const count = one ? 1 : 2;
      expect(pluralRules(locale).select(count) === 'one').to.equal(one);
      const since = formatDate('2024-06', locale);
      expect(
        messagesFor(contributorList, locale).people(String(count), one, 'police', 'deployed', since),
      ).to.equal(expected);
    });
  }

  it('says the Swahili headline with the number after what it counts', async () => {
    await loadLanguage('sw');
    const mission = validateMission(shippedCopy()).data as MissionData;
    const { sentence } = counterView(mission, { locale: 'sw', asOf: '2024-09-21' });
    expect(sentence).to.contain(
      'Askari waliotumwa Haiti ni takriban 426 kati ya 1,250 walioahidiwa, wengine 600 wanajiandaa, kufikia 21 Septemba 2024.',
    );
  });
});

describe('locale fallback', () => {
  const spoken: [string, string][] = [
    ['en', 'en'],
    ['fr-CA', 'fr-CA'],
    ['ht', 'ht'],
    ['ht-HT', 'ht-HT'],
    ['es-MX', 'es-MX'],
    ['sw-KE', 'sw-KE'],
    ['de', 'en'],
    ['xx', 'en'],
  ];
  for (const [tag, expected] of spoken) {
    it(`speaks ${expected} for ${tag}, in the strings of ${uiLocale(tag)}`, () => {
      expect(spokenLocale(tag)).to.equal(expected);
    });
  }

  it('formats Haitian Creole in French, which browsers have, but for its own words', async () => {
    expect(intlLocales('ht')).to.deep.equal(['ht', 'fr']);
    expect(intlLocales('sw')).to.deep.equal(['sw']);
    expect(formatNumber(1250, 'ht')).to.equal(formatNumber(1250, 'fr'));
    expect(countryName('US', 'ht')).to.equal('États-Unis');
    expect(formatList(['A', 'B'], 'ht')).to.equal('A ak B');
    // Once its strings are in: its months, and money's units and currencies.
    await loadLanguage('ht');
    const money = (amount: number, currency: string) =>
      formatMoney(amount, currency, 'ht').replace(/\s/g, ' ');
    expect(formatDate('2024-09', 'ht')).to.equal('septanm 2024');
    expect(formatDate('2024-06-25', 'ht')).to.equal('25 jen 2024');
    expect(formatDate('2026-03-01', 'ht')).to.equal('1ye mas 2026');
    expect(formatDate('2026-03-11', 'ht')).to.equal('11 mas 2026');
    expect(money(110_300_000, 'USD')).to.equal('110,3 milyon dola ameriken');
    expect(money(86_200_000, 'CAD')).to.equal('86,2 milyon dola kanadyen');
    expect(money(1_500_000_000, 'EUR')).to.equal('1,5 milya ewo');
    expect(money(100_000, 'USD')).to.equal('100 000 dola ameriken');
    // A currency Creole has no name for here keeps the browser's, after a Creole unit.
    expect(money(2_000_000, 'CHF')).to.equal('2 milyon francs suisses');
  });

  const formats: [string, string, string, string, string][] = [
    // [locale, 1250, a month, a country, money]
    ['es', '1250', 'septiembre de 2024', 'Estados Unidos', '300 millones de dólares estadounidenses'],
    ['sw', '1,250', 'Septemba 2024', 'Marekani', 'dola za Marekani milioni 300'],
  ];
  for (const [locale, number, month, country, money] of formats) {
    it(`formats in ${locale}: ${number}, ${month}, ${country}, ${money}`, () => {
      expect(formatNumber(1250, locale)).to.equal(number);
      expect(formatDate('2024-09', locale)).to.equal(month);
      expect(countryName('US', locale)).to.equal(country);
      expect(formatMoney(300_000_000, 'USD', locale).replace(/\u00a0/g, ' ')).to.equal(money);
    });
  }

  const texts: [string, string][] = [
    ['ht', 'Bonjour'],
    ['ht-HT', 'Bonjour'],
    ['sw', 'Hello'],
    ['es-419', 'Hola'],
  ];
  for (const [locale, expected] of texts) {
    it(`picks "${expected}" from a data text for ${locale}`, () => {
      expect(localText({ en: 'Hello', fr: 'Bonjour', es: 'Hola' }, locale, 'en')).to.equal(expected);
    });
  }

  it('gives messages by language', () => {
    expect(messagesFor(common, 'ht-HT').sources).to.equal('Sous');
    expect(messagesFor(common, 'sw-TZ').sources).to.equal('Vyanzo');
    expect(messagesFor(common, 'es-419').sources).to.equal('Fuentes');
    expect(messagesFor(common, 'pt').sources).to.equal('Sources');
  });

  const inText: [string, string, string][] = [
    ['en', 'KE US', 'Kenya and the United States'],
    ['en', 'BS JM', 'the Bahamas and Jamaica'],
    ['fr', 'KE US', 'le Kenya et les États-Unis'],
    ['fr', 'BS JM MX DE HT', 'les Bahamas, la Jamaïque, le Mexique, l’Allemagne et Haïti'],
    ['es', 'KE BS', 'Kenia y las Bahamas'],
    ['ht', 'KE US JM', 'Kenya, Etazini ak Jamayik'],
    ['sw', 'KE US', 'Kenya na Marekani'],
  ];
  for (const [locale, codes, expected] of inText) {
    it(`${locale}: names countries in running text with their articles (${codes})`, () => {
      const names = codes.split(' ').map((code) => countryInText(code, locale));
      expect(formatList(names, locale)).to.equal(expected);
    });
  }
});
