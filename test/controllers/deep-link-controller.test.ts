import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '../media.js';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { DeepLinkController } from '../../src/controllers/deep-link-controller.js';

/** Renders focusable items with ids `item-ID`, tall enough to need scrolling; `ready` when told. */
class LinkHost extends LitElement {
  @property({ attribute: false }) ids: string[] = ['a', 'b', 'c'];
  ready = true;
  updates = 0;
  constructor() {
    super();
    new DeepLinkController(this, 'item-', () => this.ready);
  }
  override updated() {
    this.updates++;
  }
  override render() {
    return litHtml`${this.ids.map(
      (id) => litHtml`<p id="item-${id}" tabindex="-1" style="block-size: 150vh">${id}</p>`,
    )}<p id="other" tabindex="-1">other</p>`;
  }
}
customElements.define('link-host', LinkHost);

const focused = (el: LinkHost) => el.shadowRoot!.activeElement?.id;
const go = async (hash: string) => {
  const change = oneEvent(window, 'hashchange');
  location.hash = hash;
  await change;
};

describe('DeepLinkController', () => {
  afterEach(async () => {
    history.replaceState(null, '', location.pathname + location.search);
    await emulateMedia({ reducedMotion: 'no-preference' });
    scrollTo(0, 0);
  });

  it('focuses the element named by the URL when it first renders', async () => {
    history.replaceState(null, '', '#item-b');
    const el = await fixture<LinkHost>(html`<link-host></link-host>`);
    expect(focused(el)).to.equal('item-b');
  });

  it('follows hashchange', async () => {
    const el = await fixture<LinkHost>(html`<link-host></link-host>`);
    expect(focused(el)).to.equal(undefined);
    await go('#item-c');
    await el.updateComplete;
    expect(focused(el)).to.equal('item-c');
  });

  it('waits for an element rendered later, until the host is ready', async () => {
    history.replaceState(null, '', '#item-late');
    const el = await fixture<LinkHost>(html`<link-host .ready=${false}></link-host>`);
    el.ready = false;
    el.ids = ['a'];
    await el.updateComplete;
    el.ids = ['a', 'late'];
    await el.updateComplete;
    expect(focused(el)).to.equal('item-late');
  });

  it('forgets a link to nothing once the host is ready', async () => {
    history.replaceState(null, '', '#item-late');
    const el = await fixture<LinkHost>(html`<link-host></link-host>`);
    el.ids = ['a', 'late'];
    await el.updateComplete;
    expect(focused(el)).to.equal(undefined);
  });

  it('ignores fragments without its prefix', async () => {
    const el = await fixture<LinkHost>(html`<link-host></link-host>`);
    await go('#other');
    await el.updateComplete;
    expect(focused(el)).to.equal(undefined);
  });

  it('stops following the URL while disconnected, and reads it again when connected', async () => {
    const el = await fixture<LinkHost>(html`<link-host></link-host>`);
    const parent = el.parentElement!;
    const updates = el.updates;
    el.remove();
    await go('#item-a');
    await el.updateComplete;
    expect(el.updates).to.equal(updates);
    parent.append(el);
    await el.updateComplete;
    expect(focused(el)).to.equal('item-a');
  });

  it('scrolls the element into view at once under reduced motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<LinkHost>(html`<link-host></link-host>`);
    await go('#item-c');
    await el.updateComplete;
    const box = el.shadowRoot!.getElementById('item-c')!.getBoundingClientRect();
    expect(box.top).to.be.below(innerHeight);
    expect(box.bottom).to.be.above(0);
  });
});
