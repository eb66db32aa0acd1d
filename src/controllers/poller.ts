/**
 * The polling of data URLs for `refresh`: one poller per URL for the whole page, however many
 * widgets show it, with conditional requests through the shared store, paused while the tab is
 * hidden and backing off on failures. It is part of the code for data from `src` (./remote.ts),
 * loaded only by pages that have such data.
 */
import { MissionDataError } from '../data/errors.js';
import { reloadMission } from '../data/store.js';
import { nextDelay, pollClock } from './refresh-timing.js';

export interface RefreshState {
  /** The last check failed: what is shown is the last good data. */
  failing: boolean;
  failures: number;
  error?: MissionDataError;
}

export type Watcher = { seconds: number; onState: (state: RefreshState) => void };

interface Poller {
  watchers: Set<Watcher>;
  timer?: unknown;
  failures: number;
  /** A check came due while the tab was hidden. */
  due: boolean;
}

const pollers = new Map<string, Poller>();

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
  reloadMission(url)
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

/** Checks `url` for new versions at the watcher's interval; returns the way to stop. */
export function watchMission(url: string, watcher: Watcher): () => void {
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
