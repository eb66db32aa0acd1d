/**
 * One mission source per data URL for the whole page, however many widgets show it, in two
 * layers keyed by the URL: the per-URL store (../data/store.ts: the request, the good copy and
 * every new version; no DOM, so the data API and Node use it too), and here the polling for
 * `refresh` (the timer at the shortest interval its widgets ask for, paused while the tab is
 * hidden, and the failures that back it off). A widget follows it through `followMission`
 * alone, and hears every version and every check's outcome from it. This is part of the code
 * for data from `src` (./remote.ts), loaded only by pages that have such data.
 */
import { MissionDataError } from '../data/errors.js';
import type { LoadedMission } from '../data/load.js';
import { reloadMission, subscribeMission } from '../data/store.js';
import { nextDelay, pollClock } from './poll-timing.js';

export interface RefreshState {
  /** The last check failed: what is shown is the last good data. */
  failing: boolean;
  failures: number;
  error?: MissionDataError;
}

/** A widget following a URL (its mission controller): how often it wants it checked, and what it hears. */
export interface Follower {
  /** Seconds between checks (`refreshSeconds`); no checks for it when absent. */
  readonly seconds?: number;
  /** A new version: a refresh, a reload, or a retry after a failure. */
  accept(mission: LoadedMission): void;
  /** The outcome of every check, for a follower that asks for checks. */
  checked(state: RefreshState): void;
}

/** The polling of one URL, for the followers that ask for checks. */
interface Poller {
  followers: Set<Follower>;
  timer?: unknown;
  failures: number;
  /** A check came due while the tab was hidden. */
  due: boolean;
}

const pollers = new Map<string, Poller>();

function schedule(url: string, poller: Poller): void {
  pollClock.clearTimeout(poller.timer);
  const seconds = Math.min(...[...poller.followers].map((follower) => follower.seconds!));
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
      poller.followers.forEach((follower) => follower.checked(state));
      schedule(url, poller);
    });
}

function onVisibilityChange(): void {
  if (document.hidden) return;
  pollers.forEach((poller, url) => poller.due && check(url, poller));
}

/**
 * Follows the source of `url`: every version the store holds from now on, and the checks the
 * follower asks for; returns the one way to stop following it.
 */
export function followMission(url: string, follower: Follower): () => void {
  const unsubscribe = subscribeMission(url, (mission) => follower.accept(mission));
  if (!follower.seconds) return unsubscribe;
  if (!pollers.size) document.addEventListener('visibilitychange', onVisibilityChange);
  let poller = pollers.get(url);
  if (!poller) {
    poller = { followers: new Set(), failures: 0, due: false };
    pollers.set(url, poller);
  }
  poller.followers.add(follower);
  if (!poller.due) schedule(url, poller);
  return () => {
    unsubscribe();
    poller.followers.delete(follower);
    if (poller.followers.size) return;
    pollClock.clearTimeout(poller.timer);
    pollers.delete(url);
    if (!pollers.size) document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}

/** How many URLs are being checked on this page (for leak checks). */
export function activePollers(): number {
  return pollers.size;
}
