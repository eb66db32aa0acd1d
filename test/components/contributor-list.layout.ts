/**
 * Shared by the contributor-list.layout-*.test.ts files (split so that each engine finishes a
 * file within its time limit). The contributor list as readers see it, measured in every engine: the story as shipped (to
 * 2026), at a phone's, an article column's and a wide page's width, on a light and a dark host,
 * in all five languages. No word breaks inside itself, no text leaves its box or the widget's,
 * a phone and an article column get the entries (a table with the figures and the funding needs
 * 48rem), a wide page the table, and axe finds nothing. A wide font at 666 px (where WebKit
 * once let the French table spill past the border) is measured too.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { clearMissionCache } from '../../src/data/store.js';
import '../../src/contributor-list.js';
import { setViewport } from '../engines/commands.js';
import { settled } from '../helpers.js';

export type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const HOSTS = {
  light: 'background: #ffffff; color: #1b1d21; color-scheme: light',
  dark: 'background: #121317; color: #eceef2; color-scheme: dark',
} as const;

/** DejaVu Sans at 18 px: the widest font these machines have, as a site's own font might be. */
export const WIDE_FONT = '--mw-font-family: "DejaVu Sans", Verdana, sans-serif; --mw-font-size: 1.125rem';

export async function place(
  width: number,
  locale: string,
  theme: keyof typeof HOSTS,
  style = '',
  attributes: Record<string, string> = {},
): Promise<Widget> {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="inline-size: ${width}px; padding: 0; ${HOSTS[theme]}"></div>`,
  );
  const el = document.createElement('contributor-list') as Widget;
  el.setAttribute('locale', locale);
  el.setAttribute('theme', theme);
  if (style) el.setAttribute('style', style);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  wrapper.append(el);
  return settled(el);
}

/** The widget's visible text nodes (not the sentences for screen readers). */
function* visibleText(root: ShadowRoot): Generator<Text> {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!node.textContent!.trim() || parent.closest('.visually-hidden, caption, style')) continue;
    yield node as Text;
  }
}

/** Words drawn on more than one line ("Déployé/s"); a break after a hyphen or a slash is fine. */
export function brokenWords(root: ShadowRoot): string[] {
  const broken: string[] = [];
  for (const node of visibleText(root)) {
    for (const word of node.textContent!.matchAll(/[^\s\-‐/]+/g)) {
      const range = document.createRange();
      range.setStart(node, word.index);
      range.setEnd(node, word.index + word[0].length);
      const lines = new Set(
        [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
      );
      if (lines.size > 1) broken.push(word[0]);
    }
  }
  return broken;
}

/** Text drawn outside its own cell or entry, or outside the widget's box. */
export function spilled(el: Widget): string[] {
  const root = el.shadowRoot!;
  const widget = el.getBoundingClientRect();
  const found: string[] = [];
  for (const node of visibleText(root)) {
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = node.parentElement!.closest('td, th, li, p') ?? el;
    const limit = box.getBoundingClientRect();
    for (const rect of range.getClientRects()) {
      if (!rect.width) continue;
      const inside = (outer: DOMRect) => rect.left >= outer.left - 0.5 && rect.right <= outer.right + 0.5;
      if (!inside(limit) || !inside(widget)) found.push(node.textContent!.trim());
    }
  }
  const table = root.querySelector('table');
  if (table && table.getBoundingClientRect().right > widget.right + 0.5) found.push('the table');
  return found;
}

/** At one width, on a light and a dark host, in all five languages. */
export function describeWidth(width: number): void {
  describe(`<contributor-list> as readers see it at ${width} px`, () => {
    before(() => setViewport({ width: 1400, height: 900 }));
    after(() => setViewport({ width: 800, height: 600 }));
    afterEach(() => clearMissionCache());

    for (const theme of ['light', 'dark'] as const) {
      for (const locale of ['en', 'fr', 'ht', 'es', 'sw']) {
        it(`${theme} host, ${locale}: every word whole and inside its box, axe clean`, async () => {
          const el = await place(width, locale, theme);
          const root = el.shadowRoot!;
          expect(root.querySelectorAll('table, .cards')).to.have.length(1);
          // The widget's box is 26 px wider than the 48rem (768 px) its table needs.
          expect(root.querySelector('table, .cards')!.localName, 'the layout').to.equal(
            width >= 794 ? 'table' : 'ul',
          );
          expect(brokenWords(root), 'words broken inside').to.deep.equal([]);
          expect(spilled(el), 'text outside its box').to.deep.equal([]);
          await expect(el).to.be.accessible();
        });
      }
    }
  });
}
