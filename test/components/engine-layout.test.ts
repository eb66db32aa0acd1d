/**
 * What readers see, measured in each engine, with a screenshot of each case in
 * test/screenshots/<engine>/: the horizontal timeline's events and years never overlap (Firefox
 * and WebKit once shrank each year to its heading), and the contributor table keeps its words
 * whole.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { clearMissionCache } from '../../src/data/store.js';
import '../../src/contributor-list.js';
import '../../src/event-timeline.js';
import { screenshot, setViewport } from '../engines/commands.js';
import { engine } from '../engines/engine.js';
import { settled } from '../helpers.js';
import { emulateMedia } from '../media.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

async function place(tag: string, width: number, attributes: Record<string, string>): Promise<Widget> {
  const wrapper = await fixture<HTMLDivElement>(html`<div id="shot" style="inline-size: ${width}px"></div>`);
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries({ locale: 'en', ...attributes })) el.setAttribute(name, value);
  wrapper.append(el);
  return settled(el);
}

const rect = (node: Element) => node.getBoundingClientRect();
const apart = (a: DOMRect, b: DOMRect) =>
  a.right <= b.left + 0.5 || b.right <= a.left + 0.5 || a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5;

/** Pairs of boxes that overlap, named for the message. */
function overlaps(boxes: [string, DOMRect][]): string[] {
  const found: string[] = [];
  boxes.forEach(([name, box], i) =>
    boxes.slice(i + 1).forEach(([other, next]) => apart(box, next) || found.push(`${name} / ${other}`)),
  );
  return found;
}

/** Words drawn on more than one line ("Contributeu/r"); a break after a hyphen is fine. */
function brokenWords(root: Element): string[] {
  const broken: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.parentElement?.closest('.visually-hidden')) continue;
    for (const word of node.textContent!.matchAll(/[^\s-]+/g)) {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      if (range.getClientRects().length > 1) broken.push(word[0]);
    }
  }
  return broken;
}

describe(`layout as drawn (${engine})`, () => {
  before(async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    await setViewport({ width: 1400, height: 900 });
  });
  after(async () => {
    await emulateMedia({ reducedMotion: 'no-preference' });
    await setViewport({ width: 800, height: 600 });
  });
  afterEach(() => clearMissionCache());

  for (const width of [360, 666, 1200]) {
    it(`the horizontal timeline at ${width} px: no event or year overlaps another`, async () => {
      const el = await place('event-timeline', width, { layout: 'horizontal' });
      const root = el.shadowRoot!;
      const events = [...root.querySelectorAll('ol > li')].map((li): [string, DOMRect] => [li.id, rect(li)]);
      const years = [...root.querySelectorAll('section')].map((s): [string, DOMRect] => [
        s.querySelector('h3')!.textContent!,
        rect(s),
      ]);
      expect(events.length).to.be.above(10);
      expect(overlaps(events), 'events').to.deep.equal([]);
      expect(overlaps(years), 'years').to.deep.equal([]);
      // Each year holds its own events: as wide as they are, side by side.
      for (const section of root.querySelectorAll('section')) {
        const box = rect(section);
        for (const li of section.querySelectorAll('ol > li')) {
          expect(rect(li).left, li.id).to.be.at.least(box.left - 0.5);
          expect(rect(li).right, li.id).to.be.at.most(box.right + 0.5);
        }
      }
      const shot = await screenshot(`timeline-horizontal-${width}`, '#shot');
      expect(shot.width).to.be.above(0);
    });
  }

  // 666 px: a table of the figures alone (the whole list's needs 48rem); 800 px: the narrowest
  // table with the funding too.
  for (const [width, attributes] of [
    [666, { show: 'personnel' }],
    [800, {}],
    [900, {}],
  ] as const) {
    it(`the contributor table at ${width} px${'show' in attributes ? `, ${attributes.show}` : ''} keeps every word whole, inside its border`, async () => {
      const el = await place('contributor-list', width, attributes);
      const table = el.shadowRoot!.querySelector('table')!;
      expect(table, 'the table layout').to.exist;
      expect(brokenWords(table)).to.deep.equal([]);
      expect(rect(table).right).to.be.at.most(rect(el).right + 0.5);
      const shot = await screenshot(`contributor-table-${width}`, '#shot');
      expect(shot.width).to.be.above(0);
    });
  }
});
