/**
 * Countries as the five languages write them: in a sentence with their articles ("Kenya and the
 * United States", "le Kenya et les États-Unis"), and in Haitian Creole by their Creole names,
 * which no browser's `Intl` has (each gives French ones, or English).
 */
import { expect } from '@open-wc/testing';
import shipped from '../../data/haiti-mss.json' with { type: 'json' };
import { countriesInText } from '../../src/i18n/event-timeline.js';
import { countryInText, countryLabel } from '../../src/i18n/joins.js';
import { countryName } from '../../src/i18n/format.js';
import { loadLanguage } from '../../src/i18n/languages.js';

const LANGUAGES = ['en', 'fr', 'ht', 'es', 'sw'] as const;

/** Every country the shipped story names: its host, its contributors and its events'. */
const SHIPPED = [
  ...new Set([
    shipped.host,
    ...shipped.contributors.flatMap((c) => ('country' in c && c.country ? [c.country] : [])),
    ...shipped.events.flatMap((event) => event.countries ?? []),
  ]),
].sort();

describe('countries in the five languages', () => {
  before(() => Promise.all(LANGUAGES.map((locale) => loadLanguage(locale))));

  const LISTS: Record<(typeof LANGUAGES)[number], string> = {
    en: 'Kenya, the Bahamas, and the United States',
    fr: 'le Kenya, les Bahamas et les États-Unis',
    ht: 'Kenya, Bahamas ak Etazini',
    es: 'Kenia, las Bahamas y Estados Unidos',
    sw: 'Kenya, Bahama na Marekani',
  };
  for (const locale of LANGUAGES) {
    it(`${locale}: "${LISTS[locale]}"`, () => {
      expect(countriesInText(['KE', 'BS', 'US'], locale)).to.equal(LISTS[locale]);
    });
  }

  it('Creole: every country of the shipped story by its Creole name, never the French one', () => {
    const french = SHIPPED.filter((code) => countryLabel(code, 'ht') === countryName(code, 'fr'));
    // The same in both languages: the Bahamas, Kenya, Sri Lanka, Panama and Chad (Tchad).
    expect(french).to.deep.equal(['BS', 'KE', 'LK', 'PA', 'TD']);
    expect(['US', 'HT', 'DO', 'JM', 'MX', 'TD'].map((code) => countryInText(code, 'ht'))).to.deep.equal([
      'Etazini',
      'Ayiti',
      'Repiblik Dominikèn',
      'Jamayik',
      'Meksik',
      'Tchad',
    ]);
  });

  it("Creole: Intl's own name wherever the table has none (a country the story does not name)", () => {
    expect(countryLabel('JP', 'ht')).to.equal(countryName('JP', 'ht'));
    expect(countryLabel('JP', 'ht')).not.to.equal('JP');
  });

  it("the other languages keep Intl's names", () => {
    for (const locale of ['en', 'fr', 'es', 'sw'])
      for (const code of SHIPPED) expect(countryLabel(code, locale)).to.equal(countryName(code, locale));
  });
});
