import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { activePollers } from '../../src/controllers/mission-source.js';
import { MAX_BACKOFF_SECONDS, nextDelay, pollClock } from '../../src/controllers/poll-timing.js';
import { clearMissionCache, reloadMission } from '../../src/data/store.js';
import { shippedCopy } from '../data/fixtures.js';
import { manualClock } from '../clock.js';
import { serveVersioned, settled } from '../helpers.js';
import { heading, type TestMission } from '../test-mission.js';

const named = (name: string) => JSON.stringify({ ...shippedCopy(), name });

describe('refresh', () => {
  let clock: ReturnType<typeof manualClock>;
  beforeEach(() => (clock = manualClock()));
  afterEach(() => {
    clock.restore();
    clearMissionCache();
  });

  const delays: [number, number, number, number][] = [
    [15, 0, 0.5, 15_000],
    [15, 1, 0.5, 30_000],
    [15, 3, 0.5, 120_000],
    [15, 20, 0.5, MAX_BACKOFF_SECONDS * 1000],
    [60, 0, 0, 54_000],
    [60, 0, 1, 66_000],
  ];
  for (const [seconds, failures, random, ms] of delays) {
    it(`waits ${ms} ms after ${failures} failures at ${seconds} s (jitter ${random})`, () => {
      expect(nextDelay(seconds, failures, random)).to.equal(ms);
    });
  }

  it('updates in place on a new version, and asks conditionally when nothing changed', async () => {
    const doc = await serveVersioned(named('Version one'));
    const el = await settled(
      await fixture<TestMission>(html`<test-mission src=${doc.url} refresh="15"></test-mission>`),
    );
    expect(heading(el)).to.equal('Version one');
    expect(clock.pending()[0].ms).to.equal(15_000);

    await doc.update(named('Version two'));
    const loaded = oneEvent(el, 'mission-data-load');
    clock.fire();
    await loaded;
    await el.updateComplete;
    expect(heading(el)).to.equal('Version two');

    const requests = await doc.requests();
    clock.fire();
    await new Promise<void>(
      (resolve) => (pollClock.setTimeout = (() => resolve()) as typeof pollClock.setTimeout),
    );
    expect(await doc.requests()).to.equal(requests + 1);
    expect(heading(el), 'a 304 keeps the copy').to.equal('Version two');
  });

  it('keeps the last good data on a bad edit, says so, and backs off', async () => {
    const doc = await serveVersioned(named('Good'));
    const el = await settled(
      await fixture<TestMission>(html`<test-mission src=${doc.url} refresh="20"></test-mission>`),
    );
    await doc.update('{"id": "broken",');
    const failed = oneEvent(el, 'mission-data-error');
    clock.fire();
    const { detail } = await failed;
    expect(detail.kind).to.equal('json');
    await el.updateComplete;
    expect(heading(el)).to.equal('Good');
    expect(el.shadowRoot?.querySelector('[part="stale"]')?.textContent).to.contain(
      'Could not check for newer figures. These were last updated on',
    );
    expect(clock.pending()[0].ms, 'doubled after one failure').to.equal(40_000);

    await doc.update(named('Fixed'));
    const loaded = oneEvent(el, 'mission-data-load');
    clock.fire();
    await loaded;
    await el.updateComplete;
    expect(heading(el)).to.equal('Fixed');
    await waitUntil(() => !el.shadowRoot?.querySelector('[part="stale"]'), 'the stale note goes');
  });

  it('polls once per URL for every widget that shows it, at the shortest interval', async () => {
    const doc = await serveVersioned(named('Shared'));
    const wrapper = await fixture(
      html`<div>
        <test-mission src=${doc.url} refresh="60"></test-mission>
        <test-mission src=${doc.url} refresh="30"></test-mission>
      </div>`,
    );
    const widgets = [...wrapper.querySelectorAll('test-mission')];
    await Promise.all(widgets.map((el) => settled(el)));
    expect(activePollers()).to.equal(1);
    expect(clock.pending()).to.have.length(1);
    expect(clock.pending()[0].ms).to.equal(30_000);
    await doc.update(named('Both'));
    const loaded = widgets.map((el) => oneEvent(el, 'mission-data-load'));
    const before = await doc.requests();
    clock.fire();
    await Promise.all(loaded);
    expect(await doc.requests()).to.equal(before + 1);
  });

  it('never polls faster than every 15 seconds', async () => {
    const doc = await serveVersioned(named('Fast'));
    await settled(await fixture<TestMission>(html`<test-mission src=${doc.url} refresh="1"></test-mission>`));
    expect(clock.pending()[0].ms).to.equal(15_000);
  });

  it('pauses while the tab is hidden and checks on return', async () => {
    const doc = await serveVersioned(named('Before'));
    const el = await settled(
      await fixture<TestMission>(html`<test-mission src=${doc.url} refresh="15"></test-mission>`),
    );
    const hidden = Object.getOwnPropertyDescriptor(Document.prototype, 'hidden')!;
    let isHidden = true;
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => isHidden });
    try {
      await doc.update(named('After'));
      const requests = await doc.requests();
      clock.fire();
      expect(clock.pending(), 'no timer while hidden').to.have.length(0);
      expect(await doc.requests()).to.equal(requests);
      isHidden = false;
      const loaded = oneEvent(el, 'mission-data-load');
      document.dispatchEvent(new Event('visibilitychange'));
      await loaded;
      await el.updateComplete;
      expect(heading(el)).to.equal('After');
    } finally {
      delete (document as { hidden?: boolean }).hidden;
      Object.defineProperty(Document.prototype, 'hidden', hidden);
    }
  });

  it('leaves no poller or timer behind when widgets are removed', async () => {
    const doc = await serveVersioned(named('Gone'));
    const el = await settled(
      await fixture<TestMission>(html`<test-mission src=${doc.url} refresh="15"></test-mission>`),
    );
    expect(activePollers()).to.equal(1);
    el.remove();
    expect(activePollers()).to.equal(0);
    expect(clock.pending()).to.have.length(0);
  });

  it('does not poll inline or shipped data', async () => {
    await settled(await fixture<TestMission>(html`<test-mission refresh="15"></test-mission>`));
    expect(activePollers()).to.equal(0);
  });

  it("one source per URL: a widget without refresh gets the versions its neighbour's checks bring, and stays quiet when they fail", async () => {
    const doc = await serveVersioned(named('First'));
    const wrapper = await fixture(
      html`<div>
        <test-mission src=${doc.url} refresh="15"></test-mission>
        <test-mission src=${doc.url}></test-mission>
      </div>`,
    );
    const [checking, quiet] = [...wrapper.querySelectorAll('test-mission')];
    await Promise.all([settled(checking), settled(quiet)]);
    expect(activePollers()).to.equal(1);

    await doc.update(named('Second'));
    const loaded = [oneEvent(checking, 'mission-data-load'), oneEvent(quiet, 'mission-data-load')];
    clock.fire();
    await Promise.all(loaded);
    await Promise.all([checking.updateComplete, quiet.updateComplete]);
    expect([heading(checking), heading(quiet)]).to.deep.equal(['Second', 'Second']);

    await doc.update('{"id": "broken",');
    const errors: string[] = [];
    quiet.addEventListener('mission-data-error', () => errors.push('quiet'));
    const failed = oneEvent(checking, 'mission-data-error');
    clock.fire();
    await failed;
    await Promise.all([checking.updateComplete, quiet.updateComplete]);
    expect(checking.shadowRoot?.querySelector('[part="stale"]'), 'the widget that asked says so').to.exist;
    expect(quiet.shadowRoot?.querySelector('[part="stale"]'), 'the other one does not').to.equal(null);
    expect(errors).to.deep.equal([]);
    expect([heading(checking), heading(quiet)]).to.deep.equal(['Second', 'Second']);
  });

  it('follows a refresh changed at run time: the new interval, then no checks once it is removed', async () => {
    const doc = await serveVersioned(named('Changing'));
    const el = await settled(
      await fixture<TestMission>(html`<test-mission src=${doc.url} refresh="60"></test-mission>`),
    );
    expect(clock.pending().map((timer) => timer.ms)).to.deep.equal([60_000]);
    el.refresh = 30;
    await el.updateComplete;
    expect(clock.pending().map((timer) => timer.ms)).to.deep.equal([30_000]);
    el.removeAttribute('refresh');
    el.refresh = undefined;
    await el.updateComplete;
    expect(activePollers()).to.equal(0);
    expect(clock.pending()).to.have.length(0);

    // Still following the URL without checks: a reload elsewhere on the page reaches it.
    await doc.update(named('Reloaded'));
    const loaded = oneEvent(el, 'mission-data-load');
    await reloadMission(doc.url);
    await loaded;
    await el.updateComplete;
    expect(heading(el)).to.equal('Reloaded');
  });

  it('stops checking when the last widget that asked leaves, and the one that stays keeps its data', async () => {
    const doc = await serveVersioned(named('Staying'));
    const wrapper = await fixture(
      html`<div>
        <test-mission src=${doc.url} refresh="15"></test-mission>
        <test-mission src=${doc.url}></test-mission>
      </div>`,
    );
    const [checking, staying] = [...wrapper.querySelectorAll('test-mission')];
    await Promise.all([settled(checking), settled(staying)]);
    checking.remove();
    expect(activePollers()).to.equal(0);
    expect(clock.pending()).to.have.length(0);
    expect(heading(staying)).to.equal('Staying');
  });
});
