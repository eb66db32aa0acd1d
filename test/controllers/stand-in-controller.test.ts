import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { MissionStatus } from '../../src/controllers/mission-controller.js';
import { StandInController } from '../../src/controllers/stand-in-controller.js';

/** A widget in miniature: it says its status, once nothing stands in for it. */
class StandInHost extends LitElement {
  static override properties: PropertyDeclarations = { loading: {}, status: {} };
  loading?: string;
  status: MissionStatus = 'pending';
  readonly standIn: StandInController = new StandInController(this, () => this.status);
  protected override createRenderRoot() {
    const prerendered = this.shadowRoot ? [...this.shadowRoot.childNodes] : [];
    return this.standIn.place(super.createRenderRoot(), prerendered);
  }
  override render(): TemplateResult {
    return this.standIn.shown ? litHtml`` : litHtml`<p class="own">${this.status}</p>`;
  }
}
customElements.define('stand-in-host', StandInHost);

/** What the reader sees in the host's shadow root, the fallback a slot shows included. */
const seen = (el: StandInHost) =>
  [...el.shadowRoot!.childNodes]
    // Lit's markers are comments: not seen.
    .filter((node) => node.nodeType !== Node.COMMENT_NODE)
    .map((node) =>
      node instanceof HTMLSlotElement
        ? `slot: ${node
            .assignedNodes()
            .map((n) => n.textContent)
            .join('')}`
        : node.textContent?.trim(),
    )
    .filter(Boolean);

/** A host with static HTML in its shadow root before it connects, as `mission-widgets render` leaves it. */
async function withStaticHtml(): Promise<StandInHost> {
  const el = document.createElement('stand-in-host') as StandInHost;
  el.attachShadow({ mode: 'open' }).innerHTML = '<p class="static">Static figures</p>';
  document.body.append(el);
  await el.updateComplete;
  return el;
}

describe('StandInController', () => {
  afterEach(() => document.querySelectorAll('stand-in-host').forEach((el) => el.remove()));

  it('keeps static HTML on screen, alone, while the data loads and when it fails', async () => {
    const el = await withStaticHtml();
    expect(el.standIn.takingOver).to.equal(true);
    expect(seen(el)).to.deep.equal(['Static figures']);
    el.status = 'error';
    await el.updateComplete;
    expect(seen(el)).to.deep.equal(['Static figures']);
  });

  it('replaces static HTML with the first complete render, in the same update', async () => {
    const el = await withStaticHtml();
    el.status = 'complete';
    await el.updateComplete;
    expect(seen(el)).to.deep.equal(['complete']);
    expect(el.standIn.takingOver).to.equal(false);
    expect(el.standIn.shown).to.equal(false);
  });

  it('a lazy widget shows the publisher’s fallback, not a loading state, until it has something to show', async () => {
    const el = await fixture<StandInHost>(
      html`<stand-in-host loading="lazy"><p>The publisher’s fallback</p></stand-in-host>`,
    );
    expect(seen(el)).to.deep.equal(['slot: The publisher’s fallback']);
    el.status = 'error';
    await el.updateComplete;
    expect(seen(el)).to.deep.equal(['error']);
  });

  it('an eager widget without static HTML renders its own states from the start', async () => {
    const el = await fixture<StandInHost>(html`<stand-in-host><p>Fallback</p></stand-in-host>`);
    expect(el.standIn.shown).to.equal(false);
    expect(seen(el)).to.deep.equal(['pending']);
  });
});
