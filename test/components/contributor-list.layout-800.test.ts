/**
 * A figure in words in the table ("present, number not reported": people there, their number not
 * reported) at 800 px, the narrowest table with the funding too: two lines at most in every
 * engine and language, never three ("present, / number not / reported" in Firefox's and WebKit's
 * fonts), and the other columns' words whole.
 */
import { expect } from '@open-wc/testing';
import { clearMissionCache } from '../../src/data/store.js';
import { setViewport } from '../engines/commands.js';
import { brokenWords, place, spilled } from './contributor-list.layout.js';

/** How many lines an element's text is drawn on. */
function lines(element: Element): number {
  const range = document.createRange();
  range.selectNodeContents(element);
  return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
}

describe('<contributor-list> a figure in words at 800 px', () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => clearMissionCache());

  for (const locale of ['en', 'fr', 'ht', 'es', 'sw']) {
    it(`${locale}: on two lines at most, in the table or an entry, every word whole`, async () => {
      const el = await place(800, locale, 'light');
      const root = el.shadowRoot!;
      // English fits the table at 800 px in every engine; the longer languages may not.
      if (locale === 'en') expect(root.querySelector('table'), 'the table').to.exist;
      // Kenya's people preparing: present, their number not reported (the shipped story).
      const words = [...root.querySelectorAll('[data-column=preparing] .value:not(.number)')];
      expect(words, 'a figure in words').to.not.be.empty;
      for (const value of words)
        expect(lines(value), `lines of "${value.textContent!.trim()}"`).to.be.at.most(2);
      expect(brokenWords(root), 'words broken inside').to.deep.equal([]);
      expect(spilled(el), 'text outside its box').to.deep.equal([]);
    });
  }
});
