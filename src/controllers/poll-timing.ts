/**
 * The polling's arithmetic beyond the interval (./refresh-timing.ts): the back-off after
 * failures, delays kept within the browser's timer range, and the clock tests swap. Only the
 * polling (./mission-source.ts) uses it, so it loads with the code for data from `src`.
 */
import { MIN_REFRESH_SECONDS, refreshSeconds } from './refresh-timing.js';

/** Longest wait between attempts while the server keeps failing, in seconds. */
export const MAX_BACKOFF_SECONDS = 15 * 60;
/** The browser's timer range: a longer `setTimeout` overflows and fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/** Any delay as a whole number of milliseconds the browser's timers keep: never 0, NaN or an overflow. */
export function timerMs(ms: number): number {
  if (Number.isNaN(ms)) return MIN_REFRESH_SECONDS * 1000;
  return Math.round(Math.min(Math.max(ms, 1), MAX_TIMER_MS));
}

/** Timing, swappable by tests (`pollClock.setTimeout = …`), never patched globally. */
export const pollClock = {
  setTimeout: (callback: () => void, ms: number): unknown => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle: unknown): void => globalThis.clearTimeout(handle as number),
  random: (): number => Math.random(),
};

/** The wait before the next check: the interval, doubled per failure up to the cap, ±10 % jitter. */
export function nextDelay(seconds: number, failures: number, random = pollClock.random()): number {
  const interval = refreshSeconds(seconds) ?? MIN_REFRESH_SECONDS;
  const backoff = Math.min(interval * 2 ** Math.max(failures, 0), Math.max(interval, MAX_BACKOFF_SECONDS));
  const jitter = 0.9 + 0.2 * Math.min(Math.max(Number(random) || 0, 0), 1);
  return timerMs(backoff * 1000 * jitter);
}
