import { bag } from '../data/own.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MissionDataError } from '../data/errors.js';
import { remoteData } from './remote-data.js';
import type { MissionDataErrorDetail } from './mission-controller.js';

/** Shortest polling interval accepted, in seconds: a data file is not a chat. */
export const MIN_REFRESH_SECONDS = 15;
/** Longest polling interval, in seconds: a day. Longer values, `Infinity` included, mean a day. */
export const MAX_REFRESH_SECONDS = 24 * 60 * 60;
/** Longest wait between attempts while the server keeps failing, in seconds. */
export const MAX_BACKOFF_SECONDS = 15 * 60;
/** The browser's timer range: a longer `setTimeout` overflows and fires at once. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * The interval a `refresh` value asks for, within [15 s, 1 day]; `undefined` (no polling) for
 * an absent, empty, zero, negative or non-numeric value.
 */
export function refreshSeconds(value: unknown): number | undefined {
  const seconds = typeof value === 'string' && value.trim() === '' ? NaN : Number(value);
  if (!(seconds > 0)) return undefined;
  return Math.min(Math.max(seconds, MIN_REFRESH_SECONDS), MAX_REFRESH_SECONDS);
}

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

export interface RefreshState {
  /** The last check failed: what is shown is the last good data. */
  failing: boolean;
  failures: number;
  error?: MissionDataError;
}

type Watcher = { seconds: number; onState: (state: RefreshState) => void };

interface Poller {
  watchers: Set<Watcher>;
  timer?: unknown;
  failures: number;
  /** A check came due while the tab was hidden. */
  due: boolean;
}

// One poller per URL for the whole page, however many widgets show it.
const pollers = new Map<string, Poller>();

/** The wait before the next check: the interval, doubled per failure up to the cap, ±10 % jitter. */
export function nextDelay(seconds: number, failures: number, random = pollClock.random()): number {
  const interval = refreshSeconds(seconds) ?? MIN_REFRESH_SECONDS;
  const backoff = Math.min(interval * 2 ** Math.max(failures, 0), Math.max(interval, MAX_BACKOFF_SECONDS));
  const jitter = 0.9 + 0.2 * Math.min(Math.max(Number(random) || 0, 0), 1);
  return timerMs(backoff * 1000 * jitter);
}

function schedule(url: string, poller: Poller): void {
  pollClock.clearTimeout(poller.timer);
  const seconds = Math.min(...[...poller.watchers].map((watcher) => watcher.seconds));
  poller.timer = pollClock.setTimeout(() => check(url, poller), nextDelay(seconds, poller.failures));
}

function check(url: string, poller: Poller): void {
  poller.timer = undefined;
  if (document.hidden) {
    poller.due = true;
    return;
  }
  poller.due = false;
  let error: MissionDataError | undefined;
  remoteData()
    .then((remote) => remote.reloadMission(url))
    .then(
      () => (poller.failures = 0),
      (cause: unknown) => {
        poller.failures++;
        error =
          cause instanceof MissionDataError ? cause : new MissionDataError('network', String(cause), url);
      },
    )
    .finally(() => {
      if (pollers.get(url) !== poller) return;
      const state = { failing: poller.failures > 0, failures: poller.failures, error };
      poller.watchers.forEach((watcher) => watcher.onState(state));
      schedule(url, poller);
    });
}

function onVisibilityChange(): void {
  if (document.hidden) return;
  pollers.forEach((poller, url) => poller.due && check(url, poller));
}

function watch(url: string, watcher: Watcher): () => void {
  if (!pollers.size) document.addEventListener('visibilitychange', onVisibilityChange);
  let poller = pollers.get(url);
  if (!poller) {
    poller = { watchers: new Set(), failures: 0, due: false };
    pollers.set(url, poller);
  }
  poller.watchers.add(watcher);
  if (!poller.due) schedule(url, poller);
  return () => {
    poller.watchers.delete(watcher);
    if (poller.watchers.size) return;
    pollClock.clearTimeout(poller.timer);
    pollers.delete(url);
    if (!pollers.size) document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}

/** How many URLs are being polled on this page (for leak checks). */
export function activePollers(): number {
  return pollers.size;
}

export interface RefreshHost extends ReactiveControllerHost, HTMLElement {
  /** Seconds between checks of the data URL; polling is off when absent. */
  refresh?: number;
}

/**
 * Polls the host's data URL every `refresh` seconds (15 s to a day) with conditional requests,
 * shared per URL, paused while the tab is hidden, backing off on failures. New versions reach
 * the host through the shared store; this controller only keeps time and the failure state.
 */
export class RefreshController implements ReactiveController {
  state: RefreshState = { failing: false, failures: 0 };
  private stop?: () => void;
  private key?: string;

  constructor(
    private readonly host: RefreshHost,
    /** The absolute data URL, or undefined for inline or shipped data. */
    private readonly url: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.unwatch();
    this.key = undefined;
  }

  /** Watches the current URL at the current interval, and only while the host is on the page. */
  private sync(): void {
    const url = this.url();
    const seconds = refreshSeconds(this.host.refresh);
    const key = url && this.host.isConnected && seconds ? `${seconds} ${url}` : undefined;
    if (key === this.key) return;
    this.unwatch();
    this.key = key;
    if (!key || !url || !seconds) return;
    this.stop = watch(url, {
      seconds,
      onState: (state) => {
        const changed = state.failing !== this.state.failing;
        this.state = state;
        if (changed) this.host.requestUpdate();
        if (state.error) {
          const { origin, kind, messages } = state.error;
          const detail: MissionDataErrorDetail = { origin, kind, messages };
          this.host.dispatchEvent(
            new CustomEvent('mission-data-error', bag({ detail, bubbles: true, composed: true })),
          );
        }
      },
    });
  }

  private unwatch(): void {
    this.stop?.();
    this.stop = undefined;
  }
}
