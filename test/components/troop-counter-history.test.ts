import { expect, fixture, html } from '@open-wc/testing';
import { clearMissionCache } from '../../src/data/store.js';
import { TroopCounter } from '../../src/troop-counter.js';
import { settled } from '../helpers.js';

// A page of its own (one test file), so that the history's code, loaded on demand, is not there yet.
describe('<troop-counter history> asked for once the counter shows its mission', () => {
  afterEach(() => clearMissionCache());

  it('keeps the counter on screen while the code of its history arrives, then shows the chart', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    const el = container.appendChild(Object.assign(new TroopCounter(), { locale: 'en' }));
    await settled(el);
    expect(el.shadowRoot!.querySelector('[part="figure"]')).not.to.equal(null);
    expect(el.shadowRoot!.querySelector('[part="sparkline"]')).to.equal(null);
    const historyFetched = () =>
      performance
        .getEntriesByType('resource')
        .some((entry) => /components\/troop-counter-history\.(?:ts|js)(?:\?|$)/.test(entry.name));
    expect(historyFetched(), 'the history code is not on the page yet').to.equal(false);
    const states: string[] = [];
    const observer = new MutationObserver(() =>
      states.push(el.shadowRoot!.querySelector('[part="root"]')?.getAttribute('data-state') ?? 'none'),
    );
    observer.observe(el.shadowRoot!, { attributes: true, childList: true, subtree: true });
    el.history = true;
    await el.updateComplete;
    observer.disconnect();
    expect(historyFetched(), 'the history code came when asked for').to.equal(true);
    expect(el.shadowRoot!.querySelector('[part="sparkline"] polyline')).not.to.equal(null);
    expect(states.filter((state) => state !== 'complete')).to.deep.equal([]);
  });
});
