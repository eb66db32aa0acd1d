import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml, type PropertyDeclarations } from 'lit';
import '../../src/troop-counter.js';
import type { TroopCounter } from '../../src/troop-counter.js';
import { ViewController } from '../../src/controllers/view-controller.js';
import { settled } from '../helpers.js';

interface Mission {
  name: string;
  total: number;
}

/**
 * A widget in miniature: its view says a mission's total in its locale; `note` is a setting
 * the view does not read (as a width or a scroll position). Every computation is counted.
 */
class ViewHost extends LitElement {
  static override properties: PropertyDeclarations = {
    mission: { attribute: false },
    locale: {},
    note: {},
  };
  mission: Mission = { name: 'MSS', total: 1000 };
  locale = 'en';
  note = '';
  computed = 0;
  readonly views = new ViewController(
    this,
    () => [this.mission, this.locale] as const,
    (mission, locale) => {
      this.computed++;
      return { sentence: `${mission.name}: ${mission.total.toLocaleString(locale)}` };
    },
  );
  override render() {
    return litHtml`<p>${this.views.value.sentence}</p><p>${this.note}</p>`;
  }
}
customElements.define('view-host', ViewHost);

const said = (el: ViewHost) => el.shadowRoot!.querySelector('p')!.textContent;

const updated = async (el: LitElement) => void (await el.updateComplete);

describe('ViewController', () => {
  it('computes the view once for the first render, and the host renders it', async () => {
    const el = await fixture<ViewHost>(html`<view-host></view-host>`);
    expect(said(el)).to.equal('MSS: 1,000');
    expect(el.computed).to.equal(1);
  });

  it('does not compute again when an update changes none of its inputs', async () => {
    const el = await fixture<ViewHost>(html`<view-host></view-host>`);
    const view = el.views.value;
    el.requestUpdate();
    await updated(el);
    el.note = 'a setting the view does not read';
    await updated(el);
    // The same value set again is no change either.
    const same = el.mission;
    el.locale = 'en';
    el.mission = same;
    await updated(el);
    expect(el.shadowRoot!.textContent).to.contain('a setting the view does not read');
    expect(el.computed).to.equal(1);
    expect(el.views.value, 'the same view object').to.equal(view);
    expect(said(el)).to.equal('MSS: 1,000');
  });

  it('computes again, once, when an input changes, and the rendered text follows', async () => {
    const el = await fixture<ViewHost>(html`<view-host></view-host>`);
    el.locale = 'fr';
    await updated(el);
    expect(el.computed).to.equal(2);
    expect(said(el)).to.match(/^MSS: 1\s000$/);
    el.mission = { name: 'GSF', total: 5550 };
    el.note = 'and a setting it does not read, in the same update';
    await updated(el);
    expect(el.computed).to.equal(3);
    expect(said(el)).to.match(/^GSF: 5\s550$/);
  });

  it('compares inputs by identity: a mission replaced by an equal copy is a new mission', async () => {
    const el = await fixture<ViewHost>(html`<view-host></view-host>`);
    el.mission = { ...el.mission };
    await updated(el);
    expect(el.computed).to.equal(2);
    expect(said(el)).to.equal('MSS: 1,000');
  });
});

describe('ViewController.stale', () => {
  it('says whether the view would be computed again, without computing it', async () => {
    const el = await fixture<ViewHost>(html`<view-host></view-host>`);
    expect(el.views.stale, 'after the first render').to.equal(false);
    el.note = 'not an input';
    expect(el.views.stale).to.equal(false);
    el.locale = 'fr';
    expect(el.views.stale, 'an input changed').to.equal(true);
    expect(el.computed, 'asking did not compute').to.equal(1);
    await updated(el);
    expect(el.views.stale).to.equal(false);
    expect(el.computed).to.equal(2);
  });
});

describe('ViewController in a widget', () => {
  it('the counter says the figure of its new settings, and keeps its words when a change is not one', async () => {
    const el = await settled(
      await fixture<TroopCounter>(html`<troop-counter as-of="2024-09-21"></troop-counter>`),
    );
    const figure = () => el.shadowRoot!.querySelector('[part="figure"]')!.textContent!.replace(/\s+/g, ' ');
    expect(figure()).to.match(/\b426\b/);
    el.theme = 'dark';
    await el.updateComplete;
    expect(figure()).to.match(/\b426\b/);
    el.asOf = '2024-07-01';
    await el.updateComplete;
    expect(figure()).not.to.match(/\b426\b/);
    el.asOf = '2024-09-21';
    await el.updateComplete;
    expect(figure()).to.match(/\b426\b/);
  });
});
