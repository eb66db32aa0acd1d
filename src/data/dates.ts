/**
 * Calendar days as plain strings. Dates in mission data are days, not instants: a day is
 * compared as text (`YYYY-MM-DD` sorts correctly) and only ever turned into a `Date` at UTC
 * midnight for formatting, so every reader sees the same day in every time zone.
 */

/** A full day, `YYYY-MM-DD`. */
export type Day = string;

/** A day, a month (`YYYY-MM`) or a year (`YYYY`). */
export type PartialDate = string;

export type Precision = 'year' | 'month' | 'day';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export interface DateParts {
  year: number;
  month?: number;
  day?: number;
  precision: Precision;
}

/** Splits a partial date into numbers, or `undefined` if it is not a real calendar date. */
export function parsePartialDate(value: string): DateParts | undefined {
  const match = PARTIAL_DATE.exec(value);
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { year, precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: 'day' };
}

export function isPartialDate(value: string): boolean {
  return parsePartialDate(value) !== undefined;
}

export function isDay(value: string): boolean {
  return parsePartialDate(value)?.precision === 'day';
}

/**
 * Midnight UTC of a year, month (0-based) and day, for every year: `Date.UTC` reads years 0–99
 * as 1900–1999, `setUTCFullYear` does not.
 */
function utc(year: number, month: number, day: number): Date {
  const time = new Date(0);
  time.setUTCFullYear(year, month, day);
  return time;
}

export function daysInMonth(year: number, month: number): number {
  return utc(year, month, 0).getUTCDate();
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Derivations compare the same few dates thousands of times (a counter's history reads every
 * figure once per date): each date's first and last day is worked out once. Data dates are
 * calendar days, so what is remembered is bounded by the calendar (a century is 36,525 days);
 * the bound is far above that, for a page that feeds it other strings (an editor's typing), and
 * never empties the memory in the middle of a large dataset (10,000 events), which would make
 * every date be worked out again.
 */
const REMEMBERED_DATES = 100_000;
function remembered(compute: (date: PartialDate) => Day): (date: PartialDate) => Day {
  const known = new Map<PartialDate, Day>();
  return (date) => {
    let day = known.get(date);
    if (day === undefined) {
      if (known.size >= REMEMBERED_DATES) known.clear();
      known.set(date, (day = compute(date)));
    }
    return day;
  };
}

/** The first day a partial date covers: `2023-07` → `2023-07-01`. */
export const firstDay = remembered((date) => {
  const parts = parsePartialDate(date);
  if (!parts) return date;
  return `${pad(parts.year, 4)}-${pad(parts.month ?? 1)}-${pad(parts.day ?? 1)}`;
});

/** The last day a partial date covers: `2023` → `2023-12-31`. */
export const lastDay = remembered((date) => {
  const parts = parsePartialDate(date);
  if (!parts) return date;
  const month = parts.month ?? 12;
  const day = parts.day ?? daysInMonth(parts.year, month);
  return `${pad(parts.year, 4)}-${pad(month)}-${pad(day)}`;
});

/** Midnight UTC of a partial date's first day, for `Intl.DateTimeFormat` with `timeZone: 'UTC'`. */
export function toUtcDate(date: PartialDate): Date {
  const parts: Partial<DateParts> = parsePartialDate(date) ?? {};
  return utc(parts.year ?? NaN, (parts.month ?? 1) - 1, parts.day ?? 1);
}
