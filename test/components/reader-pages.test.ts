/**
 * The issue's checks that no other file makes, for the widgets in their default theme (which
 * takes the page's colours): axe, contrast included, on a white, a cream and a dark page for the
 * contributor list and the timeline (the counter's are in troop-counter-page.test.ts); the room
 * the contributor list takes at load against the room it takes once every entry has rendered
 * (within 5 %); and, from the moment each widget is created until it has rendered, no figure on
 * screen that is not one of its final figures (all traced to the data by the views' tests).
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { clearMissionCache } from '../../src/data/store.js';
import '../../src/troop-counter.js';
import '../../src/contributor-list.js';
import '../../src/event-timeline.js';
import { shippedCopy } from '../data/fixtures.js';
import { setViewport } from '../engines/commands.js';
import { serve, settled } from '../helpers.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const PAGES = {
  white: 'background: #ffffff; color: #1b1d21',
  cream: 'background: #f6f1e7; color: #2b2620',
  dark: 'background: #16181d; color: #e8e6e3; color-scheme: dark',
} as const;

async function place(
  tag: string,
  width: number,
  page: keyof typeof PAGES,
  attributes: Record<string, string>,
) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="inline-size: ${width}px; ${PAGES[page]}"></div>`,
  );
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  return el;
}

async function frames(n = 2) {
  for (let i = 0; i < n; i++) await nextFrame();
}

/** The numbers a text shows, as digits alone ("1,000" and "1 000" are both 1000). */
const numbers = (text: string) =>
  [...text.matchAll(/\d[\d\s.,\u00a0\u202f]*\d|\d/g)].map((m) => m[0].replace(/[^\d]/g, ''));

/** The text a reader sees or hears in a shadow root (its visually hidden sentences included). */
const shown = (root: ShadowRoot) =>
  [...root.querySelectorAll('*')]
    .filter((node) => node.localName !== 'style')
    .flatMap((node) => [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE))
    .map((child) => child.textContent!)
    .join(' ');

describe('the widgets on the pages readers read them on', () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => clearMissionCache());

  for (const page of Object.keys(PAGES) as (keyof typeof PAGES)[])
    for (const tag of ['contributor-list', 'event-timeline'])
      for (const [width, locale] of [
        [390, 'fr'],
        [640, 'en'],
      ] as const)
        it(`${tag} on a ${page} page, ${width} px, ${locale}: axe finds nothing, contrast included`, async function () {
          this.timeout(60_000);
          const el = await settled(
            await place(tag, width, page, {
              locale,
              ...(tag === 'event-timeline' ? { filters: '', to: '2024-12' } : {}),
            }),
          );
          expect(getComputedStyle(el).backgroundColor, "the page's own background").to.equal(
            'rgba(0, 0, 0, 0)',
          );
          await expect(el).to.be.accessible();
        });

  // WebKit (VoiceOver) stops announcing a list as one when its bullets are styled away.
  for (const tag of ['troop-counter', 'contributor-list', 'event-timeline'])
    it(`${tag}: every list drawn without bullets still says it is a list`, async () => {
      const el = await settled(await place(tag, 390, 'white', {}));
      const lists = [...el.shadowRoot!.querySelectorAll('ul, ol')];
      expect(lists.length, 'lists').to.be.above(0);
      for (const list of lists)
        if (getComputedStyle(list).listStyleType === 'none')
          expect(list.getAttribute('role'), list.className || list.localName).to.equal('list');
    });

  for (const width of [390, 640, 1280])
    it(`contributor-list at ${width} px: the room it takes at load is within 5 % of its rendered room`, async () => {
      const el = await settled(await place('contributor-list', width, 'white', {}));
      await (el as unknown as { rendered: Promise<void> }).rendered;
      await frames();
      const atLoad = el.getBoundingClientRect().height;
      // Every entry rendered, as once a reader has scrolled past them all.
      for (const entry of el.shadowRoot!.querySelectorAll('li, tr')) {
        entry.scrollIntoView({ block: 'center' });
        await frames(1);
      }
      await frames();
      const read = el.getBoundingClientRect().height;
      expect(Math.abs(read - atLoad) / read, `${atLoad} at load, ${read} once read`).to.be.below(0.05);
      scrollTo(0, 0);
    });

  for (const tag of ['troop-counter', 'contributor-list', 'event-timeline'])
    for (const locale of ['en', 'fr', 'sw'])
      it(`${tag}, ${locale}: no figure on screen at any frame of the load but its final ones`, async function () {
        this.timeout(30_000);
        const data = JSON.stringify(shippedCopy());
        const src = await serve(data, { delay: 150 });
        const el = await place(tag, 640, 'white', {
          locale,
          src,
          ...(tag === 'troop-counter' ? { history: '' } : {}),
        });
        const seen: string[] = [];
        let done = false;
        const watch = async () => {
          while (!done) {
            if (el.shadowRoot) seen.push(shown(el.shadowRoot));
            await nextFrame();
          }
        };
        const watching = watch();
        await settled(el);
        await (el as unknown as { rendered?: Promise<void> }).rendered;
        // The counter's count-up starts once it is seen, and may run a second.
        for (let i = 0; i < 90; i++) await nextFrame();
        done = true;
        await watching;
        const final = new Set(numbers(shown(el.shadowRoot!)));
        const wrong = [...new Set(seen.flatMap(numbers))].filter((n) => !final.has(n));
        expect(seen.length, 'frames watched').to.be.above(5);
        expect(wrong, 'figures seen during the load only').to.deep.equal([]);
      });
});
