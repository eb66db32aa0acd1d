import { expect, fixture, html } from '@open-wc/testing';
import '../../src/contributor-list.js';
import '../../src/event-timeline.js';
import '../../src/troop-counter.js';
import { localeListenerCount } from '../../src/controllers/locale-controller.js';
import { activePollers } from '../../src/controllers/mission-source.js';
import { elementsAwaitingView } from '../../src/controllers/visibility-controller.js';
import { clearMissionCache, getMission, missionListenerCount } from '../../src/data/store.js';
import { settled } from '../helpers.js';

const TAGS = ['troop-counter', 'contributor-list', 'event-timeline'] as const;
type Widget = HTMLElement & { updateComplete: Promise<boolean>; src?: string; refresh?: number };

/** Everything a widget may hold on the page while connected. */
const held = () => ({
  pollers: activePollers(),
  awaitingView: elementsAwaitingView(),
  localeListeners: localeListenerCount(),
  dataListeners: missionListenerCount(),
});
const NOTHING = { pollers: 0, awaitingView: 0, localeListeners: 0, dataListeners: 0 };

describe('lifecycle', () => {
  afterEach(() => clearMissionCache());

  it('leaves no poller, observer, listener or timer after 1,000 creations, moves and removals', async function () {
    // A volume test: Firefox and WebKit take several times Chromium's 20 s on two shared cores.
    this.timeout(90_000);
    const src = new URL('/data/haiti-mss.json', location.href).href;
    await getMission(src);
    const [left, right] = await Promise.all([
      fixture<HTMLElement>(html`<div></div>`),
      fixture<HTMLElement>(html`<div></div>`),
    ]);
    for (let i = 0; i < 1000; i++) {
      const el = document.createElement(TAGS[i % 3]) as Widget;
      el.src = src;
      el.refresh = 15;
      left.append(el);
      if (i % 100 === 0) await settled(el);
      else await el.updateComplete;
      right.append(el); // a move: disconnected, then connected again
      await el.updateComplete;
      el.remove();
    }
    expect(held()).to.deep.equal(NOTHING);
  });

  it('holds only what the connected widgets need while they are on the page', async () => {
    const src = new URL('/data/haiti-mss.json', location.href).href;
    const wrapper = await fixture<HTMLElement>(
      html`<div style="block-size: 10px; overflow: hidden">
        <troop-counter src=${src} refresh="30"></troop-counter>
        <event-timeline src=${src} refresh="60"></event-timeline>
      </div>`,
    );
    await Promise.all([...wrapper.children].map((el) => settled(el as Widget)));
    expect(held()).to.include({ pollers: 1, localeListeners: 2, dataListeners: 2 });
    wrapper.remove();
    expect(held()).to.deep.equal(NOTHING);
  });

  it('re-renders for attributes changed at run time', async () => {
    const el = await settled(await fixture<Widget>(html`<troop-counter locale="en"></troop-counter>`));
    const text = () => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    el.setAttribute('country', 'JM');
    el.setAttribute('as-of', '2024-09-12');
    el.setAttribute('locale', 'fr');
    await el.updateComplete;
    expect(text()).to.contain('Jamaïque');
  });
});
