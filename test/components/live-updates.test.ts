import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/contributor-list.js';
import '../../src/event-timeline.js';
import { clearMissionCache } from '../../src/data/store.js';
import { manualClock } from '../clock.js';
import { shippedCopy } from '../data/fixtures.js';
import { serveVersioned, settled } from '../helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const live = (el: Widget) => el.shadowRoot!.querySelector('[aria-live="polite"]')!.textContent!.trim();

/** Loads `before`, then refreshes to `after`, and returns the widget as it shows the new version. */
async function refreshed(tag: string, after: (doc: Loose) => void, locale = 'en'): Promise<Widget> {
  const doc = await serveVersioned(JSON.stringify(shippedCopy()));
  const wrapper = await fixture(html`<div></div>`);
  const el = document.createElement(tag) as Widget;
  Object.assign(el, { src: doc.url, refresh: 15, locale });
  wrapper.append(el);
  await settled(el);
  expect(live(el), 'nothing is announced on the first render').to.equal('');
  const next = shippedCopy() as Loose;
  after(next);
  await doc.update(JSON.stringify(next));
  const loaded = oneEvent(el, 'mission-data-load');
  clock.fire();
  await loaded;
  await el.updateComplete;
  return el;
}

let clock: ReturnType<typeof manualClock>;

describe('live updates in every widget', () => {
  beforeEach(() => (clock = manualClock()));
  afterEach(() => {
    clock.restore();
    clearMissionCache();
  });

  const newEvent = (doc: Loose) =>
    doc.events.push({
      ...doc.events[11],
      id: 'bahamas-arrive',
      date: '2024-09-30',
      title: 'Bahamas advance team',
    });

  it('the timeline marks the events a refresh added and announces them once', async () => {
    const el = await refreshed('event-timeline', newEvent);
    const added = el.shadowRoot!.querySelector('#event-bahamas-arrive')!;
    expect(added.querySelector('[part="fresh"]')?.textContent).to.equal('New');
    expect(el.shadowRoot!.querySelectorAll('[part="fresh"]')).to.have.length(1);
    expect(live(el)).to.equal('New figures, updated on September 30, 2024. 1 new event.');
    await expect(el).to.be.accessible();
  });

  it('a new src after a refresh shows its events unmarked, and announces nothing', async () => {
    const el = await refreshed('event-timeline', newEvent);
    const next = shippedCopy() as Loose;
    newEvent(next);
    const elsewhere = await serveVersioned(JSON.stringify(next));
    const loaded = oneEvent(el, 'mission-data-load');
    el.setAttribute('src', elsewhere.url);
    await loaded;
    await settled(el);
    expect(el.shadowRoot!.querySelector('#event-bahamas-arrive'), 'the event is shown').to.exist;
    expect(el.shadowRoot!.querySelectorAll('[part="fresh"]'), 'but not as new').to.have.length(0);
    expect(live(el)).to.equal('');
  });

  it('announces in the widget language with plurals', async () => {
    const el = await refreshed(
      'event-timeline',
      (doc) => {
        newEvent(doc);
        doc.events.push({ ...doc.events[11], id: 'second-new', date: '2024-09-30' });
      },
      'fr',
    );
    expect(live(el)).to.equal('Nouveaux chiffres, mis à jour le 30 septembre 2024. 2 nouveaux événements.');
  });

  it('the contributor list updates in place and announces the new version once', async () => {
    const el = await refreshed('contributor-list', (doc) => {
      doc.contributors[1].personnel[1].count = 30;
      doc.contributors[1].personnel[1].approximate = false;
    });
    expect(el.shadowRoot!.textContent).to.contain('Jamaica: 30');
    expect(live(el)).to.equal('New figures, updated on September 30, 2024.');
    const region = el.shadowRoot!.querySelector('[aria-live="polite"]')!;
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(region, { childList: true, characterData: true, subtree: true });
    el.setAttribute('sort', 'name');
    await el.updateComplete;
    observer.disconnect();
    expect(changes, 'a plain re-render changes nothing in the live region').to.have.length(0);
  });
});
