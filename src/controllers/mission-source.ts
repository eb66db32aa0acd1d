/**
 * One mission source per data URL for the whole page, however many widgets show it: the
 * request and the good copy (the per-URL store, ../data/store.ts), the refresh timer at the
 * shortest interval any of its widgets asks for, and the failures of its checks, which back
 * it off. Every widget on that URL follows it and hears the same versions and failures from
 * it; there is no other way in. Checks are conditional requests through the store, paused while
 * the tab is hidden. It is part of the code for data from `src` (./remote.ts), loaded only by
 * pages that have such data.
 */
import { MissionDataError } from '../data/errors.js';
import type { LoadedMission } from '../data/load.js';
import { reloadMission, subscribeMission } from '../data/store.js';
import { nextDelay, pollClock } from './refresh-timing.js';

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

interface Source {
  followers: Set<Follower>;
  /** The one store listener of this URL, handing new versions to every follower. */
  unsubscribe: () => void;
  timer?: unknown;
  failures: number;
  /** A check came due while the tab was hidden. */
  due: boolean;
}

const sources = new Map<string, Source>();

/** The shortest interval its followers ask for; `Infinity` when none asks for checks. */
const interval = (source: Source) =>
  Math.min(...[...source.followers].map((follower) => follower.seconds || Infinity));

function schedule(url: string, source: Source): void {
  pollClock.clearTimeout(source.timer);
  const seconds = interval(source);
  source.timer =
    seconds < Infinity
      ? pollClock.setTimeout(() => check(url, source), nextDelay(seconds, source.failures))
      : undefined;
}

function check(url: string, source: Source): void {
  source.timer = undefined;
  if (document.hidden) {
    source.due = true;
    return;
  }
  source.due = false;
  let error: MissionDataError | undefined;
  reloadMission(url)
    .then(
      () => (source.failures = 0),
      (cause: unknown) => {
        source.failures++;
        error =
          cause instanceof MissionDataError ? cause : new MissionDataError('network', String(cause), url);
      },
    )
    .finally(() => {
      if (sources.get(url) !== source) return;
      const state = { failing: source.failures > 0, failures: source.failures, error };
      // Those that asked for checks hear how they went; the others keep quiet, as they would alone.
      source.followers.forEach((follower) => follower.seconds && follower.checked(state));
      schedule(url, source);
    });
}

function onVisibilityChange(): void {
  if (document.hidden) return;
  sources.forEach((source, url) => source.due && check(url, source));
}

/** Follows the source of `url` (made on first use); returns the way to stop following it. */
export function followMission(url: string, follower: Follower): () => void {
  if (!sources.size) document.addEventListener('visibilitychange', onVisibilityChange);
  let source = sources.get(url);
  if (!source) {
    const followers = new Set<Follower>();
    const unsubscribe = subscribeMission(url, (mission) => followers.forEach((each) => each.accept(mission)));
    source = { followers, unsubscribe, failures: 0, due: false };
    sources.set(url, source);
  }
  source.followers.add(follower);
  if (!source.due && follower.seconds) schedule(url, source);
  const followed = source;
  return () => {
    followed.followers.delete(follower);
    if (interval(followed) === Infinity) {
      // Nobody asks for checks any more: no timer, and a later one starts without back-off.
      pollClock.clearTimeout(followed.timer);
      followed.failures = 0;
      followed.due = false;
    }
    if (followed.followers.size) return;
    followed.unsubscribe();
    sources.delete(url);
    if (!sources.size) document.removeEventListener('visibilitychange', onVisibilityChange);
  };
}

/** How many URLs are being checked on this page (for leak checks). */
export function activePollers(): number {
  let count = 0;
  sources.forEach((source) => (count += interval(source) < Infinity ? 1 : 0));
  return count;
}
