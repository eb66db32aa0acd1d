import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { RovingFocusController } from '../../src/controllers/roving-focus-controller.js';
import { expectSame } from '../same.js';

/** A row of `count` items, each with a button inside; roving while `enabled`. */
class RovingHost extends LitElement {
  @property({ type: Number }) count = 4;
  @property({ type: Boolean }) enabled = true;
  constructor() {
    super();
    new RovingFocusController(this, 'li', () => this.enabled);
  }
  override render() {
    return litHtml`<ul>
      ${Array.from({ length: this.count }, (_, i) => litHtml`<li tabindex="-1">Item ${i} <button>Open ${i}</button></li>`)}
    </ul>`;
  }
}
customElements.define('roving-host', RovingHost);

const items = (el: RovingHost) => [...el.shadowRoot!.querySelectorAll('li')];
const stops = (el: RovingHost) => items(el).map((li) => li.tabIndex);
const focused = (el: RovingHost) => el.shadowRoot!.activeElement;

describe('RovingFocusController', () => {
  it('makes the first item the only tab stop', async () => {
    const el = await fixture<RovingHost>(html`<roving-host></roving-host>`);
    expect(stops(el)).to.deep.equal([0, -1, -1, -1]);
  });

  it('moves focus with Left, Right, Home and End, stopping at the ends', async () => {
    const el = await fixture<RovingHost>(html`<roving-host></roving-host>`);
    items(el)[0].focus();
    const steps: [string, number][] = [
      ['ArrowLeft', 0],
      ['ArrowRight', 1],
      ['ArrowRight', 2],
      ['End', 3],
      ['ArrowRight', 3],
      ['ArrowLeft', 2],
      ['Home', 0],
    ];
    for (const [key, index] of steps) {
      await sendKeys({ press: key });
      expectSame(focused(el), items(el)[index], key);
      expect(stops(el).indexOf(0)).to.equal(index);
      expect(stops(el).filter((stop) => stop === 0)).to.have.length(1);
    }
  });

  it('swaps Left and Right in right-to-left text', async () => {
    const el = await fixture<RovingHost>(html`<roving-host dir="rtl"></roving-host>`);
    items(el)[1].focus();
    await sendKeys({ press: 'ArrowLeft' });
    expectSame(focused(el), items(el)[2]);
    await sendKeys({ press: 'ArrowRight' });
    expectSame(focused(el), items(el)[1]);
  });

  it('leaves keys pressed inside an item, or with a modifier, alone', async () => {
    const el = await fixture<RovingHost>(html`<roving-host></roving-host>`);
    const button = items(el)[1].querySelector('button')!;
    button.focus();
    await sendKeys({ press: 'End' });
    expectSame(focused(el), button);
    const key = new KeyboardEvent('keydown', {
      key: 'ArrowRight',
      ctrlKey: true,
      bubbles: true,
      composed: true,
    });
    items(el)[0].dispatchEvent(key);
    expect(key.defaultPrevented).to.equal(false);
  });

  it('makes an item focused another way the tab stop', async () => {
    const el = await fixture<RovingHost>(html`<roving-host></roving-host>`);
    items(el)[2].focus();
    expect(stops(el)).to.deep.equal([-1, -1, 0, -1]);
  });

  it('falls back to the first item when the tab stop goes away', async () => {
    const el = await fixture<RovingHost>(html`<roving-host></roving-host>`);
    items(el)[3].focus();
    el.count = 2;
    await el.updateComplete;
    expect(stops(el)).to.deep.equal([0, -1]);
  });

  it('does nothing while disabled, and gives back the tab stop when disabled', async () => {
    const el = await fixture<RovingHost>(html`<roving-host></roving-host>`);
    el.enabled = false;
    await el.updateComplete;
    expect(stops(el)).to.deep.equal([-1, -1, -1, -1]);
    items(el)[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    expectSame(focused(el), items(el)[0]);
    expect(stops(el)).to.deep.equal([-1, -1, -1, -1]);
  });
});
