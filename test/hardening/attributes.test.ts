/** Class 5 of issue 16: empty and padded attribute values mean the same in every widget. */
import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import { settled } from '../helpers.js';

const TAGS = ['troop-counter', 'contributor-list', 'event-timeline'] as const;
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

async function make(
  tag: string,
  attributes: Record<string, string>,
  fallback = 'Editor fallback',
): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.textContent = fallback;
  return settled(await fixture<Widget>(el));
}

const state = (el: Element) => el.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state');

describe('empty and padded attributes', () => {
  for (const tag of TAGS) {
    for (const blank of ['', ' ', '\t\n ']) {
      it(`<${tag} src=${JSON.stringify(blank)}> is an error that keeps the fallback, never the shipped story`, async () => {
        const messages: string[] = [];
        const listener = (event: Event) => messages.push(...(event as CustomEvent).detail.messages);
        document.addEventListener('mission-data-error', listener);
        const el = await make(tag, { src: blank });
        document.removeEventListener('mission-data-error', listener);
        expect(state(el)).to.equal('error');
        expect(
          el.shadowRoot
            ?.querySelector('slot')
            ?.assignedNodes()
            .map((n) => n.textContent),
        ).to.deep.equal(['Editor fallback']);
        expect(el.shadowRoot?.textContent).to.not.contain('Haiti');
        expect(messages.join('\n')).to.contain('the src attribute is empty');
      });
    }
  }

  it('a padded country reads as the country, the same in the counter and the list', async () => {
    const padded = await make('troop-counter', { country: ' KE ', 'as-of': '2024-09-30' });
    const plain = await make('troop-counter', { country: 'KE', 'as-of': '2024-09-30' });
    expect(padded.shadowRoot?.textContent).to.equal(plain.shadowRoot?.textContent);
    expect(padded.shadowRoot?.textContent).to.contain('Kenya');
    const list = await make('contributor-list', { country: '  KE  ', 'as-of': '2024-09-30' });
    const plainList = await make('contributor-list', { country: 'KE', 'as-of': '2024-09-30' });
    expect(list.shadowRoot?.textContent).to.equal(plainList.shadowRoot?.textContent);
  });
});
