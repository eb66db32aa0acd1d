/** The refresh poller's clock, advanced by hand in tests. */
import { expect } from '@open-wc/testing';
import { pollClock } from '../src/controllers/poll-timing.js';

interface Timer {
  callback: () => void;
  ms: number;
  cleared: boolean;
}

/** Replaces the poller's clock with one the test advances by hand. */
export function manualClock() {
  const original = { ...pollClock };
  const timers: Timer[] = [];
  pollClock.setTimeout = (callback, ms) => {
    const timer = { callback, ms, cleared: false };
    timers.push(timer);
    return timer;
  };
  pollClock.clearTimeout = (timer) => {
    if (timer) (timer as Timer).cleared = true;
  };
  pollClock.random = () => 0.5;
  return {
    pending: () => timers.filter((timer) => !timer.cleared),
    /** Fires the one pending timer. */
    fire() {
      const [timer, ...others] = this.pending();
      expect(others, 'one timer per URL').to.have.length(0);
      timer.cleared = true;
      timer.callback();
      return timer;
    },
    restore: () => Object.assign(pollClock, original),
  };
}
