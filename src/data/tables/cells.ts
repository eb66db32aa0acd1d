/**
 * Reading one spreadsheet cell as a value of the mission file, with the message an editor reads
 * when it cannot be: what was expected, and what was found, quoted as the cell shows it.
 */
import { isDay, isPartialDate } from '../dates.js';
import { isCountryCode } from '../countries.js';
import { isolate } from '../isolate.js';

export { isCountryCode };

export type Cell<T> = { ok: true; value: T } | { ok: false; message: string };

const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
const found = (raw: string) => isolate(`'${raw.length > 40 ? `${raw.slice(0, 37)}...` : raw}'`);
const fail = (expected: string, raw: string, hint = ''): { ok: false; message: string } => ({
  ok: false,
  message: `expected ${expected}, found ${found(raw)}${hint}`,
});

export function wholeNumber(raw: string): Cell<number> {
  return /^\d{1,15}$/.test(raw) ? ok(Number(raw)) : fail('a whole number', raw);
}

export function amount(raw: string): Cell<number> {
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(raw)) return fail('a number without thousands separators', raw);
  if (/^\d+,\d+$/.test(raw)) return fail('a number with a point for decimals', raw);
  if (/^\d+(\.\d+)?(e[+-]?\d+)?$/i.test(raw) && Number.isFinite(Number(raw))) return ok(Number(raw));
  return fail('a number', raw);
}

const YES = ['yes', 'true', 'y', '1', 'x'];
const NO = ['no', 'false', 'n', '0'];
export function yesNo(raw: string): Cell<boolean> {
  const word = raw.toLowerCase();
  if (YES.includes(word)) return ok(true);
  if (NO.includes(word)) return ok(false);
  return fail('yes or no', raw);
}

const MONTH_FIRST_HINT = (year: string, a: string, b: string) =>
  Number(a) > 12 && Number(b) <= 12
    ? ` (write ${year}-${b.padStart(2, '0')}-${a.padStart(2, '0')})`
    : Number(b) > 12 && Number(a) <= 12
      ? ` (write ${year}-${a.padStart(2, '0')}-${b.padStart(2, '0')})`
      : '';

/** A day/month/year or month/day/year date gets a hint when only one reading is a real date. */
function dateHint(raw: string): string {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(raw);
  return match ? MONTH_FIRST_HINT(match[3], match[1], match[2]) : '';
}

export function day(raw: string): Cell<string> {
  if (isDay(raw)) return ok(raw);
  return fail('a day as YYYY-MM-DD', raw, dateHint(raw));
}

export function partialDate(raw: string): Cell<string> {
  if (/^\d{4}(-\d{2}(-\d{2})?)?$/.test(raw) && isPartialDate(raw)) return ok(raw);
  return fail('a date as YYYY, YYYY-MM or YYYY-MM-DD', raw, dateHint(raw));
}

export function country(raw: string): Cell<string> {
  const code = raw.toUpperCase();
  if (!/^[A-Za-z]{2}$/.test(raw)) return fail('a two-letter country code such as KE', raw);
  if (raw !== code) return fail(`a country code in capitals (${code})`, raw);
  return isCountryCode(code) ? ok(code) : fail('a known two-letter country code such as KE', raw);
}

export function currency(raw: string): Cell<string> {
  return /^[A-Z]{3}$/.test(raw) ? ok(raw) : fail('a three-letter currency code such as USD', raw);
}

export function id(raw: string): Cell<string> {
  return /^[A-Za-z0-9][\w.-]{0,63}$/.test(raw)
    ? ok(raw)
    : fail('an id of letters, digits, "-", "_" or "." (at most 64)', raw);
}

/** A list of ids in one cell, separated by spaces, commas or semicolons. */
export function ids(raw: string): Cell<string[]> {
  const parts = raw.split(/[\s,;]+/).filter(Boolean);
  const bad = parts.find((part) => !id(part).ok);
  return bad === undefined ? ok(parts) : fail('ids separated by spaces or ";"', bad);
}

export function choice(values: readonly string[]) {
  return (raw: string): Cell<string> =>
    values.includes(raw) ? ok(raw) : fail(`one of ${values.join(', ')}`, raw);
}

export function url(raw: string): Cell<string> {
  try {
    const { protocol } = new URL(raw);
    if (protocol === 'https:' || protocol === 'http:') return ok(raw);
  } catch {
    // reported below
  }
  return fail('a web address starting with https:// or http://', raw);
}

export function languageTag(raw: string): Cell<string> {
  return /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/.test(raw)
    ? ok(raw)
    : fail('a language code such as en or fr-CA', raw);
}

export function plain(raw: string): Cell<string> {
  return ok(raw);
}
