import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { clearMissionCache } from '../../src/data/store.js';
import { TroopCounter } from '../../src/troop-counter.js';
import { settled } from '../helpers.js';

// A page of its own (one test file), so that the history's code, loaded on demand, is not there yet.
// The server holds that code for this page until a test lets it through (test/server/fixtures.mjs).
const key = `history-${Date.now()}-${Math.random().toString(36).slice(2)}`;
const release = () => fetch(`/__test__/release/${key}`, { method: 'POST' });
const historyFetched = () =>
  performance
    .getEntriesByType('resource')
    .some((entry) => /components\/troop-counter-history\.(?:ts|js)$/.test(new URL(entry.name).pathname));
/** The chart's height and its line's position, as laid out: its styles come with its code. */
const chartLayout = (el: TroopCounter) => {
  const chart = el.shadowRoot!.querySelector('.chart')!;
  return [chart.getBoundingClientRect().height, getComputedStyle(chart.querySelector('svg')!).position];
};
const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize);

describe('<troop-counter history> asked for once the counter shows its mission', () => {
  before(async () => {
    document.cookie = `mw-hold=${key}; path=/`;
    await fetch(`/__test__/hold/${key}?path=/src/components/troop-counter-history.ts`, { method: 'POST' });
  });
  after(async () => {
    await release();
    document.cookie = 'mw-hold=; path=/; max-age=0';
  });
  afterEach(() => clearMissionCache());

  it('shows a counter whose history was asked for and then not without waiting for its code', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = container.appendChild(Object.assign(new TroopCounter(), { locale: 'en', history: true }));
    // Its first update asks for the history's code (held by the server), before the data is there.
    while (!el.hasUpdated) await nextFrame();
    el.history = false;
    // A counter put on the page after it, with the same data, shows; the first one within a few
    // frames of it (widgets take turns to update), while the history's code is still held.
    const after = await settled(container.appendChild(Object.assign(new TroopCounter(), { locale: 'en' })));
    expect(after.shadowRoot!.querySelector('[part="figure"]')).not.to.equal(null);
    const state = () => el.shadowRoot!.querySelector('[part="root"]')?.getAttribute('data-state');
    for (let frame = 0; frame < 10 && state() !== 'complete'; frame++) await nextFrame();
    expect(historyFetched(), 'the history code is still held').to.equal(false);
    expect(state(), 'the counter shows its mission').to.equal('complete');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="figure"]')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="sparkline"]')).to.equal(null);
  });

  it('keeps the counter on screen while the code of its history arrives, then shows the chart', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = container.appendChild(Object.assign(new TroopCounter(), { locale: 'en' }));
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="figure"]')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="sparkline"]')).to.equal(null);
    expect(historyFetched(), 'the history code is not on the page yet').to.equal(false);
    const states: string[] = [];
    const observer = new MutationObserver(() =>
      states.push(el.shadowRoot!.querySelector('[part="root"]')?.getAttribute('data-state') ?? 'none'),
    );
    observer.observe(el.shadowRoot!, { attributes: true, childList: true, subtree: true });
    el.history = true;
    await release();
    await el.updateComplete;
    observer.disconnect();
    expect(historyFetched(), 'the history code came when asked for').to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="sparkline"] polyline')).not.to.equal(null);
    expect(states.filter((state) => state !== 'complete')).to.deep.equal([]);
    // Its chart is laid out (3rem high, the line over it), as is that of a counter made after.
    expect(chartLayout(el)).to.deep.equal([3 * rem(), 'absolute']);
    const later = await settled(container.appendChild(Object.assign(new TroopCounter(), { history: true })));
    expect(chartLayout(later)).to.deep.equal([3 * rem(), 'absolute']);
  });
});
