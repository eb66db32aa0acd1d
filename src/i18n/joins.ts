/** Small pieces that several languages' catalogs share. */
import { countryName, pluralRules } from './format.js';
import { uiLocale, type LazyCatalog } from './languages.js';
import { intlLocales, messagesFor } from './locale.js';

/** Whether `count` takes the singular in `locale`. */
export const isOne = (locale: string, count: number): boolean => pluralRules(locale).select(count) === 'one';
/** A figure, then what it counts: "about 426 personnel deployed…". */
export const figureFirst = (figure: string, label: string): string => `${figure} ${label}`;
/** A text about something named: "Jamaica: about 24 soldiers…". */
export const named = (name: string, text: string): string => `${name}: ${text}`;

const lists = new Map<string, Intl.ListFormat>();

/** Names joined as the locale does: "Kenya and the United States", "le Kenya et les États-Unis". */
export function formatList(names: readonly string[], locale: string): string {
  // Browsers hold no Haitian Creole lists yet, and French's "et" is not Creole.
  if (uiLocale(locale) === 'ht')
    return names.length > 1
      ? `${names.slice(0, -1).join(', ')} ak ${names[names.length - 1]}`
      : names.join('');
  try {
    let list = lists.get(locale);
    if (!list) lists.set(locale, (list = new Intl.ListFormat(intlLocales(locale))));
    return list.format(names);
  } catch {
    // A browser without `Intl.ListFormat`: the names with commas, in every language.
    return names.join(', ');
  }
}

/** How a language writes a country's name inside a sentence. */
export interface JoinMessages {
  /** The name with its article where the language wants one: "the Bahamas", "le Kenya". */
  country: (code: string, name: string) => string;
  /**
   * The language's own country names, for a language the browsers' `Intl` has none for (Haitian
   * Creole, where they give French ones): the countries of the shipped story at least.
   */
  names?: Readonly<Record<string, string>>;
}

// The countries English names with "the" in running text.
const EN_THE = 'BS CF DO GB GM KM KY MH MV NL PH SB TC US AE VI';

export const joins: LazyCatalog<'joins'> = {
  key: 'joins',
  en: { country: (code, name) => (EN_THE.includes(code) ? `the ${name}` : name) },
};

/**
 * A country's name in the locale, as a heading or label ("United States", "Etazini"): the
 * language's own table where it has one (no browser's `Intl` names regions in Creole), else `Intl`'s.
 */
export const countryLabel = (code: string, locale: string): string =>
  messagesFor(joins, locale).names?.[code] ?? countryName(code, locale);

/** A country's name as it stands in a sentence ("the United States"), not as a heading. */
export const countryInText = (code: string, locale: string): string =>
  messagesFor(joins, locale).country(code, countryLabel(code, locale));
