import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { clearMissionCache } from '../../src/data/store.js';
import type { TroopCounter } from '../../src/troop-counter.js';
import '../../src/troop-counter.js';
import { capture, settled } from '../helpers.js';

// `loading="lazy"`: a widget far below the first screen shows its fallback, and renders once a
// reader scrolls near it, or the page is printed.
const figure = (el: TroopCounter) => el.shadowRoot?.querySelector('[part="figure"]')?.textContent?.trim();
const fallbackShown = (el: TroopCounter) => {
  const slot = el.shadowRoot?.querySelector('slot');
  const text = el.querySelector('p');
  return Boolean(slot?.assignedNodes().includes(text!) && text!.getClientRects().length);
};
/** A few frames: time enough for an eager widget, whose update would have run by then. */
const frames = async (count = 10) => {
  for (let i = 0; i < count; i++) await nextFrame();
};

describe('loading="lazy"', () => {
  afterEach(() => {
    clearMissionCache();
    scrollTo(0, 0);
  });

  const page = () =>
    fixture<HTMLElement>(
      html`<div>
        <troop-counter id="eager" locale="en"><p>About 400 personnel are deployed.</p></troop-counter>
        <div style="block-size: 400vh"></div>
        <troop-counter id="lazy" locale="en" loading="lazy"
          ><p>About 400 personnel are deployed.</p></troop-counter
        >
      </div>`,
    );

  it('a lazy widget far below the first screen shows its fallback and no figure; an eager one renders at once', async () => {
    const root = await page();
    const eager = root.querySelector<TroopCounter>('#eager')!;
    const lazy = root.querySelector<TroopCounter>('#lazy')!;
    await settled(eager);
    expect(figure(eager)).to.match(/\d/);
    await frames();
    expect(figure(lazy)).to.equal(undefined);
    expect(lazy.shadowRoot?.querySelector('[data-state]')).to.equal(null);
    expect(fallbackShown(lazy)).to.equal(true);
    await expect(lazy).to.be.accessible();
  });

  it('renders once scrolled near the viewport, and hides its fallback', async () => {
    const root = await page();
    const lazy = root.querySelector<TroopCounter>('#lazy')!;
    await frames();
    expect(figure(lazy)).to.equal(undefined);
    lazy.scrollIntoView({ block: 'end' });
    await settled(lazy);
    expect(figure(lazy)).to.match(/\d/);
    expect(fallbackShown(lazy)).to.equal(false);
    await expect(lazy).to.be.accessible();
  });

  it('renders every lazy widget when the page is printed, without scrolling', async () => {
    const root = await page();
    const lazy = root.querySelector<TroopCounter>('#lazy')!;
    await frames();
    expect(figure(lazy)).to.equal(undefined);
    dispatchEvent(new Event('beforeprint'));
    await settled(lazy);
    expect(figure(lazy)).to.match(/\d/);
    expect(scrollY).to.equal(0);
  });

  it('reads loading as any attribute: a junk value is eager, with one warning', async () => {
    const warnings = await capture('warn', async () => {
      const el = await fixture<TroopCounter>(
        html`<troop-counter locale="en" loading="soon"></troop-counter>`,
      );
      await settled(el);
      expect(figure(el)).to.match(/\d/);
    });
    expect(warnings).to.deep.equal([
      'mission-widgets: <troop-counter loading="soon">: expected one of "eager", "lazy"; "eager" is used',
    ]);
  });
});
