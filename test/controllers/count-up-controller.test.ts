import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '../media.js';
import { LitElement, html as litHtml } from 'lit';
import { CountUpController } from '../../src/controllers/count-up-controller.js';

/** Renders the counter's value and remembers every value it rendered. */
class CountHost extends LitElement {
  counter = new CountUpController(this, 300);
  shown: number[] = [];
  override render() {
    return litHtml`${this.counter.value}`;
  }
  override updated() {
    this.shown.push(this.counter.value);
  }
}
customElements.define('count-host', CountHost);

class SlowHost extends CountHost {
  // Long enough that a test only ends in time if something cuts the count short.
  override counter = new CountUpController(this, 60_000);
}
customElements.define('slow-host', SlowHost);

class DefaultHost extends CountHost {
  override counter = new CountUpController(this);
}
customElements.define('default-host', DefaultHost);

const frames = (n = 2) =>
  new Promise<void>((resolve) => {
    const next = (left: number) => (left ? requestAnimationFrame(() => next(left - 1)) : resolve());
    next(n);
  });

/** Resolves once the host has rendered a value strictly between 0 and its target. */
function counting(el: CountHost): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (el.counter.value > 0 ? resolve() : requestAnimationFrame(check));
    check();
  });
}

const nonDecreasing = (values: number[]) => values.every((v, i) => i === 0 || v >= values[i - 1]);

describe('CountUpController', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference', media: 'screen' }));

  it('counts up from 0 to the target once the host is in view', async () => {
    const el = await fixture<CountHost>(html`<count-host></count-host>`);
    el.counter.to(500);
    await el.counter.finished;
    await el.updateComplete;
    expect(el.shadowRoot?.textContent).to.equal('500');
    const between = el.shown.filter((v) => v > 0 && v < 500);
    expect(between.length, 'intermediate values').to.be.greaterThan(2);
    expect(nonDecreasing(el.shown)).to.equal(true);
  });

  it('takes about a second by default', async () => {
    const el = await fixture<DefaultHost>(html`<default-host></default-host>`);
    const start = performance.now();
    el.counter.to(1000);
    await el.counter.finished;
    const elapsed = performance.now() - start;
    expect(elapsed).to.be.within(900, 1600);
  });

  it('waits until at least half of the host is visible', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <div style="block-size: 300vh"></div>
        <count-host></count-host>
      </div>`,
    );
    const el = wrapper.querySelector<CountHost>('count-host')!;
    let done = false;
    el.counter.to(100);
    void el.counter.finished.then(() => (done = true));
    await frames(4);
    expect(el.counter.value).to.equal(0);
    expect(done).to.equal(false);
    el.scrollIntoView();
    await el.counter.finished;
    expect(el.counter.value).to.equal(100);
    window.scrollTo(0, 0);
  });

  it('counts from the old value to the new one when the target changes', async () => {
    const el = await fixture<CountHost>(html`<count-host></count-host>`);
    el.counter.to(100);
    await el.counter.finished;
    el.shown = [];
    el.counter.to(150);
    await el.counter.finished;
    await el.updateComplete;
    expect(el.shown.every((v) => v >= 100 && v <= 150)).to.equal(true);
    expect(el.shown.filter((v) => v > 100 && v < 150)).not.to.be.empty;
    expect(el.shown.at(-1)).to.equal(150);
    el.shown = [];
    el.counter.to(20);
    await el.counter.finished;
    await el.updateComplete;
    expect(el.shown.every((v) => v >= 20 && v <= 150)).to.equal(true);
    expect(el.shown.at(-1)).to.equal(20);
  });

  it('does nothing when given the same target again', async () => {
    const el = await fixture<CountHost>(html`<count-host></count-host>`);
    el.counter.to(100);
    await el.counter.finished;
    await el.updateComplete;
    const renders = el.shown.length;
    el.counter.to(100);
    await el.counter.finished;
    await el.updateComplete;
    expect(el.shown.length).to.equal(renders);
  });

  it('shows the target at once under prefers-reduced-motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await fixture<CountHost>(html`<count-host></count-host>`);
    el.counter.to(500);
    expect(el.counter.value).to.equal(500);
    await el.counter.finished;
    await el.updateComplete;
    expect(el.shown).to.deep.equal([0, 500]);
  });

  it('ends a count at once when reduced motion is switched on', async () => {
    const el = await fixture<SlowHost>(html`<slow-host></slow-host>`);
    el.counter.to(1_000_000);
    await counting(el);
    await emulateMedia({ reducedMotion: 'reduce' });
    await el.counter.finished;
    expect(el.counter.value).to.equal(1_000_000);
  });

  it('shows the target at once in print', async () => {
    await emulateMedia({ media: 'print' });
    const el = await fixture<CountHost>(html`<count-host></count-host>`);
    el.counter.to(500);
    expect(el.counter.value).to.equal(500);
  });

  it('ends every count, even one not yet seen, before printing', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <slow-host></slow-host>
        <div style="block-size: 300vh"></div>
        <slow-host></slow-host>
      </div>`,
    );
    const [seen, unseen] = wrapper.querySelectorAll<SlowHost>('slow-host');
    seen.counter.to(1_000_000);
    unseen.counter.to(7);
    await counting(seen);
    expect(unseen.counter.value).to.equal(0);
    window.dispatchEvent(new Event('beforeprint'));
    await Promise.all([seen.counter.finished, unseen.counter.finished]);
    expect([seen.counter.value, unseen.counter.value]).to.deep.equal([1_000_000, 7]);
  });

  it('shows the target when the host leaves the page mid-count', async () => {
    const el = await fixture<SlowHost>(html`<slow-host></slow-host>`);
    el.counter.to(1_000_000);
    await counting(el);
    el.remove();
    await el.counter.finished;
    expect(el.counter.value).to.equal(1_000_000);
  });
});
