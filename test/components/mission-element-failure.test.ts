import { expect, waitUntil } from '@open-wc/testing';
import { html, type TemplateResult } from 'lit';
import { MissionElement } from '../../src/components/mission-element.js';
import type { LoadedMission } from '../../src/data/load.js';
import { clearMissionCache } from '../../src/data/store.js';
import { defineElement } from '../../src/define.js';
import { shippedCopy } from '../data/fixtures.js';
import { capture, serve, settled } from '../helpers.js';

/**
 * A widget whose own code throws (a bug, or a page that broke a built-in it relies on) must
 * fail like bad data does: the calm message, the publisher's fallback, one console line, and
 * no exception reaching the page.
 */
const BROKEN = 'Broken mission';
const nameOf = (data: LoadedMission['data']) => (typeof data.name === 'string' ? data.name : data.name.en);

class BrokenViewMission extends MissionElement {
  private readonly views = this.viewOf([], (data) => {
    if (nameOf(data) === BROKEN) throw new TypeError('the view broke');
    return nameOf(data);
  });
  protected renderMission(): TemplateResult {
    return html`<h2>${this.views.value}</h2>`;
  }
}
defineElement('broken-view-mission', BrokenViewMission);

class BrokenRenderMission extends MissionElement {
  protected renderMission({ data }: LoadedMission): TemplateResult {
    if (nameOf(data) === BROKEN) throw new TypeError('the template broke');
    return html`<h2>${nameOf(data)}</h2>`;
  }
}
defineElement('broken-render-mission', BrokenRenderMission);

const missionNamed = (name: string) => serve(JSON.stringify({ ...shippedCopy(), name }));
const fallbackShown = (el: Element) =>
  [...(el.shadowRoot?.querySelector('slot')?.assignedNodes() ?? [])].some((node) =>
    node.textContent?.includes('Kenya leads the mission.'),
  );

describe('MissionElement when its own code throws', () => {
  afterEach(() => clearMissionCache());

  for (const [tag, what] of [
    ['broken-view-mission', 'the view broke'],
    ['broken-render-mission', 'the template broke'],
  ] as const) {
    it(`<${tag}> shows its error state and the fallback, says why once, and recovers with new data`, async () => {
      const uncaught: unknown[] = [];
      const onError = (event: ErrorEvent | PromiseRejectionEvent) => {
        uncaught.push('reason' in event ? event.reason : event.error);
        event.preventDefault();
      };
      addEventListener('error', onError);
      addEventListener('unhandledrejection', onError);
      const el = document.createElement(tag) as MissionElement;
      el.setAttribute('locale', 'en');
      el.setAttribute('src', await missionNamed(BROKEN));
      const fallback = document.createElement('p');
      fallback.textContent = 'Kenya leads the mission.';
      el.append(fallback);
      try {
        const logged = await capture('error', async () => {
          document.body.append(el);
          await settled(el);
          // More updates of the same broken view: nothing more is logged or thrown.
          el.requestUpdate();
          await el.updateComplete;
          el.requestUpdate();
          await el.updateComplete;
          await new Promise((resolve) => setTimeout(resolve, 50));
        });
        expect(uncaught, 'nothing reaches the page').to.deep.equal([]);
        expect(logged.length, logged.join('\n')).to.equal(1);
        expect(logged[0]).to.contain(`<${tag}> could not show its data`).and.contain(what);
        expect(el.shadowRoot?.textContent).to.contain('These figures are not available right now.');
        expect(el.shadowRoot?.querySelector('h2')).to.equal(null);
        expect(fallbackShown(el), 'the fallback is shown').to.equal(true);
        await expect(el).to.be.accessible();

        el.setAttribute('src', await missionNamed('Working mission'));
        await waitUntil(() => el.shadowRoot?.querySelector('h2'), 'the working mission renders');
        await el.updateComplete;
        expect(el.shadowRoot?.querySelector('h2')?.textContent).to.equal('Working mission');
        expect(fallbackShown(el), 'the fallback hides again').to.equal(false);
        expect(uncaught).to.deep.equal([]);
      } finally {
        removeEventListener('error', onError);
        removeEventListener('unhandledrejection', onError);
        el.remove();
      }
    });
  }
});
