/** Money in words, apart from the other formats: only the contributor list shows money. */
import { attempt, cached, formatNumber, isFrench } from './format.js';
import { bag } from '../data/own.js';
import { languagePack } from './languages.js';
import { intlLocales } from './locale.js';

/**
 * Money in words that no reader can misread ("100 million US dollars", "86.2 million Canadian
 * dollars"): a bare "$" would be ambiguous in a story with several dollars.
 */
export function formatMoney(amount: number, currency: string, locale: string): string {
  const compact = amount >= 1_000_000;
  const formatter = cached(
    `m ${currency} ${compact} ${locale}`,
    () =>
      new Intl.NumberFormat(
        intlLocales(locale),
        bag<Intl.NumberFormatOptions>({
          style: 'currency',
          currency,
          currencyDisplay: 'name',
          // Explicit: WebKit and Node 20 otherwise keep the currency's decimals ("300.0 million").
          minimumFractionDigits: 0,
          maximumFractionDigits: compact ? 1 : 0,
          ...(compact ? { notation: 'compact', compactDisplay: 'long' } : {}),
        }),
      ),
  );
  // A language `Intl` lacks says its own units and currencies ("110,3 milyon dola ameriken").
  const words = languagePack(locale)?.intl;
  // Without `Intl` (or its compact notation), the whole amount and the currency's code.
  const text = attempt(
    formatter &&
      (() => (words ? words(formatter.formatToParts(amount), currency) : formatter.format(amount))),
    () => `${formatNumber(Math.round(amount), locale)} ${currency}`,
  );
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
