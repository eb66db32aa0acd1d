/**
 * One copy per URL for the whole page: widgets naming the same `src` share one request, one
 * parsed and validated copy, and every later reload of it.
 */
import { MissionDataError } from './errors.js';
import { fetchMission, type LoadedMission } from './load.js';
import { bag } from './own.js';

export type MissionListener = (mission: LoadedMission) => void;

interface Entry {
  current?: LoadedMission;
  pending?: Promise<LoadedMission>;
  /** Cancels the first request, once nobody waits for it any more. */
  cancel?: AbortController;
  /** Who waits for the first request; a wait without a signal is never given up. */
  waiting: number;
  listeners: Set<MissionListener>;
}

const entries = new Map<string, Entry>();

function entryFor(url: string): Entry {
  let entry = entries.get(url);
  if (!entry) {
    entry = { listeners: new Set(), waiting: 0 };
    entries.set(url, entry);
  }
  return entry;
}

function notify(entry: Entry, mission: LoadedMission): void {
  for (const listener of entry.listeners) listener(mission);
}

/**
 * The mission at an absolute URL: the copy already held, the request under way, or a new one.
 * A caller that gives `signal` can stop waiting (a widget removed before its data arrived); once
 * every caller has, the request itself is aborted, and nothing is downloaded or checked for nobody.
 */
export function getMission(url: string, signal?: AbortSignal): Promise<LoadedMission> {
  const entry = entryFor(url);
  if (entry.current) return Promise.resolve(entry.current);
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (!entry.pending) {
    const cancel = new AbortController();
    const pending: Promise<LoadedMission> = fetchMission(url, { signal: cancel.signal })
      .then((mission) => {
        if (!mission) throw new MissionDataError('http', 'the server answered 304 to a first request', url);
        entry.current = mission;
        notify(entry, mission);
        return mission;
      })
      .finally(() => {
        // A failed request is forgotten, so that the next widget or retry asks again.
        if (entry.pending === pending)
          [entry.pending, entry.cancel, entry.waiting] = [undefined, undefined, 0];
      });
    [entry.pending, entry.cancel, entry.waiting] = [pending, cancel, 0];
  }
  const pending = entry.pending;
  entry.waiting += signal ? 1 : Infinity;
  if (!signal) return pending;
  return new Promise((resolve, reject) => {
    const stop = () => {
      reject(signal.reason);
      if (entry.pending !== pending || --entry.waiting > 0) return;
      // Nobody waits any more: abort, and let the next caller start afresh.
      pending.catch(() => undefined);
      entry.cancel?.abort();
      [entry.pending, entry.cancel, entry.waiting] = [undefined, undefined, 0];
    };
    signal.addEventListener('abort', stop, bag({ once: true }));
    pending.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

/**
 * Asks the server again (conditionally, when a copy is held). A new version replaces the held
 * copy and reaches every subscriber; a failure or invalid data keeps the good copy and rejects.
 */
export function reloadMission(url: string): Promise<LoadedMission> {
  const entry = entryFor(url);
  if (!entry.current) return getMission(url);
  if (entry.pending) return entry.pending;
  const held = entry.current;
  entry.pending = fetchMission(url, { etag: held.etag, lastModified: held.lastModified })
    .then((mission) => {
      if (!mission) return held;
      if (JSON.stringify(mission.data) === JSON.stringify(held.data)) {
        // The same content re-uploaded: keep its new validators, or every later check downloads it all.
        held.etag = mission.etag;
        held.lastModified = mission.lastModified;
        return held;
      }
      entry.current = mission;
      notify(entry, mission);
      return mission;
    })
    .finally(() => {
      entry.pending = undefined;
    });
  return entry.pending;
}

/** Calls `listener` with every version loaded from now on; returns the unsubscribe. */
export function subscribeMission(url: string, listener: MissionListener): () => void {
  const entry = entryFor(url);
  entry.listeners.add(listener);
  return () => {
    entry.listeners.delete(listener);
  };
}

/** Drops every held copy; for tests and for pages that swap their data wholesale. */
export function clearMissionCache(): void {
  entries.clear();
}

/** How many listeners follow any URL (for leak checks). */
export function missionListenerCount(): number {
  let count = 0;
  for (const entry of entries.values()) count += entry.listeners.size;
  return count;
}
