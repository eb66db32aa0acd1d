/**
 * `<troop-counter>` as readers meet it: in a phone, an article column and a wide page, on a
 * white, a cream and a dark page, in every interface language. What can be measured is: no text
 * leaves its box or breaks inside a word, the room it reserves before its data matches what it
 * then takes, and axe finds nothing, contrast included.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { nothing } from 'lit';
import { setViewport } from '../engines/commands.js';
import { emulateMedia } from '../media.js';
import { clearMissionCache } from '../../src/data/store.js';
import type { TroopCounter } from '../../src/troop-counter.js';
import '../../src/troop-counter.js';
import { serve, settled } from '../helpers.js';

const HOSTS = {
  white: 'background: #ffffff; color: #222222',
  cream: 'background: #f7f1e3; color: #2b2620',
  dark: 'background: #121212; color: #e8e8e8',
};
const WIDTHS = [390, 640, 1280];
const LOCALES = ['en', 'fr', 'ht', 'es', 'sw'];

/** Every text node the reader can see, with its element. */
function visibleText(root: ShadowRoot): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  while (walker.nextNode()) {
    const node = walker.currentNode as Text;
    const parent = node.parentElement;
    if (!node.data.trim() || !parent?.checkVisibility() || parent.closest('.visually-hidden')) continue;
    nodes.push(node);
  }
  return nodes;
}

/** The words of a text node that the browser set on more than one line. */
function brokenWords(node: Text): string[] {
  const broken: string[] = [];
  const range = document.createRange();
  for (const match of node.data.matchAll(/\S+/g)) {
    range.setStart(node, match.index);
    range.setEnd(node, match.index + match[0].length);
    const lines = new Set(
      [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
    );
    if (lines.size > 1) broken.push(match[0]);
  }
  return broken;
}

async function place(host: keyof typeof HOSTS, width: number, locale: string, src?: string) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="${HOSTS[host]}; inline-size: ${width}px; padding: 0; font: 18px/1.5 Georgia, serif">
      <troop-counter locale=${locale} src=${src ?? nothing}></troop-counter>
    </div>`,
  );
  // Without `src` from the start: an empty one is an error the widget shows, and `settled` would
  // take that error for the end, while the shipped data it loads once `src` goes is still on its way.
  return wrapper.querySelector('troop-counter') as TroopCounter;
}

describe('<troop-counter> in the page', () => {
  before(async () => {
    await setViewport({ width: 1320, height: 900 });
    await emulateMedia({ reducedMotion: 'reduce' });
  });
  after(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ reducedMotion: 'no-preference' });
  });
  afterEach(() => clearMissionCache());

  for (const width of WIDTHS)
    for (const locale of LOCALES)
      it(`${width} px, ${locale}: no text leaves its box or breaks inside a word`, async () => {
        const el = await settled(await place('white', width, locale));
        const root = el.shadowRoot!.querySelector('.root')!.getBoundingClientRect();
        for (const node of visibleText(el.shadowRoot!)) {
          const range = document.createRange();
          range.selectNodeContents(node);
          const box = range.getBoundingClientRect();
          expect(box.left, node.data).to.be.at.least(root.left - 1);
          expect(box.right, node.data).to.be.at.most(root.right + 1);
          expect(brokenWords(node), node.data).to.deep.equal([]);
        }
      });

  for (const width of WIDTHS)
    it(`${width} px: reserves within 5 % of the height it then takes`, async () => {
      // The shipped data, which the reservation is made for.
      const src = await serve(await (await fetch('/data/haiti-mss.json')).text(), { delay: 200 });
      const el = await place('white', width, 'en', src);
      await el.updateComplete;
      const reserved = el.getBoundingClientRect().height;
      await settled(el);
      const rendered = el.getBoundingClientRect().height;
      expect(
        Math.abs(reserved - rendered) / rendered,
        `${reserved} reserved, ${rendered} rendered`,
      ).to.be.at.most(0.05);
    });

  for (const host of Object.keys(HOSTS) as (keyof typeof HOSTS)[])
    for (const width of WIDTHS)
      it(`${host} page, ${width} px: fits the page, and axe finds nothing, contrast included`, async () => {
        const el = await settled(await place(host, width, 'en'));
        const style = getComputedStyle(el);
        expect(style.colorScheme).to.equal(host === 'dark' ? 'dark' : 'light');
        expect(style.backgroundColor, 'no box of its own').to.equal('rgba(0, 0, 0, 0)');
        expect(style.color, "the page's text").to.equal(getComputedStyle(el.parentElement!).color);
        expect(style.fontFamily).to.equal(getComputedStyle(el.parentElement!).fontFamily);
        el.shadowRoot!.querySelector('details')!.open = true;
        await expect(el).to.be.accessible();
      });

  it("stays light on a light page when the reader's OS is dark", async () => {
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const el = await settled(await place('white', 640, 'en'));
      expect(getComputedStyle(el).colorScheme).to.equal('light');
      expect(getComputedStyle(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});
