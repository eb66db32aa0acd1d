/**
 * `<contributor-list>` taking over its static HTML (`mission-widgets render`), as a reader sees
 * and hears it at every task, animation frame and change of the DOM: the static HTML holds
 * both layouts, each shown by a container query, and the live list renders only the one in use.
 * Exactly one list of contributors is in view and in the accessibility tree, each contributor
 * once, and the list's height does not move.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { CSSResult } from 'lit';
import { ContributorList } from '../../src/contributor-list.js';
import { clearMissionCache } from '../../src/data/store.js';
import { responsiveMarkup } from '../../src/ssr/responsive.js';
import { serve, settled } from '../helpers.js';

const ATTRIBUTES = { locale: 'en', 'as-of': '2024-09-30' };

/** The list's shadow root as it renders in a column `width` px wide, without Lit's markers. */
async function rendered(width: number): Promise<string> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"></div>`);
  const el = document.createElement('contributor-list');
  for (const [name, value] of Object.entries(ATTRIBUTES)) el.setAttribute(name, value);
  wrapper.append(el);
  await settled(el);
  const styles = ContributorList.elementStyles.map((style) => (style as CSSResult).cssText).join('\n');
  const markup = `<style>${styles}</style>${el.shadowRoot!.innerHTML.replace(/<!--[^]*?-->/g, '')}`;
  wrapper.remove();
  return markup;
}

/**
 * Static HTML as `mission-widgets render` writes it (src/ssr/render.ts): the narrow and the wide
 * render, put together by the renderer's own `responsiveMarkup` at the 48rem of a list with the
 * figures and the funding. Lit's server renderer runs in Node only: the renders here are the
 * browser's, of the same templates.
 */
const staticHtml = async () =>
  responsiveMarkup('contributor-list', await rendered(390), await rendered(900), 48);

/** In the accessibility tree: rendered (not `display: none`), neither hidden from it nor inert. */
const exposed = (node: Element) => node.checkVisibility() && !node.closest('[aria-hidden="true"], [inert]');

/** What a reader has at one moment: the lists in view, the names read, the list's height. */
function moment(el: HTMLElement) {
  const root = el.shadowRoot!;
  return {
    lists: [...root.querySelectorAll('table, .cards')].filter(exposed).map((list) => list.localName),
    names: [...root.querySelectorAll('.name')].filter(exposed).map((name) => name.textContent),
    height: Math.round(el.getBoundingClientRect().height),
    static: !!root.querySelector('style'),
  };
}
type Moment = ReturnType<typeof moment> & { when: string };

/**
 * A list in a column `width` px wide that takes over its static HTML once its data comes (a
 * little late, as over a network), with `onLoad` run as it comes; every moment until it has
 * taken over and ten frames more.
 */
async function takeOver(width: number, onLoad: (column: HTMLElement) => void = () => {}): Promise<Moment[]> {
  const markup = await staticHtml();
  clearMissionCache();
  const column = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"></div>`);
  const el = document.createElement('contributor-list');
  for (const [name, value] of Object.entries(ATTRIBUTES)) el.setAttribute(name, value);
  const data = await (await fetch('/data/haiti-mss.json')).text();
  el.setAttribute('src', await serve(data, { delay: 200 }));
  el.attachShadow({ mode: 'open' }).innerHTML = markup;
  const loaded = new Promise<void>((resolve) =>
    el.addEventListener('mission-data-load', () => resolve(onLoad(column)), { once: true }),
  );

  const moments: Moment[] = [];
  let watching = true;
  const note = (when: string) => moments.push({ when, ...moment(el) });
  const frame = () => {
    note('frame');
    if (watching) requestAnimationFrame(frame);
  };
  const task = () => {
    note('task');
    if (watching) setTimeout(task);
  };
  const changes = new MutationObserver(() => note('DOM change'));
  changes.observe(el.shadowRoot!, { childList: true, subtree: true });
  column.append(el);
  note('connected');
  requestAnimationFrame(frame);
  setTimeout(task);

  // The static HTML says `data-state="complete"` already: the data's arrival, then its render.
  await loaded;
  await settled(el);
  for (let i = 0; i < 10; i++) await new Promise(requestAnimationFrame);
  await el.updateComplete;
  watching = false;
  changes.disconnect();
  note('end');
  expect(moments[0].static, 'the static HTML is there first').to.equal(true);
  expect(moments.at(-1)!.static, 'the live list took it over').to.equal(false);
  return moments;
}

const describeMoment = ({ when, lists, names, height, static: still }: Moment) =>
  `${when} (${still ? 'static' : 'live'}): ${lists.join(' and ') || 'no list'}, ${names.length} names, ${height}px`;

/** Exactly one list, each contributor in it once, at every moment; the layout `layout`. */
function expectOneList(moments: Moment[], layout: string) {
  const contributors = moments.at(-1)!.names;
  expect(contributors.length).to.be.greaterThan(3);
  for (const m of moments) {
    expect(m.lists, describeMoment(m)).to.deep.equal([layout]);
    expect(m.names, describeMoment(m)).to.deep.equal(contributors);
  }
}

describe('<contributor-list> taking over its static HTML', () => {
  afterEach(() => clearMissionCache());

  for (const [width, layout] of [
    [390, 'ul'],
    [640, 'ul'],
    [900, 'table'],
  ] as const) {
    it(`in ${width}px: one list (its ${layout === 'ul' ? 'cards' : 'table'}) at every moment, each contributor read once, its height still`, async () => {
      const moments = await takeOver(width);
      expectOneList(moments, layout);
      const heights = new Set(moments.map((m) => m.height));
      expect([...heights], moments.map(describeMoment).join('\n')).to.have.length(1);
    });
  }

  it('in a column that narrows as the data comes: the cards the static HTML shows then, never the table again', async () => {
    const moments = await takeOver(900, (column) => (column.style.inlineSize = '390px'));
    const narrowed = moments.findIndex((m) => m.lists[0] === 'ul');
    expect(narrowed, 'the static HTML shows its cards in the narrow column').to.be.greaterThan(0);
    expectOneList(moments.slice(0, narrowed), 'table');
    const after = moments.slice(narrowed);
    expectOneList(after, 'ul');
    const heights = new Set(after.map((m) => m.height));
    expect([...heights], after.map(describeMoment).join('\n')).to.have.length(1);
  });
});
