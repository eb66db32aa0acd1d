/**
 * What a reader of `<event-timeline>` sees, measured: at a phone's, an article column's and a
 * wide page's width, on a light and a dark page, in every interface language, no text spills out
 * of its box or breaks inside a word, the room the timeline reserves is the room it takes once
 * read (5 % at most apart), nothing moves while the reader scrolls, and axe finds nothing.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { CATEGORIES, type MissionInput } from '../../src/data/schema.js';
import { clearMissionCache } from '../../src/data/store.js';
import type { EventTimeline } from '../../src/event-timeline.js';
import '../../src/event-timeline.js';
import { shippedCopy } from '../data/fixtures.js';
import { serve, settled } from '../helpers.js';

const WIDTHS = [390, 640, 1280];
const THEMES = [
  ['light', '#ffffff', '#111111'],
  ['dark', '#121212', '#eeeeee'],
] as const;
const LANGUAGES = ['en', 'fr', 'ht', 'es', 'sw'];

/** A timeline in an article column `width` px wide on a page of `theme`, settled. */
async function make(width: number, theme: (typeof THEMES)[number], attributes: Record<string, string> = {}) {
  const [name, background, color] = theme;
  const page = await fixture<HTMLDivElement>(
    html`<div style="inline-size:${width}px; background:${background}; color:${color}; color-scheme:${name}"></div>`,
  );
  const el = document.createElement('event-timeline');
  for (const [key, value] of Object.entries({ theme: name, ...attributes })) el.setAttribute(key, value);
  page.append(el);
  return settled(el);
}

const shadow = (el: EventTimeline) => el.shadowRoot!;
const items = (el: EventTimeline) => [...shadow(el).querySelectorAll<HTMLLIElement>('ol > li')];

/** Every element whose text overflows its box, and every word split over two lines. */
function spills(el: EventTimeline): string[] {
  const found: string[] = [];
  for (const node of shadow(el).querySelectorAll<HTMLElement>('h3, h4, p, a, button, time, span, strong')) {
    if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).display !== 'inline')
      found.push(`overflows: ${node.outerHTML.slice(0, 80)}`);
  }
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    for (const match of text.data.matchAll(/[^\s\u00a0]+/g)) {
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
      if (tops.size > 1) found.push(`breaks inside "${match[0]}"`);
    }
  }
  return found;
}

/** Lets every pending size change land: two frames, so ResizeObserver and layout have run. */
async function frames() {
  await nextFrame();
  await nextFrame();
}

/** The timeline's height with every event rendered, however far off screen. */
async function renderedHeight(el: EventTimeline): Promise<number> {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('* { content-visibility: visible !important; }');
  shadow(el).adoptedStyleSheets = [...shadow(el).adoptedStyleSheets, sheet];
  await frames();
  const height = el.getBoundingClientRect().height;
  shadow(el).adoptedStyleSheets = shadow(el).adoptedStyleSheets.filter((s) => s !== sheet);
  await frames();
  return height;
}

/**
 * Brings each of `stops` to the top of the viewport (a jump, as a scrollbar drag makes), lets it
 * settle, then reads on: scrolls down half a viewport at a time, and checks after each step that
 * the stop moved by exactly the distance scrolled, that is, that nothing above it changed size.
 * Returns those that moved, and the layout shifts Chromium reported while reading on (other
 * engines have no layout-shift entries; there the geometry is the test).
 */
async function scrollThrough(el: EventTimeline, stops: HTMLElement[], steps = 3) {
  const shifts: number[] = [];
  const reading: [number, number][] = [];
  const supported = PerformanceObserver.supportedEntryTypes?.includes('layout-shift');
  const observer = new PerformanceObserver((list) =>
    list.getEntries().forEach((entry) => {
      if (reading.some(([from, to]) => entry.startTime >= from && entry.startTime <= to))
        shifts.push((entry as PerformanceEntry & { value: number }).value);
    }),
  );
  if (supported) observer.observe({ type: 'layout-shift' });
  const moved: string[] = [];
  const step = Math.floor(innerHeight / 2);
  for (const stop of stops) {
    stop.scrollIntoView({ block: 'start' });
    await frames();
    const from = performance.now();
    for (let i = 0; i < steps; i++) {
      const top = stop.getBoundingClientRect().top;
      const before = scrollY;
      scrollBy(0, step);
      await frames();
      const scrolled = scrollY - before;
      if (Math.abs(stop.getBoundingClientRect().top - (top - scrolled)) > 1) moved.push(`${stop.id} at step ${i}`);
    }
    reading.push([from, performance.now()]);
  }
  await frames();
  if (supported) {
    list(observer.takeRecords());
    observer.disconnect();
  }
  scrollTo(0, 0);
  return { shifts, moved, after: el.getBoundingClientRect().height };

  function list(entries: PerformanceEntryList) {
    entries.forEach((entry) => {
      if (reading.some(([from, to]) => entry.startTime >= from && entry.startTime <= to))
        shifts.push((entry as PerformanceEntry & { value: number }).value);
    });
  }
}

describe('<event-timeline> as readers see it', () => {
  afterEach(() => clearMissionCache());

  for (const width of WIDTHS) {
    for (const theme of THEMES) {
      for (const locale of LANGUAGES) {
        it(`fits at ${width} px on a ${theme[0]} page in ${locale}: no spill, true room, no shift, axe clean`, async function () {
          this.timeout(60_000);
          const el = await make(width, theme, { locale, filters: '', src: '/data/haiti-mss.json' });
          expect(spills(el)).to.deep.equal([]);
          const reserved = el.getBoundingClientRect().height;
          const stops = items(el).filter((_, i) => i % 15 === 0);
          const { shifts, moved, after } = await scrollThrough(el, stops);
          expect(moved).to.deep.equal([]);
          expect(shifts.reduce((a, b) => a + b, 0)).to.equal(0);
          expect(Math.abs(after - reserved) / after).to.be.below(0.05);
          expect(Math.abs((await renderedHeight(el)) - reserved) / reserved).to.be.below(0.05);
          if (locale === 'en' || width === 390) await expect(el).to.be.accessible();
        });
      }
    }
  }

  describe('10,000 events', () => {
    let src: string;
    before(async () => {
      const doc = shippedCopy() as MissionInput;
      const day = (i: number) => new Date(Date.UTC(1998, 0, 1 + i)).toISOString().slice(0, 10);
      doc.events = Array.from({ length: 10_000 }, (_, i) => ({
        id: `e${i}`,
        date: day(i),
        title: `Event ${i + 1}: ${i % 3 ? 'a contingent arrives' : 'the council renews the mandate for a year'}`,
        summary: i % 2 ? 'A short summary of what happened, in one or two lines.' : undefined,
        category: CATEGORIES[i % CATEGORIES.length],
        countries: ['KE'],
        sources: [doc.sources[i % doc.sources.length].id],
      }));
      doc.updated = day(9_999);
      src = await serve(JSON.stringify(doc));
    });

    for (const width of [390]) {
      it(`reserves at ${width} px the room its events take, and nothing moves as a reader scrolls`, async function () {
        // A volume test: Firefox and WebKit take several times Chromium's time on two shared cores.
        this.timeout(180_000);
        const el = await make(width, THEMES[0], { locale: 'en', src });
        const reserved = el.getBoundingClientRect().height;
        const all = items(el);
        expect(all).to.have.length(10_000);
        const stops = all.filter((_, i) => i % 1250 === 625);
        const { shifts, moved, after } = await scrollThrough(el, stops);
        expect(moved).to.deep.equal([]);
        expect(shifts.reduce((a, b) => a + b, 0)).to.equal(0);
        expect(Math.abs(after - reserved) / reserved).to.be.below(0.05);
        expect(Math.abs((await renderedHeight(el)) - reserved) / reserved).to.be.below(0.05);
      });
    }
  });
});
