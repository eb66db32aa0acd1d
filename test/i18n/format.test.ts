import { expect } from '@open-wc/testing';
import { countryName, formatDate, formatNumber } from '../../src/i18n/format.js';
import { formatMoney } from '../../src/i18n/money.js';
import { canonicalLocale, localText, uiLocale } from '../../src/i18n/locale.js';

describe('formatting', () => {
  const dates: [string, string, string][] = [
    ['2021', 'en', '2021'],
    ['2023-07', 'en', 'July 2023'],
    ['2024-06-25', 'en-GB', '25 June 2024'],
    ['2024-06-25', 'en-US', 'June 25, 2024'],
    ['2021', 'fr', '2021'],
    ['2023-07', 'fr', 'juillet 2023'],
    ['2024-06-25', 'fr', '25 juin 2024'],
    ['2024-01-01', 'fr', '1er janvier 2024'],
  ];
  for (const [date, locale, expected] of dates) {
    it(`writes ${date} in ${locale} as "${expected}", in any time zone`, () => {
      expect(formatDate(date, locale)).to.equal(expected);
    });
  }

  const numbers: [number, string, string][] = [
    [1000, 'en', '1,000'],
    [1000, 'fr', '1\u202f000'],
    [426, 'fr', '426'],
  ];
  for (const [value, locale, expected] of numbers) {
    it(`writes ${value} in ${locale} as ${JSON.stringify(expected)}`, () => {
      expect(formatNumber(value, locale)).to.equal(expected);
    });
  }

  const money: [number, string, string, string][] = [
    [100_000_000, 'USD', 'en', '100 million US dollars'],
    [300_000_000, 'USD', 'fr', '300 millions de dollars des États-Unis'],
    [86_200_000, 'CAD', 'en', '86.2 million Canadian dollars'],
    [86_200_000, 'CAD', 'fr', '86,2 millions de dollars canadiens'],
    [5_000, 'USD', 'en', '5,000 US dollars'],
  ];
  for (const [amount, currency, locale, expected] of money) {
    it(`writes ${amount} ${currency} in ${locale} as "${expected}"`, () => {
      expect(formatMoney(amount, currency, locale).replace(/\u00a0|\u202f/g, ' ')).to.equal(expected);
    });
  }

  const countries: [string, string, string][] = [
    ['KE', 'en', 'Kenya'],
    ['JM', 'fr', 'Jamaïque'],
    ['US', 'es', 'Estados Unidos'],
  ];
  for (const [code, locale, name] of countries) {
    it(`names ${code} in ${locale} "${name}"`, () => {
      expect(countryName(code, locale)).to.equal(name);
    });
  }
});

describe('locale', () => {
  const ui: [string, string][] = [
    ['fr-CA', 'fr'],
    ['FR', 'fr'],
    ['en-GB', 'en'],
    ['de', 'en'],
  ];
  for (const [locale, expected] of ui) {
    it(`speaks ${expected} for ${locale}`, () => expect(uiLocale(locale)).to.equal(expected));
  }

  it('turns a malformed tag into English instead of throwing in Intl', () => {
    expect(canonicalLocale('not a locale!')).to.equal('en');
    expect(canonicalLocale('fr-ca')).to.equal('fr-CA');
    expect(canonicalLocale(undefined)).to.equal('en');
  });

  const texts: [string, string, string][] = [
    ['fr-CA', 'en', 'Bonjour'],
    ['es', 'fr', 'Bonjour'],
    ['es', 'de', 'Hello'],
  ];
  for (const [locale, documentLanguage, expected] of texts) {
    it(`picks "${expected}" for ${locale} when the document language is ${documentLanguage}`, () => {
      expect(localText({ en: 'Hello', fr: 'Bonjour' }, locale, documentLanguage)).to.equal(expected);
    });
  }

  it('uses a plain string as it is', () => {
    expect(localText('Hello', 'fr')).to.equal('Hello');
  });
});
