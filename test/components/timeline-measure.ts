/** Measuring `<event-timeline>` as a reader sees it: the shared steps of its layout tests. */
import { fixture, html, nextFrame } from '@open-wc/testing';
import type { EventTimeline } from '../../src/event-timeline.js';
import '../../src/event-timeline.js';
import { settled } from '../helpers.js';

/** A light and a dark page: theme, background, text colour. */
export const THEMES = [
  ['light', '#ffffff', '#111111'],
  ['dark', '#121212', '#eeeeee'],
] as const;

const shadow = (el: EventTimeline) => el.shadowRoot!;
export const items = (el: EventTimeline) => [...shadow(el).querySelectorAll<HTMLLIElement>('ol > li')];

/** A timeline in an article column `width` px wide on a page of `theme`, settled. */
export async function make(
  width: number,
  theme: (typeof THEMES)[number],
  attributes: Record<string, string> = {},
) {
  const [name, background, color] = theme;
  const page = await fixture<HTMLDivElement>(
    html`<div
      style="inline-size:${width}px; background:${background}; color:${color}; color-scheme:${name}"
    ></div>`,
  );
  const el = document.createElement('event-timeline');
  for (const [key, value] of Object.entries({ theme: name, ...attributes })) el.setAttribute(key, value);
  page.append(el);
  return settled(el);
}

/** Every element whose text overflows its box, and every word split over two lines. */
export function spills(el: EventTimeline): string[] {
  const found: string[] = [];
  for (const node of shadow(el).querySelectorAll<HTMLElement>('h3, h4, p, a, button, time, span, strong')) {
    if (node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).display !== 'inline')
      found.push(`overflows: ${node.outerHTML.slice(0, 80)}`);
  }
  const walker = document.createTreeWalker(shadow(el), NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let text = walker.nextNode() as Text | null; text; text = walker.nextNode() as Text | null) {
    for (const match of text.data.matchAll(/[^\s\u00a0\-‐–—/]+/g)) {
      range.setStart(text, match.index);
      range.setEnd(text, match.index + match[0].length);
      const tops = new Set(
        [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
      );
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

/**
 * After a jump (not a reader's scrolling), the events around the new place render: waits until
 * `stop` has kept its place for three frames (at most a second of frames), so that what is
 * measured next is the reader's scrolling alone. On a loaded machine two frames were not enough.
 */
async function settledAt(stop: HTMLElement) {
  let top = stop.getBoundingClientRect().top;
  for (let still = 0, frame = 0; still < 3 && frame < 60; frame++) {
    await nextFrame();
    const now = stop.getBoundingClientRect().top;
    still = Math.abs(now - top) > 1 ? 0 : still + 1;
    top = now;
  }
}

/** The timeline's height with every event rendered, however far off screen. */
export async function renderedHeight(el: EventTimeline): Promise<number> {
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
 * settle (it must then be on screen), then reads on: scrolls down half a viewport at a time, and
 * checks after each step that the stop moved by exactly the distance scrolled, that is, that
 * nothing above it changed size.
 * Returns those that moved, and the layout shifts Chromium reported while reading on (other
 * engines have no layout-shift entries; there the geometry is the test).
 */
export async function scrollThrough(el: EventTimeline, stops: HTMLElement[], steps = 3) {
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
    await settledAt(stop);
    // The jump must land on the stop: WebKit once placed an event of a year it never laid out
    // at the year's top, 30,000 px short of it, and then measured the wrong events.
    const landed = stop.getBoundingClientRect();
    if (landed.bottom <= 0 || landed.top >= innerHeight) moved.push(`${stop.id} off screen after the jump`);
    const from = performance.now();
    for (let i = 0; i < steps; i++) {
      const top = stop.getBoundingClientRect().top;
      const before = scrollY;
      scrollBy(0, step);
      await frames();
      const scrolled = scrollY - before;
      if (Math.abs(stop.getBoundingClientRect().top - (top - scrolled)) > 1)
        moved.push(`${stop.id} at step ${i}`);
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
