import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { CategoryFilterController } from '../../src/controllers/category-filter-controller.js';
import type { MissionWidgetEventDetail } from '../../src/controllers/events.js';

/** Says the categories picked, and has the buttons that pick them. */
class FilterHost extends LitElement {
  readonly filter = new CategoryFilterController(this);
  override render() {
    const { picked, showAll, toggle } = this.filter;
    return litHtml`<p>${picked.join(' ') || 'all'}</p>
      <button class="all" @click=${showAll}>All</button>
      <button class="funding" @click=${() => toggle('funding')}>Funding</button>
      <button class="crisis" @click=${() => toggle('crisis')}>Crisis</button>`;
  }
}
customElements.define('filter-host', FilterHost);

const shown = (el: FilterHost) => el.shadowRoot!.querySelector('p')!.textContent;
const press = async (el: FilterHost, name: string) => {
  el.shadowRoot!.querySelector<HTMLButtonElement>(`button.${name}`)!.click();
  await el.updateComplete;
};
/** The `mission-widget-interact` details the page heard while `act` ran. */
const heard = async (act: () => Promise<void>) => {
  const details: MissionWidgetEventDetail[] = [];
  const listener = (event: CustomEvent<MissionWidgetEventDetail>) => details.push(event.detail);
  document.addEventListener('mission-widget-interact', listener);
  try {
    await act();
  } finally {
    document.removeEventListener('mission-widget-interact', listener);
  }
  return details;
};

describe('CategoryFilterController', () => {
  it('shows every category until the reader picks one', async () => {
    const el = await fixture<FilterHost>(html`<filter-host></filter-host>`);
    expect(shown(el)).to.equal('all');
    expect(el.filter.picked).to.deep.equal([]);
  });

  it('picks categories in the order pressed, releases one pressed again, and tells the page', async () => {
    const el = await fixture<FilterHost>(html`<filter-host></filter-host>`);
    const details = await heard(async () => {
      await press(el, 'crisis');
      await press(el, 'funding');
      expect(shown(el)).to.equal('crisis funding');
      await press(el, 'crisis');
    });
    expect(shown(el)).to.equal('funding');
    expect(details).to.deep.equal([
      { widget: 'filter-host', action: 'filter', category: 'crisis', pressed: true },
      { widget: 'filter-host', action: 'filter', category: 'funding', pressed: true },
      { widget: 'filter-host', action: 'filter', category: 'crisis', pressed: false },
    ]);
  });

  it('each pick is a new array, so that a view computed from it is computed again', async () => {
    const el = await fixture<FilterHost>(html`<filter-host></filter-host>`);
    const before = el.filter.picked;
    await press(el, 'funding');
    expect(el.filter.picked).to.not.equal(before);
    expect(before).to.deep.equal([]);
  });

  it('"All" shows every category again, and fires only when something was picked', async () => {
    const el = await fixture<FilterHost>(html`<filter-host></filter-host>`);
    expect(await heard(() => press(el, 'all'))).to.deep.equal([]);
    await press(el, 'funding');
    const details = await heard(() => press(el, 'all'));
    expect(shown(el)).to.equal('all');
    expect(details).to.deep.equal([
      { widget: 'filter-host', action: 'filter', category: 'all', pressed: true },
    ]);
  });
});
