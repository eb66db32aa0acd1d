/**
 * Widgets take turns. A hundred widgets on one page update one after another in the same task
 * (their upgrade, or one data file reaching all of them): one long task that freezes the page.
 * Here updates share a slice of time: once the updates of the current task have taken
 * `SLICE_MS`, the next one waits for a new task, so that the reader's input and the page's
 * paint get a turn in between.
 */
import { nextTask } from './next-task.js';

/**
 * Update time per task, in milliseconds. Well under the 50 ms of a long task, because the slice
 * is only checked between updates and one update may itself take tens of milliseconds: a
 * counter's first on a phone, or on a laptop under Lighthouse's mobile run, which counts every
 * task four times as long as it took.
 */
export const SLICE_MS = 10;

/** What slicing reads and waits for: the time, and a new task of the event loop. */
export interface SliceClock {
  now(): number;
  nextTask(): Promise<void>;
}

const realClock: SliceClock = { now: () => performance.now(), nextTask };
let clock: SliceClock = realClock;

/**
 * Replaces the clock (tests move a fake one, so that slicing is decided by the test, not by how
 * busy the machine is); without an argument, puts the real one back. Forgets the current slice.
 */
export function setSliceClock(next?: SliceClock): void {
  clock = next ?? realClock;
  sliceStart = undefined;
}

/** When the current task's slice began; `undefined` once a later task has started. */
let sliceStart: number | undefined;

/**
 * `undefined` when an update may run now; else a promise of its turn, in a later task. Turns
 * are given in the order they were asked for.
 */
export function updateTurn(): Promise<void> | undefined {
  const now = clock.now();
  if (sliceStart === undefined) {
    sliceStart = now;
    // Queued behind the turns already waiting, so that they run before a new slice begins.
    const current = clock;
    void current.nextTask().then(() => {
      if (clock === current) sliceStart = undefined;
    });
    return undefined;
  }
  if (now - sliceStart < SLICE_MS) return undefined;
  return clock.nextTask().then(updateTurn);
}

/** A turn in a later task than this one, even within the slice: for work split in two. */
export function laterTurn(): Promise<void> {
  return clock.nextTask().then(() => updateTurn());
}
