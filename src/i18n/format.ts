/** Formatting through `Intl` only; dates are calendar days, formatted at UTC midnight. */
import { parsePartialDate, toUtcDate, type PartialDate } from '../data/dates.js';
import { bag } from '../data/own.js';
import { languagePack } from './languages.js';
import { intlLocales } from './locale.js';

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames | Intl.PluralRules;
const cache = new Map<string, Formatter>();
/**
 * A formatter made once per key; `undefined` where the browser lacks or breaks that part of
 * `Intl` (an old engine, a page that replaced it), and the caller then says it in plain words.
 * Options are passed without a prototype: `Intl` reads them through the chain.
 */
export function cached<T extends Formatter>(key: string, make: () => T): T | undefined {
  let formatter = cache.get(key) as T | undefined;
  if (!formatter) {
    try {
      formatter = make();
    } catch {
      return undefined;
    }
    cache.set(key, formatter);
  }
  return formatter;
}

/** Calls a formatter, or the plain-words fallback when there is none or it throws. */
export function attempt(format: (() => string) | undefined, plain: () => string): string {
  try {
    return format?.() ?? plain();
  } catch {
    return plain();
  }
}

/** `-0` reads as 0, never "-0". */
const unsigned = (value: number) => (Object.is(value, -0) ? 0 : value);

/** Digits grouped by threes, for a browser without `Intl.NumberFormat`. */
const plainNumber = (value: number) =>
  String(unsigned(value)).replace(/^(-?\d+)/, (digits) => digits.replace(/\B(?=(\d{3})+$)/g, ','));

export function formatNumber(value: number, locale: string): string {
  const formatter = cached(`n ${locale}`, () => new Intl.NumberFormat(intlLocales(locale)));
  return attempt(formatter && (() => formatter.format(unsigned(value))), () => plainNumber(value));
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
    () => new Intl.DateTimeFormat(intlLocales(locale), bag({ ...DATE_OPTIONS[precision], timeZone: 'UTC' })),
  );
  const day = toUtcDate(date);
  // A language `Intl` lacks says its own months ("25 jen 2024" in Creole, not "25 juin 2024").
  const words = languagePack(locale)?.intl;
  // Without `Intl.DateTimeFormat`, the date as the data writes it: "2024-09-26".
  const text = attempt(
    formatter && (() => (words ? words(formatter.formatToParts(day)) : formatter.format(day))),
    () => date,
  );
  // French writes the first of the month as an ordinal, "1er octobre", which `Intl` does not.
  return precision === 'day' && isFrench(locale) ? text.replace(/^1(?=\s)/, '1er') : text;
}

export const isFrench = (locale: string) => /^fr(?:-|$)/i.test(locale);

/** A country's name in the locale, from `Intl.DisplayNames`; the code itself if unknown. */
export function countryName(code: string, locale: string): string {
  const names = cached(
    `r ${locale}`,
    () => new Intl.DisplayNames(intlLocales(locale), bag({ type: 'region' } as const)),
  );
  return attempt(names && (() => names.of(code) ?? code), () => code);
}

/** The locale's plural rules ("1 officer", "2 officers"). */
export type PluralRules = Pick<Intl.PluralRules, 'select'>;
export function pluralRules(locale: string): PluralRules {
  const rules = cached(`p ${locale}`, () => new Intl.PluralRules(intlLocales(locale)));
  // Without `Intl.PluralRules`: English's rule, which most of our languages share for 1.
  const plain = (count: number): Intl.LDMLPluralRule => (count === 1 ? 'one' : 'other');
  return {
    select: (count) =>
      attempt(rules && (() => rules.select(count)), () => plain(count)) as Intl.LDMLPluralRule,
  };
}
