/**
 * A mission unlike Haiti (test/fixtures/missions/other-mission.json, fictional): three phases
 * with no lead nation, organisations as funders, a contributor that drew down to zero and left,
 * a range-only figure and month-only figures. Every widget, in every language, with axe.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '../media.js';
import '../../src/index.js';
import other from '../fixtures/missions/other-mission.json' with { type: 'json' };
import { clearMissionCache } from '../../src/data/store.js';
import { UI_LOCALES } from '../../src/i18n/locale.js';
import { serve, settled } from '../helpers.js';

const TAGS = ['troop-counter', 'contributor-list', 'event-timeline'] as const;
let src: Promise<string> | undefined;

async function make(tag: (typeof TAGS)[number], attributes: Record<string, string> = {}) {
  src ??= serve(JSON.stringify(other));
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 900px"></div>`);
  const el = document.createElement(tag);
  el.setAttribute('src', await src);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  return settled(el);
}
const plain = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

describe('a mission unlike Haiti', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => clearMissionCache());

  for (const locale of UI_LOCALES)
    for (const tag of TAGS)
      it(`${tag} renders it in ${locale}, accessibly, with no NaN or -0`, async () => {
        const el = await make(tag, { locale });
        expect(el.shadowRoot!.querySelector('.root')?.getAttribute('data-state')).to.equal('complete');
        expect(plain(el)).not.to.match(/NaN|undefined|-0\b/);
        await expect(el).to.be.accessible();
      });

  it('the counter names the phase, measures against the ceiling and says a range as a range', async () => {
    const el = await make('troop-counter', { locale: 'en', 'as-of': '2019-06-30' });
    expect(el.shadowRoot!.querySelector('[part=context]')?.textContent).to.equal('AMILR');
    expect(el.shadowRoot!.querySelector('[part=figure]')?.textContent).to.equal('5,100–5,800');
    expect(plain(el)).to.contain('of 8,000 authorised');
  });

  it('says deployed above the ceiling plainly, with a bar that shows it', async () => {
    const el = await make('troop-counter', { locale: 'en', 'as-of': '2024-09-30' });
    expect(plain(el)).to.contain('3,200 uniformed personnel deployed 120 more than the 3,080 authorised');
    // The ceiling marked where it falls along the bar, the fill going on past it.
    const track = el.shadowRoot!.querySelector<HTMLElement>('.track')!.getBoundingClientRect();
    const mark = el.shadowRoot!.querySelector<HTMLElement>('.mark')!.getBoundingClientRect();
    const fill = el.shadowRoot!.querySelector<HTMLElement>('.fill')!.getBoundingClientRect();
    expect((mark.left - track.left) / track.width).to.be.closeTo(0.96, 0.02);
    expect(fill.right).to.be.closeTo(track.right, 1);
  });

  it('the list highlights nobody, counts organisations apart and shows a former contributor with its dates', async () => {
    const el = await make('contributor-list', { locale: 'en' });
    expect(el.shadowRoot!.querySelector('.lead')).to.equal(null);
    // No "0 countries contribute funding" beside the organisations that do.
    expect(el.shadowRoot!.querySelector('.summary')!.textContent!.trim()).to.equal(
      '4 countries contribute personnel. 2 organisations contribute funding.',
    );
    const ethiopia = [...el.shadowRoot!.querySelectorAll('tbody tr')].find((tr) =>
      tr.textContent!.includes('Ethiopia'),
    )!;
    expect(ethiopia.className).to.contain('former');
    expect(ethiopia.textContent!.replace(/\s+/g, ' ')).to.contain('Former contributor');
    expect(ethiopia.textContent).to.contain('to June 30, 2024');
    expect(ethiopia.textContent).not.to.match(/\b0\b/);
  });

  it('says "present, number not reported" without inventing a number', async () => {
    const el = await make('contributor-list', { locale: 'en', country: 'BI' });
    expect(plain(el)).to.contain('or more');
  });
});
