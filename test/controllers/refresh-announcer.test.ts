import { expect } from '@open-wc/testing';
import { RefreshAnnouncer } from '../../src/controllers/refresh-announcer.js';
import type { LoadedMission } from '../../src/data/load.js';
import { loadDefaultMission } from '../../src/data/shipped.js';

/** A version of the shipped mission from `origin`, updated on `updated`. */
const version = (shipped: LoadedMission, origin: string, updated: string): LoadedMission => ({
  ...shipped,
  origin,
  data: { ...shipped.data, updated },
});

describe('RefreshAnnouncer', () => {
  let shipped: LoadedMission;
  before(async () => (shipped = await loadDefaultMission()));

  const announcer = () =>
    new RefreshAnnouncer((previous, next) => `${previous.data.updated} → ${next.data.updated}`);

  it('says nothing for the first mission shown, nor while there is none', () => {
    const said = announcer();
    said.show(undefined);
    expect(said.sentence).to.equal('');
    said.show(version(shipped, 'https://example.org/a.json', '2025-01-01'));
    expect(said.sentence).to.equal('');
  });

  it('says what a new version of the same source brought, until the next version', () => {
    const said = announcer();
    const next = version(shipped, 'https://example.org/a.json', '2025-02-01');
    said.show(version(shipped, 'https://example.org/a.json', '2025-01-01'));
    said.show(next);
    expect(said.sentence).to.equal('2025-01-01 → 2025-02-01');
    // Updates that show the same version (a width, a scroll) keep the sentence.
    said.show(next);
    expect(said.sentence).to.equal('2025-01-01 → 2025-02-01');
  });

  it('says nothing when another source replaced the mission, or the mission went', () => {
    const said = announcer();
    said.show(version(shipped, 'https://example.org/a.json', '2025-01-01'));
    said.show(version(shipped, 'https://example.org/a.json', '2025-02-01'));
    said.show(version(shipped, 'https://example.org/b.json', '2025-03-01'));
    expect(said.sentence).to.equal('');
    said.show(undefined);
    expect(said.sentence).to.equal('');
  });
});
