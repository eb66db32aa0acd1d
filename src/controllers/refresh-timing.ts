/**
 * How often a widget checks its `src` for a new version, as pure arithmetic: the interval a
 * `refresh` value asks for, which every widget reads. The rest of the polling's arithmetic (./poll-timing.ts) loads with the code for
 * data from `src`, and the polling itself (./mission-source.ts) too.
 */

/** Shortest polling interval accepted, in seconds: a data file is not a chat. */
export const MIN_REFRESH_SECONDS = 15;
/** Longest polling interval, in seconds: a day. Longer values, `Infinity` included, mean a day. */
export const MAX_REFRESH_SECONDS = 24 * 60 * 60;
/**
 * The interval a `refresh` value asks for, within [15 s, 1 day]; `undefined` (no polling) for
 * an absent, empty, zero, negative or non-numeric value.
 */
export function refreshSeconds(value: unknown): number | undefined {
  const seconds = typeof value === 'string' && value.trim() === '' ? NaN : Number(value);
  if (!(seconds > 0)) return undefined;
  return Math.min(Math.max(seconds, MIN_REFRESH_SECONDS), MAX_REFRESH_SECONDS);
}
