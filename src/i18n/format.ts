/** Formatting through `Intl` only; dates are calendar days, formatted at UTC midnight. */
import { parsePartialDate, toUtcDate, type PartialDate } from '../data/dates.js';
import { intlLocales } from './locale.js';

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames | Intl.PluralRules;
const cache = new Map<string, Formatter>();
function cached<T extends Formatter>(key: string, make: () => T): T {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    cache.set(key, formatter);
  }
  return formatter;
}

export function formatNumber(value: number, locale: string): string {
  return cached(`n ${locale}`, () => new Intl.NumberFormat(intlLocales(locale))).format(value);
}

const DATE_OPTIONS = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
} as const;

/** A partial date at its own precision: "2021", "July 2023", "25 June 2024". */
export function formatDate(date: PartialDate, locale: string): string {
  const precision = parsePartialDate(date)?.precision ?? 'day';
  const formatter = cached(
    `d ${precision} ${locale}`,
    () => new Intl.DateTimeFormat(intlLocales(locale), { ...DATE_OPTIONS[precision], timeZone: 'UTC' }),
  );
  const text = formatter.format(toUtcDate(date));
  // French writes the first of the month as an ordinal, "1er octobre", which `Intl` does not.
  return precision === 'day' && isFrench(locale) ? text.replace(/^1(?=\s)/, '1er') : text;
}

const isFrench = (locale: string) => /^fr(?:-|$)/i.test(locale);

/**
 * Money in words that no reader can misread ("100 million US dollars", "86.2 million Canadian
 * dollars"): a bare "$" would be ambiguous in a story with several dollars.
 */
export function formatMoney(amount: number, currency: string, locale: string): string {
  const compact = amount >= 1_000_000;
  const formatter = cached(
    `m ${currency} ${compact} ${locale}`,
    () =>
      new Intl.NumberFormat(intlLocales(locale), {
        style: 'currency',
        currency,
        currencyDisplay: 'name',
        maximumFractionDigits: compact ? 1 : 0,
        ...(compact ? { notation: 'compact', compactDisplay: 'long' } : {}),
      }),
  );
  const text = formatter.format(amount);
  // "300 millions de dollars", "1,5 milliard d'euros": French needs "de" between a large number
  // and the currency's name, which `Intl` leaves out.
  return isFrench(locale) || intlLocales(locale)[1] === 'fr'
    ? text.replace(/\b(millions?|milliards?|billions?)\s+(?!d[e’'])(\S)/u, (_, unit: string, next: string) =>
        /[aeiouyéèêh]/i.test(next) ? `${unit} d’${next}` : `${unit} de ${next}`,
      )
    : /^es(?:-|$)/i.test(locale)
      ? // "300 millones de dólares": Spanish too.
        text.replace(/\b(millón|millones|billón|billones)\s+(?!de )/u, '$1 de ')
      : text;
}

/** A country's name in the locale, from `Intl.DisplayNames`; the code itself if unknown. */
export function countryName(code: string, locale: string): string {
  try {
    return (
      cached(`r ${locale}`, () => new Intl.DisplayNames(intlLocales(locale), { type: 'region' })).of(code) ??
      code
    );
  } catch {
    return code;
  }
}

/** The locale's plural rules ("1 officer", "2 officers"). */
export function pluralRules(locale: string): Intl.PluralRules {
  return cached(`p ${locale}`, () => new Intl.PluralRules(intlLocales(locale)));
}
