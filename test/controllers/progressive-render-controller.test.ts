import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { LitElement, html as litHtml, noChange, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { ProgressiveRenderController } from '../../src/controllers/progressive-render-controller.js';

interface Item {
  n: number;
}

/**
 * Renders `total` numbered items progressively, each as `<i>n label</i>`, skipping the painted
 * ones, or an error state instead while `failing`; remembers how many items each update showed
 * and how many it rendered anew.
 */
class ProgressiveHost extends LitElement {
  @property({ type: Number }) total = 0;
  @property() label = 'a';
  @property({ type: Boolean }) failing = false;
  progress = new ProgressiveRenderController<Item>(this, () => !this.failing, { first: 2, least: 1 });
  counts: number[] = [];
  renders = 0;
  override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('total')) this.progress.reset(Array.from({ length: this.total }, (_, n) => ({ n })));
    this.progress.repaint(this.label);
  }
  override render() {
    if (this.failing) return litHtml`<p>failed</p>`;
    return litHtml`${this.progress.shown.map((item) => {
      if (this.progress.isPainted(item)) return noChange;
      this.renders++;
      return litHtml`<i>${item.n} ${this.label}</i>`;
    })}`;
  }
  override updated() {
    this.counts.push(this.progress.count);
  }
}
customElements.define('progressive-host', ProgressiveHost);

const rendered = (el: ProgressiveHost) => [...el.shadowRoot!.querySelectorAll('i')].map((i) => i.textContent);
const upTo = (n: number, label = 'a') => Array.from({ length: n }, (_, i) => `${i} ${label}`);

describe('ProgressiveRenderController', () => {
  it('renders the first items at once, then the rest over later frames, in order', async () => {
    const el = await fixture<ProgressiveHost>(html`<progressive-host total="300"></progressive-host>`);
    expect(rendered(el)).to.deep.equal(upTo(2));
    expect(el.progress.complete).to.equal(false);
    await el.progress.done;
    expect(rendered(el)).to.deep.equal(upTo(300));
    expect(el.progress.complete).to.equal(true);
    expect(el.counts.length).to.be.greaterThan(2);
    expect(el.counts.every((count, i) => i === 0 || count > el.counts[i - 1])).to.equal(true);
  });

  it('renders each item once, and all of them again when the paint key changes', async () => {
    const el = await fixture<ProgressiveHost>(html`<progressive-host total="100"></progressive-host>`);
    await el.progress.done;
    expect(el.renders).to.equal(100);
    el.requestUpdate();
    await el.updateComplete;
    expect(el.renders).to.equal(100);
    el.label = 'b';
    await el.updateComplete;
    expect(el.renders).to.equal(200);
    expect(rendered(el)).to.deep.equal(upTo(100, 'b'));
  });

  it('renders every item again after a render that showed an error state instead of the list', async () => {
    const el = await fixture<ProgressiveHost>(html`<progressive-host total="40"></progressive-host>`);
    el.failing = true;
    await el.updateComplete;
    expect(rendered(el)).to.deep.equal([]);
    el.failing = false;
    await el.progress.done;
    expect(rendered(el)).to.deep.equal(upTo(40));
  });

  it('renders a short list in one update, with nothing left to wait for', async () => {
    const el = await fixture<ProgressiveHost>(html`<progressive-host total="2"></progressive-host>`);
    await el.progress.done;
    await nextFrame();
    expect(rendered(el)).to.deep.equal(upTo(2));
    expect(el.counts).to.deep.equal([2]);
  });

  it('starts over with a new list, and the promise awaited resolves with it', async () => {
    const el = await fixture<ProgressiveHost>(html`<progressive-host total="1000"></progressive-host>`);
    const done = el.progress.done;
    el.total = 7;
    await el.updateComplete;
    expect(rendered(el)).to.deep.equal(upTo(2));
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
