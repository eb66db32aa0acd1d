/** Class 3 of issue 16: new validators are kept even when a re-upload changed nothing. */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { pollClock } from '../../src/controllers/poll-timing.js';
import { clearMissionCache } from '../../src/data/store.js';
import { manualClock } from '../clock.js';
import { shippedCopy } from '../data/fixtures.js';
import { serveVersioned, settled } from '../helpers.js';
import type { TestMission } from '../test-mission.js';
import '../test-mission.js';

/** Resolves when the poller schedules its next check, i.e. once the current one has settled. */
const nextSchedule = () =>
  new Promise<void>((resolve) => {
    const schedule = pollClock.setTimeout;
    pollClock.setTimeout = (callback, ms) => {
      pollClock.setTimeout = schedule;
      resolve();
      return schedule(callback, ms);
    };
  });

describe('conditional requests', () => {
  let clock: ReturnType<typeof manualClock>;
  beforeEach(() => (clock = manualClock()));
  afterEach(() => {
    clock.restore();
    clearMissionCache();
  });

  for (const validator of ['etag', 'last-modified'] as const) {
    it(`keeps a new ${validator} for the same content, so the next check is a 304`, async () => {
      const content = shippedCopy();
      const doc = await serveVersioned(JSON.stringify(content), { validator });
      const el = document.createElement('test-mission') as unknown as TestMission;
      el.setAttribute('src', doc.url);
      el.setAttribute('refresh', '60');
      await settled(await fixture<typeof el>(el));
      let loads = 0;
      el.addEventListener('mission-data-load', () => loads++);

      // The same data re-uploaded (other whitespace): a new validator, the same content.
      await doc.update(JSON.stringify(content, null, 2));
      let scheduled = nextSchedule();
      clock.fire();
      await scheduled;
      scheduled = nextSchedule();
      clock.fire();
      await scheduled;
      scheduled = nextSchedule();
      clock.fire();
      await scheduled;

      const log = await doc.log();
      expect(log.map((entry) => entry.status)).to.deep.equal([200, 200, 304, 304]);
      expect(log[2].sent, 'the new validator, not the first one').to.not.equal(log[1].sent);
      expect(loads, 'the same content is no new version').to.equal(0);
    });
  }

  it('still takes a real change after a validator-only change', async () => {
    const doc = await serveVersioned(JSON.stringify({ ...shippedCopy(), name: 'One' }));
    const el = document.createElement('test-mission') as unknown as TestMission;
    el.setAttribute('src', doc.url);
    el.setAttribute('refresh', '60');
    await settled(await fixture<typeof el>(el));
    await doc.update(JSON.stringify({ ...shippedCopy(), name: 'One' }, null, 1));
    const scheduled = nextSchedule();
    clock.fire();
    await scheduled;
    await doc.update(JSON.stringify({ ...shippedCopy(), name: 'Two' }));
    const loaded = oneEvent(el, 'mission-data-load');
    clock.fire();
    await loaded;
    await el.updateComplete;
    expect(el.shadowRoot?.querySelector('h2')?.textContent).to.equal('Two');
  });
});
