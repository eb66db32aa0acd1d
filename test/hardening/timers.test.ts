/** Class 1 of issue 16: whatever `refresh` says, every delay stays inside the browser's timer range. */
import { expect, fixture } from '@open-wc/testing';
import {
  MAX_REFRESH_SECONDS,
  MIN_REFRESH_SECONDS,
  refreshSeconds,
} from '../../src/controllers/refresh-timing.js';
import { MAX_TIMER_MS, nextDelay } from '../../src/controllers/poll-timing.js';
import { clearMissionCache } from '../../src/data/store.js';
import { manualClock } from '../clock.js';
import { shippedCopy } from '../data/fixtures.js';
import { serveVersioned, settled } from '../helpers.js';
import '../test-mission.js';

/** The whole numeric range, and what a page can put in an attribute. */
const values: [string, unknown][] = [
  ['0', 0],
  ['-0', -0],
  ['-1', -1],
  ['-Infinity', -Infinity],
  ['NaN', NaN],
  ['Infinity', Infinity],
  ['1e300', 1e300],
  ['Number.MAX_VALUE', Number.MAX_VALUE],
  ['Number.MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER],
  ['2^31 ms in seconds', 2 ** 31 / 1000],
  ['2^53 + 2', 2 ** 53 + 2],
  ['Number.MIN_VALUE', Number.MIN_VALUE],
  ['0.001', 0.001],
  ['14.999', 14.999],
  ['15', 15],
  ['86400', 86_400],
  ['86401', 86_401],
  ['"60"', '60'],
  ['" 60 "', ' 60 '],
  ['""', ''],
  ['"   "', '   '],
  ['"soon"', 'soon'],
  ['"1e400"', '1e400'],
  ['"0x10"', '0x10'],
  ['null', null],
  ['undefined', undefined],
  ['{}', {}],
];

describe('timer limits', () => {
  for (const [name, value] of values) {
    it(`refresh=${name}: polls within [15 s, 1 day] or not at all`, () => {
      const seconds = refreshSeconds(value);
      if (seconds === undefined) {
        expect(Number(value) > 0 && String(value).trim() !== '', 'only a positive number polls').to.equal(
          false,
        );
        return;
      }
      expect(seconds).to.be.within(MIN_REFRESH_SECONDS, MAX_REFRESH_SECONDS);
      for (const failures of [0, 1, 10, 1075, Infinity, NaN, -1]) {
        for (const random of [0, 0.5, 1, NaN, 7]) {
          const ms = nextDelay(seconds, failures, random);
          expect(Number.isInteger(ms), `${failures} failures, jitter ${random}`).to.equal(true);
          expect(ms).to.be.within(MIN_REFRESH_SECONDS * 900, MAX_TIMER_MS);
        }
      }
    });
  }

  for (const [name, value] of values) {
    it(`nextDelay(${name}) itself stays in range`, () => {
      const ms = nextDelay(value as number, 0, 0.5);
      expect(ms).to.be.within(MIN_REFRESH_SECONDS * 900, MAX_TIMER_MS);
    });
  }

  describe('on a widget', () => {
    let clock: ReturnType<typeof manualClock>;
    beforeEach(() => (clock = manualClock()));
    afterEach(() => {
      clock.restore();
      clearMissionCache();
    });

    for (const attribute of [
      '1e300',
      'Infinity',
      '9007199254740993',
      '2147484',
      '-5',
      '0',
      'NaN',
      'soon',
      '',
    ]) {
      it(`refresh="${attribute}" schedules at most one timer, inside the range`, async () => {
        const doc = await serveVersioned(JSON.stringify(shippedCopy()));
        const el = document.createElement('test-mission') as unknown as HTMLElement & {
          updateComplete: Promise<boolean>;
        };
        el.setAttribute('src', doc.url);
        el.setAttribute('refresh', attribute);
        await settled(await fixture<typeof el>(el));
        const pending = clock.pending();
        expect(pending.length).to.be.at.most(1);
        for (const timer of pending) expect(timer.ms).to.be.within(MIN_REFRESH_SECONDS * 900, MAX_TIMER_MS);
        const polls = Number(attribute) > 0;
        expect(pending.length, polls ? 'polls' : 'does not poll').to.equal(polls ? 1 : 0);
        expect(await doc.requests(), 'one request, no storm').to.equal(1);
        el.remove();
        expect(clock.pending()).to.have.length(0);
      });
    }
  });
});
