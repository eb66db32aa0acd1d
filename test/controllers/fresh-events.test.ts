import { expect } from '@open-wc/testing';
import { FreshEvents } from '../../src/controllers/fresh-events.js';
import type { MissionData, MissionEvent } from '../../src/data/schema.js';
import { loadDefaultMission } from '../../src/data/shipped.js';
import { loadLanguage } from '../../src/i18n/languages.js';

describe('FreshEvents', () => {
  let data: MissionData;
  before(async () => {
    data = (await loadDefaultMission()).data;
    await loadLanguage('fr');
  });

  const withEvents = (events: MissionEvent[]): MissionData => ({ ...data, events });
  const copy = (event: MissionEvent, id: string): MissionEvent => ({ ...event, id });

  it('has none before a refresh', () => {
    expect([...new FreshEvents().in(data)]).to.deep.equal([]);
  });

  it('takes the events the new version has and the old one had not, and counts them', () => {
    const fresh = new FreshEvents();
    const [first] = data.events;
    const next = withEvents([...data.events, copy(first, 'added-1'), copy(first, 'added-2')]);
    expect(fresh.added(data, next, 'en')).to.equal('2 new events.');
    expect([...fresh.in(next)]).to.deep.equal(['added-1', 'added-2']);
  });

  it('marks them in that version only: not in another with the same events, nor without data', () => {
    const fresh = new FreshEvents();
    const next = withEvents([...data.events, copy(data.events[0], 'added')]);
    fresh.added(data, next, 'en');
    expect([...fresh.in({ ...next })], 'the same document from a new src').to.deep.equal([]);
    expect([...fresh.in(undefined)], 'an error in its place').to.deep.equal([]);
    expect([...fresh.in(next)], 'and back to the refreshed version').to.deep.equal(['added']);
  });

  it('says one event in the singular, in the widget’s language', () => {
    const fresh = new FreshEvents();
    const next = withEvents([...data.events, copy(data.events[0], 'added')]);
    expect(fresh.added(data, next, 'en')).to.equal('1 new event.');
    expect(fresh.added(data, next, 'fr')).to.equal('1 nouvel événement.');
  });

  it('says nothing, and marks nothing, when a refresh added no event (one removed, none new)', () => {
    const fresh = new FreshEvents();
    fresh.added(data, withEvents([...data.events, copy(data.events[0], 'added')]), 'en');
    const next = withEvents(data.events.slice(1));
    expect(fresh.added(data, next, 'en')).to.equal('');
    expect([...fresh.in(next)]).to.deep.equal([]);
  });
});
