/**
 * `<event-timeline>` as a reader uses it: the previous and next buttons at the strip's ends, the
 * live count of the filters, the breaks for empty years and the phase bands, the countries of an
 * event written as in a sentence, its footer, and, on a wide page, a column of dates beside the
 * events, in the five interface languages.
 */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearMissionCache } from '../../src/data/store.js';
import type { EventTimeline } from '../../src/event-timeline.js';
import '../../src/event-timeline.js';
import { shippedCopy } from '../data/fixtures.js';
import { FIVE_PHASE_NAMES, fivePhases } from '../fixtures/five-phases.js';
import { setViewport } from '../engines/commands.js';
import { serve, settled } from '../helpers.js';
import { emulateMedia } from '../media.js';

const LANGUAGES = ['en', 'fr', 'ht', 'es', 'sw'] as const;
let story2024: Promise<string> | undefined;

/** A timeline `width` px wide: the story to September 2024 unless `src` is given, settled. */
async function make(width: number, attributes: Record<string, string> = {}): Promise<EventTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"></div>`);
  const el = document.createElement('event-timeline');
  story2024 ??= serve(JSON.stringify(shippedCopy()));
  for (const [name, value] of Object.entries({ locale: 'en', src: await story2024, ...attributes }))
    el.setAttribute(name, value);
  wrapper.append(el);
  return settled(el);
}

const $ = (el: EventTimeline, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: EventTimeline, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const box = (node: Element) => node.getBoundingClientRect();

async function frames(n = 3) {
  for (let i = 0; i < n; i++) await nextFrame();
}

describe('<event-timeline> as a reader uses it', () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(async () => {
    clearMissionCache();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  describe('previous and next', () => {
    it('are disabled for assistive technology at the ends, yet stay focusable, and keep the focus', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await make(640, { layout: 'horizontal' });
      const [previous, next] = [$(el, '.previous'), $(el, '.next')];
      expect(previous.getAttribute('aria-label')).to.equal('Previous events');
      expect(next.getAttribute('aria-label')).to.equal('Next events');
      expect(previous.getAttribute('aria-disabled'), 'previous at the start').to.equal('true');
      expect(next.getAttribute('aria-disabled'), 'next at the start').to.equal('false');
      // aria-disabled, not disabled: a disabled button would drop the keyboard's focus at the end.
      expect(previous.hasAttribute('disabled') || next.hasAttribute('disabled')).to.equal(false);

      const strip = $(el, '.strip');
      next.focus();
      let pages = 0;
      while ($(el, '.next').getAttribute('aria-disabled') === 'false' && pages < 20) {
        const before = strip.scrollLeft;
        await sendKeys({ press: 'Enter' });
        await frames();
        await el.updateComplete;
        expect(Math.abs(strip.scrollLeft), 'a page on').to.be.above(Math.abs(before));
        pages++;
      }
      expect(pages, 'pages to the end').to.be.within(2, 19);
      expect($(el, '.next').getAttribute('aria-disabled'), 'next at the end').to.equal('true');
      expect($(el, '.previous').getAttribute('aria-disabled'), 'previous at the end').to.equal('false');
      expect(el.shadowRoot!.activeElement, 'the focus stays on next').to.equal($(el, '.next'));

      // At the end, next does nothing; previous goes back a page.
      const end = strip.scrollLeft;
      await sendKeys({ press: 'Enter' });
      await frames();
      expect(strip.scrollLeft).to.equal(end);
      $(el, '.previous').focus();
      await sendKeys({ press: 'Enter' });
      await frames();
      await el.updateComplete;
      expect(Math.abs(strip.scrollLeft)).to.be.below(Math.abs(end));
      expect($(el, '.next').getAttribute('aria-disabled')).to.equal('false');
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.previous'));
    });
  });

  describe('the live count', () => {
    const WORDS = {
      en: ['12 events', '6 of 12 events'],
      fr: ['12 événements', '6 événements sur 12'],
      ht: ['12 evènman', '6 evènman sou 12'],
      es: ['12 eventos', '6 de 12 eventos'],
      sw: ['Matukio 12', 'Matukio 6 kati ya 12'],
    };
    for (const locale of LANGUAGES) {
      it(`${locale}: "${WORDS[locale][0]}", then "${WORDS[locale][1]}" for two categories, then all again`, async () => {
        const el = await make(640, { locale, filters: '' });
        const count = $(el, '[part=count]');
        expect(count.getAttribute('role'), 'a polite live region').to.equal('status');
        expect(text(count)).to.equal(WORDS[locale][0]);
        $(el, 'button.c-deployment').click();
        $(el, 'button.c-funding').click();
        await el.updateComplete;
        expect(text($(el, '[part=count]'))).to.equal(WORDS[locale][1]);
        expect($$(el, 'ol > li')).to.have.length(6);
        $(el, 'button.all').click();
        await el.updateComplete;
        expect(text($(el, '[part=count]'))).to.equal(WORDS[locale][0]);
        expect($(el, 'button.all').getAttribute('aria-pressed')).to.equal('true');
      });
    }
  });

  describe('empty years and phases', () => {
    const GAP = {
      en: 'No events in 2022',
      fr: 'Aucun événement en 2022',
      ht: 'Pa gen evènman an 2022',
      es: 'Sin eventos en 2022',
      sw: 'Hakuna matukio mwaka 2022',
    };
    for (const locale of LANGUAGES) {
      it(`${locale}: "${GAP[locale]}" stands between 2021 and 2023, on the rail`, async () => {
        const el = await make(640, { locale });
        const gaps = $$(el, '[part=gap]');
        expect(gaps.map(text)).to.deep.equal([GAP[locale]]);
        const [y2021, y2023] = [$(el, '#y2021'), $(el, '#y2023')];
        const gap = box(gaps[0]);
        expect(gap.top, 'below 2021').to.be.at.least(box(y2021.closest('section')!).bottom - 1);
        expect(gap.bottom, 'above 2023').to.be.at.most(box(y2023).top + 1);
        // The break is drawn: a dashed stretch of the rail.
        expect(getComputedStyle(gaps[0]).borderInlineStartStyle).to.equal('dashed');
      });
    }

    it('bands the events of each phase, its name shown once where the band begins', async () => {
      const el = await make(640, { src: '/data/haiti-mss.json', to: '2025-12' });
      const events = $$(el, 'ol > li');
      const banded = events.filter((li) => li.classList.contains('band'));
      expect(banded.length, 'events within a phase').to.be.above(10);
      expect(events[0].classList.contains('band'), 'the 2021 crisis, before any phase').to.equal(false);
      const names = $$(el, '[part=phase]').map(text);
      expect(names).to.deep.equal(['Multinational Security Support mission', 'Gang Suppression Force']);
      // The band is a wider rail than the plain one, in each phase its own colour.
      const rail = (li: HTMLElement) => getComputedStyle(li.querySelector('.meta')!, '::after');
      expect(parseFloat(rail(banded[0]).borderInlineStartWidth)).to.equal(4);
      expect(parseFloat(rail(events[0]).borderInlineStartWidth)).to.equal(2);
      const starts = banded.filter((li) => li.querySelector('[part=phase]'));
      expect(rail(starts[0]).borderInlineStartColor).not.to.equal(rail(starts[1]).borderInlineStartColor);
    });
  });

  describe('phases told apart', () => {
    let fivePhased: Promise<string> | undefined;
    // Pages as the gallery's: theme auto takes the page's colours, a theme its own box.
    const PAGES = [
      ['white', 'background: #ffffff; color: #1b1d21', {}],
      ['cream', 'background: #f6f1e7; color: #2b2620', {}],
      ['dark', 'background: #16181d; color: #e8e6e3; color-scheme: dark', {}],
      ['light-themed', '', { theme: 'light' }],
      ['dark-themed', 'background: #121212', { theme: 'dark' }],
    ] as const;
    const rgb = (color: string) =>
      color
        .match(/[\d.]+/g)!
        .slice(0, 3)
        .map(Number);
    const luminance = (color: string) => {
      const [r, g, b] = rgb(color).map((v) =>
        v / 255 <= 0.04045 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4,
      );
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light + 0.05) / (dark + 0.05);
    };
    /** The colour painted behind a node: the nearest opaque background, out of the shadow root too. */
    function backdrop(node: Element): string {
      for (
        let at: Element | null = node;
        at;
        at = at.parentElement ?? (at.getRootNode() as ShadowRoot).host ?? null
      ) {
        const color = getComputedStyle(at).backgroundColor;
        if (!/transparent|rgba\(.*, 0\)$/.test(color)) return color;
      }
      return 'rgb(255, 255, 255)';
    }

    for (const layout of ['vertical', 'horizontal'] as const) {
      for (const [page, style, attributes] of PAGES) {
        it(`${layout}, ${page} page: each of five phases is named, and adjacent bands differ in colour and pattern, each 3:1 on the page`, async () => {
          fivePhased ??= serve(JSON.stringify(fivePhases()));
          const wrapper = await fixture<HTMLDivElement>(
            html`<div style="inline-size: 640px; ${style}"></div>`,
          );
          const el = document.createElement('event-timeline');
          for (const [name, value] of Object.entries({
            locale: 'en',
            src: await fivePhased,
            layout,
            ...attributes,
          }))
            el.setAttribute(name, value);
          wrapper.append(el);
          await settled(el);
          // Where each band begins, its name, in text: the legend of its colour and pattern.
          const starts = $$(el, 'ol > li').filter((li) => li.querySelector('[part=phase]'));
          expect(starts.map((li) => text(li.querySelector('[part=phase]')))).to.deep.equal(FIVE_PHASE_NAMES);
          // The band as drawn: the rail beside the events, or the line above a horizontal card.
          const band = (li: HTMLElement) => {
            const drawn =
              layout === 'vertical'
                ? getComputedStyle(li.querySelector('.meta')!, '::after')
                : getComputedStyle(li);
            const side = layout === 'vertical' ? 'borderInlineStart' : 'borderBlockStart';
            return {
              color: drawn[`${side}Color`],
              style: drawn[`${side}Style`],
              width: drawn[`${side}Width`],
            };
          };
          const bands = starts.map(band);
          expect(new Set(bands.map((b) => b.color)).size, 'five colours').to.equal(5);
          bands.slice(1).forEach((b, i) => {
            expect(b.style, `phases ${i + 1} and ${i + 2}: pattern`).not.to.equal(bands[i].style);
          });
          starts.forEach((li, i) => {
            expect(parseFloat(bands[i].width), `phase ${i + 1}: a wide rail`).to.equal(4);
            const ratio = contrast(bands[i].color, backdrop(li));
            expect(ratio, `phase ${i + 1}: ${bands[i].color} on ${backdrop(li)}`).to.be.at.least(3);
            // The name's swatch is its band's colour and pattern.
            const swatch = getComputedStyle(li.querySelector('[part=phase]')!);
            expect([swatch.borderInlineStartColor, swatch.borderInlineStartStyle]).to.deep.equal([
              bands[i].color,
              bands[i].style,
            ]);
          });
          // Every event of a phase in its band's colours, not only the first.
          for (const li of $$(el, 'ol > li.band')) {
            const first = [...starts].reverse().find((s) => s.compareDocumentPosition(li) & 4 || s === li)!;
            expect(band(li), li.id).to.deep.equal(band(first));
          }
        });
      }
    }
  });

  describe("a phase's name over several lines", () => {
    for (const width of [260, 900]) {
      it(`${width} px: each marker stands on its event's date line, below the name`, async () => {
        const el = await make(width, { src: '/data/haiti-mss.json', to: '2025-12' });
        const starts = $$(el, 'ol > li').filter((li) => li.querySelector('[part=phase]'));
        expect(starts.length, 'events that begin a band').to.equal(2);
        const name = box(starts[0].querySelector('[part=phase]')!);
        const line = parseFloat(getComputedStyle(starts[0].querySelector('[part=phase]')!).lineHeight);
        if (width === 260) expect(name.height, 'the name wraps').to.be.above(1.5 * line);
        for (const li of [...starts, ...$$(el, 'ol > li').slice(0, 3)]) {
          const [marker, date] = [box(li.querySelector('[part=marker]')!), box(li.querySelector('time')!)];
          const middle = (marker.top + marker.bottom) / 2;
          expect(middle, li.id).to.be.within(date.top, date.bottom);
          const phase = li.querySelector('[part=phase]');
          if (phase) expect(marker.top, li.id).to.be.at.least(box(phase).bottom);
        }
      });
    }
  });

  describe('countries, as in a sentence', () => {
    const COUNTRIES = {
      en: ['Jamaica and Belize', 'The United States'],
      fr: ['La Jamaïque et le Belize', 'Les États-Unis'],
      ht: ['Jamayik ak Beliz', 'Etazini'],
      es: ['Jamaica y Belice', 'Estados Unidos'],
      sw: ['Jamaika na Belize', 'Marekani'],
    };
    const SOURCES = { en: 'Sources:', fr: 'Sources\u00a0:', ht: 'Sous:', es: 'Fuentes:', sw: 'Vyanzo:' };
    for (const locale of LANGUAGES) {
      it(`${locale}: "${COUNTRIES[locale].join('", "')}"`, async () => {
        const el = await make(640, { locale });
        const countries = (id: string) => text($(el, `#event-${id} .countries`));
        expect([countries('jamaica-belize-arrive'), countries('us-first-pledge')]).to.deep.equal(
          COUNTRIES[locale],
        );
        // The sources after them, labelled in the language's own typography.
        const sources = el.shadowRoot!.querySelector('#event-us-first-pledge [part=sources]')!.textContent!;
        expect(sources.trim().split(/[ \n\t]+/)[0]).to.equal(SOURCES[locale]);
      });
    }
  });

  describe("an event's footer", () => {
    it('ends no line with a separator, and keeps its countries and sources a clear gap apart', async () => {
      const el = await make(390, { src: '/data/haiti-mss.json' });
      let wrapped = 0;
      for (const foot of $$(el, '.foot')) {
        const [countries, sources] = [foot.querySelector('.countries'), foot.querySelector('.sources')];
        if (!countries || !sources) continue;
        const words = document.createRange();
        words.selectNodeContents(countries);
        const lines = [...words.getClientRects()];
        // Countries on one line: their box is as wide as what is drawn in it.
        if (lines.some((line) => line.top !== lines[0].top)) continue;
        const [end, id] = [lines[lines.length - 1].right, foot.closest('li')!.id];
        expect(box(countries).right - end, `${id}: nothing drawn after the last word`).to.be.below(1);
        if (box(sources).top >= box(countries).bottom - 1) wrapped++;
        else
          expect(box(sources).left - end, id).to.be.at.least(
            parseFloat(getComputedStyle(foot).fontSize) * 0.9,
          );
      }
      expect(wrapped, 'footers whose sources begin a line of their own').to.be.above(0);
    });
  });

  describe('on a wide page', () => {
    for (const locale of LANGUAGES) {
      it(`${locale}: at 1,280 px the date and category stand in a column beside the title and summary`, async () => {
        const el = await make(1280, { locale });
        for (const li of $$(el, 'ol > li').slice(0, 6)) {
          const [meta, title] = [box(li.querySelector('.meta')!), box(li.querySelector('h4')!)];
          expect(meta.right, 'the date column ends before the title').to.be.at.most(title.left);
          expect(Math.abs(meta.top - title.top), 'date and title start on one line').to.be.below(12);
          const summary = li.querySelector('.summary');
          if (summary) expect(box(summary).left).to.be.closeTo(title.left, 1);
          const time = li.querySelector('time')!;
          expect(box(time).width, 'the date on one line').to.be.at.most(meta.width + 0.5);
          expect(time.getClientRects()).to.have.length(1);
        }
      });
    }

    for (const locale of ['en', 'fr'] as const) {
      it(`${locale}: at 1,280 px the longest month's dates stand on one line, in the wider fonts too`, async () => {
        // September in Firefox's and WebKit's serif (DejaVu) took 158–164 px: two lines in 152.
        const el = await make(1280, { locale, src: '/data/haiti-mss.json', from: '2025-09', to: '2025-09' });
        const times = $$(el, 'ol > li time');
        expect(times.length).to.be.above(2);
        for (const time of times) {
          const line = parseFloat(getComputedStyle(time).lineHeight);
          expect(box(time).height, text(time)).to.be.below(1.5 * line);
        }
      });
    }

    it('at 640 px the date is above the title, and the title has the column', async () => {
      const el = await make(640);
      const li = $(el, '#event-kenya-offer');
      const [meta, title] = [box(li.querySelector('.meta')!), box(li.querySelector('h4')!)];
      expect(title.top).to.be.at.least(meta.bottom - 1);
      expect(title.left).to.be.closeTo(meta.left, 20);
    });
  });
});
