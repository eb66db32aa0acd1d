import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement, html as litHtml, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ProgressiveRenderController } from '../../src/controllers/progressive-render-controller.js';

/** Renders the first `progress.count` of `total` numbered items; remembers each count rendered. */
class ProgressiveHost extends LitElement {
  @property({ type: Number }) total = 0;
  progress = new ProgressiveRenderController(this, 2, 1);
  counts: number[] = [];
  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('total')) this.progress.reset(this.total);
  }
  override render() {
    return litHtml`${Array.from({ length: this.progress.count }, (_, i) => litHtml`<i>${i}</i>`)}`;
  }
  override updated() {
    this.counts.push(this.progress.count);
  }
}
customElements.define('progressive-host', ProgressiveHost);

const rendered = (el: ProgressiveHost) =>
  [...el.shadowRoot!.querySelectorAll('i')].map((i) => Number(i.textContent));
const upTo = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('ProgressiveRenderController', () => {
  it('renders the first items at once, then the rest over later frames, in order', async () => {
    const el = await fixture<ProgressiveHost>(html`<progressive-host total="300"></progressive-host>`);
    expect(rendered(el)).to.deep.equal([0, 1]);
    expect(el.progress.complete).to.equal(false);
    await el.progress.done;
    expect(rendered(el)).to.deep.equal(upTo(300));
    expect(el.progress.complete).to.equal(true);
    expect(el.counts.length).to.be.greaterThan(2);
    expect(el.counts.every((count, i) => i === 0 || count > el.counts[i - 1])).to.equal(true);
  });

  it('grows its chunks while frames stay short', async () => {
    const el = await fixture<ProgressiveHost>(html`<progressive-host total="2000"></progressive-host>`);
    await el.progress.done;
    const chunks = el.counts.slice(1).map((count, i) => count - el.counts[i]);
    expect(Math.max(...chunks)).to.be.greaterThan(chunks[0]);
  });

  it('renders a short list in one update, with nothing left to wait for', async () => {
    const el = await fixture<ProgressiveHost>(html`<progressive-host total="2"></progressive-host>`);
    await el.progress.done;
    await nextFrame();
    expect(rendered(el)).to.deep.equal([0, 1]);
    expect(el.counts).to.deep.equal([2]);
  });

  it('starts over with a new list, and the promise awaited resolves with it', async () => {
    const el = await fixture<ProgressiveHost>(html`<progressive-host total="1000"></progressive-host>`);
    const done = el.progress.done;
    el.total = 7;
    await el.updateComplete;
    expect(rendered(el)).to.deep.equal([0, 1]);
    await done;
    expect(rendered(el)).to.deep.equal(upTo(7));
  });

  it('pauses while disconnected and resumes when connected again', async () => {
    const el = await fixture<ProgressiveHost>(html`<progressive-host total="50"></progressive-host>`);
    const parent = el.parentElement!;
    el.remove();
    const count = el.progress.count;
    await nextFrame();
    await nextFrame();
    expect(el.progress.count).to.equal(count);
    parent.append(el);
    await el.progress.done;
    expect(rendered(el)).to.deep.equal(upTo(50));
  });
});
