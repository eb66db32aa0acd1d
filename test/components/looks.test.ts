import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '../media.js';
import { MissionElement } from '../../src/index.js';
import { CATEGORIES } from '../../src/data/categories.js';
import { validateMission } from '../../src/data/validate.js';
import { styles as timelineStyles } from '../../src/components/event-timeline.styles.js';
import { clearMissionCache } from '../../src/data/store.js';
import { tokens } from '../../src/styles/tokens.js';
import { shippedCopy } from '../data/fixtures.js';
import { capture, respond, serve, settled } from '../helpers.js';

type Tag = 'troop-counter' | 'contributor-list' | 'event-timeline';
type Widget = HTMLElementTagNameMap[Tag];
type Attributes = Record<string, string>;
const TAGS: Tag[] = ['troop-counter', 'contributor-list', 'event-timeline'];

/** A settled widget (locale `en`) in a slot `width` px wide whose own attributes are `slot`. */
let story2024: Promise<string> | undefined;

/**
 * A widget of the Haiti story to September 2024 (five contributors, twelve events: every card
 * within the viewport, so that axe can see each one's background), settled.
 */
async function make<T extends Tag>(tag: T, attributes: Attributes = {}, width = 900, slot: Attributes = {}) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"></div>`);
  for (const [name, value] of Object.entries(slot)) wrapper.setAttribute(name, value);
  const el = document.createElement(tag);
  story2024 ??= serve(JSON.stringify(shippedCopy()));
  el.setAttribute('src', await story2024);
  for (const [name, value] of Object.entries({ locale: 'en', ...attributes })) el.setAttribute(name, value);
  wrapper.append(el);
  return settled(el);
}
const $ = <E extends Element = HTMLElement>(el: Widget, selector: string) =>
  el.shadowRoot!.querySelector<E>(selector)!;
const $$ = <E extends Element = HTMLElement>(el: Widget, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<E>(selector),
];
const box = (node: Element) => node.getBoundingClientRect();
const style = (node: Element, pseudo?: string) => getComputedStyle(node, pseudo);

// ---------------------------------------------------------------------------------------------
// Contrast, computed from the tokens themselves (WCAG 2 relative luminance).

type Rgb = [number, number, number];
const fromHex = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
function fromHsl(hue: number, saturation: number, lightness: number): Rgb {
  const s = saturation / 100;
  const l = lightness / 100;
  const f = (n: number) => {
    const k = (n + hue / 30) % 12;
    return Math.round(255 * (l - s * Math.min(l, 1 - l) * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return [f(0), f(8), f(4)];
}
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: Rgb, b: Rgb): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

type Scheme = 'light' | 'dark';
/** Each private token's default colour in each scheme, read from the shipped CSS. */
const palette: Record<Scheme, Record<string, Rgb>> = { light: {}, dark: {} };
for (const [, name, light, dark] of tokens.cssText.matchAll(
  /--_([\w-]+): var\(--mw-[\w-]+, light-dark\((#[0-9a-f]{6}), (#[0-9a-f]{6})\)\)/g,
)) {
  palette.light[name] = fromHex(light);
  palette.dark[name] = fromHex(dark);
}
/** The category markers: one hue each, at a lightness per scheme. */
const [, s1, l1, s2, l2] = timelineStyles.cssText.match(
  /light-dark\(hsl\(var\(--_h\) (\d+)% (\d+)%\), hsl\(var\(--_h\) (\d+)% (\d+)%\)\)/,
)!;
const hues = [...timelineStyles.cssText.matchAll(/\.c-(\w+) \{[^}]*--_h: (\d+);/g)];
const marker = (scheme: Scheme, hue: number) =>
  scheme === 'light' ? fromHsl(hue, +s1, +l1) : fromHsl(hue, +s2, +l2);

describe('contrast of the design tokens', () => {
  it('reads every colour token and every category hue', () => {
    expect(Object.keys(palette.light)).to.have.members([
      'text',
      'muted',
      'background',
      'surface',
      'border',
      'accent',
      'accent-soft',
      'link',
      'focus',
    ]);
    expect(hues.map(([, category]) => category)).to.have.length(8);
  });

  // [foreground, background, where]
  const text: [string, string, string][] = [
    ['text', 'background', 'body text'],
    ['text', 'accent-soft', "text in the lead nation's row, on a pressed button"],
    ['muted', 'background', 'dates, headers, countries'],
    ['muted', 'accent-soft', "labels in the lead nation's card"],
    ['link', 'background', 'source links'],
    ['link', 'accent-soft', "the lead nation's source links"],
    ['accent', 'background', 'the headline figure'],
    ['accent', 'accent-soft', '"Lead nation"'],
    ['background', 'accent', 'the "Latest" tag'],
  ];
  const indicators: [string, string, string][] = [
    ['accent', 'surface', "the progress bar's fill against its track"],
    ['accent', 'background', "the progress bar's outline, a pressed button's border"],
    ['accent', 'accent-soft', "the lead nation's edge"],
    ['focus', 'background', 'the focus ring'],
    ['focus', 'accent-soft', "the focus ring in the lead nation's row"],
  ];
  for (const scheme of ['light', 'dark'] as const) {
    for (const [fg, bg, where] of text) {
      it(`${scheme}: ${fg} on ${bg} (${where}) is at least 4.5:1`, () => {
        expect(contrast(palette[scheme][fg], palette[scheme][bg])).to.be.at.least(4.5);
      });
    }
    for (const [fg, bg, where] of indicators) {
      it(`${scheme}: ${fg} against ${bg} (${where}) is at least 3:1`, () => {
        expect(contrast(palette[scheme][fg], palette[scheme][bg])).to.be.at.least(3);
      });
    }
    it(`${scheme}: every category marker is at least 3:1 on the background and on a pressed button`, () => {
      for (const [, category, hue] of hues) {
        for (const bg of ['background', 'accent-soft']) {
          const ratio = contrast(marker(scheme, +hue), palette[scheme][bg]);
          expect(ratio, `${category} on ${bg}`).to.be.at.least(3);
        }
      }
    });
  }

  it('computes known ratios', () => {
    expect(contrast([0, 0, 0], [255, 255, 255])).to.equal(21);
    expect(contrast(fromHex('#767676'), fromHex('#ffffff'))).to.be.closeTo(4.54, 0.01);
    expect(fromHsl(210, 100, 50)).to.deep.equal([0, 128, 255]);
  });
});

// ---------------------------------------------------------------------------------------------

/** Each widget in the states a reader meets, for axe in each theme. */
const STATES: [Tag, Attributes, number][] = [
  ['troop-counter', { history: '', 'as-of': '2024-09-21' }, 900],
  ['troop-counter', { history: '', country: 'JM' }, 280],
  ['contributor-list', {}, 900],
  ['contributor-list', {}, 280],
  ['event-timeline', { filters: '', collapsed: '' }, 640],
  ['event-timeline', { layout: 'horizontal' }, 640],
];
const describeState = (tag: Tag, attributes: Attributes, width: number) =>
  `<${tag}${Object.entries(attributes)
    .map(([name, value]) => ` ${name}${value ? `="${value}"` : ''}`)
    .join('')}> at ${width}px`;

/** Presses the first category button, when there is one, so that axe sees a pressed button too. */
async function press(el: Widget): Promise<void> {
  const button = el.shadowRoot!.querySelector('button');
  if (!button) return;
  button.click();
  await el.updateComplete;
}

describe('themes', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => {
    document.documentElement.style.colorScheme = '';
    clearMissionCache();
  });

  for (const theme of ['light', 'dark']) {
    for (const [tag, attributes, width] of STATES) {
      it(`${describeState(tag, attributes, width)}, ${theme}: no axe violation, colour contrast included`, async () => {
        const el = await make(tag, { ...attributes, theme }, width);
        expect(style(el).colorScheme).to.equal(theme);
        await expect(el).to.be.accessible();
        await press(el);
        await expect(el).to.be.accessible();
      });
    }
  }

  for (const tag of TAGS) {
    it(`${tag} in auto follows a page that sets color-scheme: dark on its root, and back`, async () => {
      const el = await make(tag);
      expect(style(el).colorScheme).to.equal('light');
      // A dark page paints its own background (axe takes a page without one for white).
      document.documentElement.style.colorScheme = 'dark';
      document.body.style.background = '#121212';
      await waitUntil(() => style(el).colorScheme === 'dark', 'dark with the page');
      // It belongs to the page: no box of its own, the page's own (now light) text.
      expect(style(el).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect(style(el).color).to.equal(style(el.parentElement!).color);
      await expect(el).to.be.accessible();
      document.documentElement.style.colorScheme = '';
      document.body.style.background = '';
      await waitUntil(() => style(el).colorScheme === 'light', 'light again');
    });
  }
});

// ---------------------------------------------------------------------------------------------

describe('right to left', () => {
  before(() => emulateMedia({ reducedMotion: 'reduce' }));
  after(() => emulateMedia({ reducedMotion: 'no-preference' }));
  afterEach(() => clearMissionCache());

  for (const dir of ['ltr', 'rtl']) {
    const rtl = dir === 'rtl';

    it(`troop-counter, ${dir}: the figure column, the bar and the sparkline's time run from the ${rtl ? 'right' : 'left'}`, async () => {
      const el = await make('troop-counter', { history: '' }, 900, { dir });
      const figure = box($(el, '[part=figure]'));
      const bar = box($(el, '[part=progress]'));
      if (rtl) expect(figure.left).to.be.at.least(bar.right);
      else expect(figure.right).to.be.at.most(bar.left);
      // The bar fills from its inline start.
      const [track, fill] = [box($(el, '.track')), box($(el, '.fill'))];
      if (rtl) expect(fill.right).to.be.closeTo(track.right, 1);
      else expect(fill.left).to.be.closeTo(track.left, 1);
      // Where a point of the 100-wide viewBox is drawn: the box, flipped by its CSS transform
      // around its centre (WebKit's getScreenCTM leaves that transform out).
      const line = $<SVGPolylineElement>(el, 'polyline');
      const svg = box($(el, 'svg'));
      const { a } = new DOMMatrix(style($(el, 'svg')).transform.replace('none', ''));
      const [first, last] = [line.points[0]!, line.points[line.points.length - 1]!].map(
        (point) => svg.left + svg.width / 2 + a * (point.x / 100 - 0.5) * svg.width,
      );
      if (rtl) expect(first, 'the earliest point on the right').to.be.above(last);
      else expect(first, 'the earliest point on the left').to.be.below(last);
    });

    it(`contributor-list, ${dir}: the country column, its badge and the lead nation's edge on the ${rtl ? 'right' : 'left'}`, async () => {
      const el = await make('contributor-list', {}, 900, { dir });
      const row = $(el, 'tbody tr.lead');
      const header = box(row.querySelector('th')!);
      const cell = box(row.querySelector('td')!);
      if (rtl) expect(header.left).to.be.at.least(cell.right - 1);
      else expect(header.right).to.be.at.most(cell.left + 1);
      const badge = box(row.querySelector('.flag')!);
      const name = document.createRange();
      name.selectNode(row.querySelector('.flag')!.nextSibling!);
      if (rtl) expect(badge.left).to.be.at.least(name.getBoundingClientRect().right - 1);
      else expect(badge.right).to.be.at.most(name.getBoundingClientRect().left + 1);
      const [start, end] = rtl ? ['Right', 'Left'] : ['Left', 'Right'];
      expect(style(row).getPropertyValue(`border-${start.toLowerCase()}-width`)).to.equal('4px');
      expect(style(row).getPropertyValue(`border-${end.toLowerCase()}-width`)).to.equal('0px');

      const narrow = await make('contributor-list', {}, 280, { dir });
      const card = $(narrow, '.cards > li.lead');
      expect(style(card).getPropertyValue(`border-${start.toLowerCase()}-width`)).to.equal('4px');
    });

    it(`event-timeline, ${dir}: each event's rail marker on the ${rtl ? 'right' : 'left'}, the strip from the ${rtl ? 'right' : 'left'}`, async () => {
      const el = await make('event-timeline', {}, 640, { dir });
      const item = $(el, 'ol > li');
      const [start, end] = rtl ? ['right', 'left'] : ['left', 'right'];
      // The rail and its category marker sit on the start side.
      const marker = box(item.querySelector('[part=marker]')!);
      if (rtl) expect(box(item).right - marker.right).to.be.below(box(item).width / 8);
      else expect(marker.left - box(item).left).to.be.below(box(item).width / 8);
      expect(parseFloat(style(item).getPropertyValue(`padding-${start}`))).to.be.above(
        parseFloat(style(item).getPropertyValue(`padding-${end}`)),
      );
      const date = box(item.querySelector('time')!);
      if (rtl) expect(box(item).right - date.right).to.be.below(box(item).width / 4);
      else expect(date.left - box(item).left).to.be.below(box(item).width / 4);

      const strip = await make('event-timeline', { layout: 'horizontal' }, 640, { dir });
      const [first, second] = $$(strip, 'ol > li').map(box);
      if (rtl) expect(first.left).to.be.at.least(second.right);
      else expect(first.right).to.be.at.most(second.left);
    });
  }
});

// ---------------------------------------------------------------------------------------------

describe('print', () => {
  before(() => emulateMedia({ media: 'print' }));
  after(() => emulateMedia({ media: 'screen' }));
  afterEach(() => clearMissionCache());

  it('troop-counter prints its final figure at once', async () => {
    const el = await make('troop-counter');
    expect($(el, '[part=figure]').textContent).to.equal('about 408');
  });

  it('a dark-themed widget prints in its light colours, for paper', async () => {
    const el = await make('contributor-list', { theme: 'dark' });
    expect(style(el).colorScheme).to.equal('light');
    expect(style(el).color).to.equal('rgb(27, 29, 33)');
  });

  for (const tag of TAGS) {
    it(`${tag} prints the address of every link after it`, async () => {
      const el = await make(tag);
      const links = $$<HTMLAnchorElement>(el, 'a').filter((a) => a.checkVisibility());
      expect(links).not.to.be.empty;
      for (const link of links) expect(style(link, '::after').content).to.contain(link.getAttribute('href'));
    });
  }

  it('event-timeline prints every collapsed summary open, and the strip as a list', async () => {
    const el = await make('event-timeline', { collapsed: '', layout: 'horizontal' }, 640);
    const summaries = $$(el, 'details > p');
    expect(summaries).to.have.length(12);
    for (const summary of summaries) {
      expect(summary.checkVisibility({ contentVisibilityAuto: true }), summary.textContent!).to.be.true;
      expect(box(summary).height).to.be.above(0);
    }
    expect($$(el, 'summary').every((node) => !node.checkVisibility())).to.be.true;
    expect(style($(el, '.strip')).display).to.equal('block');
  });

  it('contributor-list prints every card, none left unrendered off screen', async () => {
    const el = await make('contributor-list', {}, 280);
    for (const card of $$(el, '.cards > li')) expect(style(card).contentVisibility).to.equal('visible');
  });
});

// ---------------------------------------------------------------------------------------------

/** The source of every module the package ships, found from its entry points. */
async function shippedSources(): Promise<Map<string, string>> {
  const sources = new Map<string, string>();
  const queue = ['/src/index.ts', '/src/embed.ts', '/src/data.ts'];
  for (let path = queue.shift(); path; path = queue.shift()) {
    if (sources.has(path)) continue;
    const text = await (await fetch(path)).text();
    sources.set(path, text);
    // The test server hands out modules compiled, with their imports rewritten to `.ts`.
    for (const [, specifier] of text.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+\.[jt]s)["']/g)) {
      const url = new URL(specifier, new URL(path, location.origin)).pathname.replace(/\.js$/, '.ts');
      if (url.startsWith('/src/')) queue.push(url);
    }
  }
  return sources;
}

/** README's "Styling" section. */
async function styling(): Promise<string> {
  const readme = await (await fetch('/README.md')).text();
  return readme.split(/^## /m).find((section) => section.startsWith('Styling'))!;
}

describe('the styling API, as documented', () => {
  it("lists every --mw-* property used anywhere in src/ in README's token table, and no other", async () => {
    const sources = await shippedSources();
    expect([...sources.keys()]).to.include.members([
      '/src/styles/tokens.ts',
      '/src/components/troop-counter.styles.ts',
      '/src/components/event-timeline.styles.ts',
    ]);
    const used = new Set(
      [...sources.values()].flatMap((text) =>
        [...text.matchAll(/var\((--mw-[\w-]+)/g)].map(([, name]) => name),
      ),
    );
    const table = (await styling())
      .split('\n')
      .filter((line) => line.startsWith('| `--mw-'))
      .map((line) => line.split('|')[1]);
    const documented = new Set(
      table.flatMap((cell) => [...cell.matchAll(/`(--mw-[\w-]+)`/g)].map(([, name]) => name)),
    );
    expect([...used].sort()).to.deep.equal([...documented].sort());
  });

  for (const tag of TAGS) {
    it(`lists every ::part of <${tag}> in README`, async () => {
      const section = await styling();
      const line = section.split('\n').find((text) => text.startsWith(`- \`<${tag}>\``))!;
      expect(line, `a parts line for <${tag}>`).to.exist;
      const listed = [...line.split(':')[1].matchAll(/`([\w-]+)`/g)].map(([, name]) => name);
      const everything: Record<Tag, Attributes> = {
        'troop-counter': { history: '' },
        'contributor-list': {},
        'event-timeline': { filters: '', collapsed: '' },
      };
      const attributes = everything[tag];
      const el = await make(tag, attributes);
      const rendered = new Set($$(el, '[part]').flatMap((node) => node.getAttribute('part')!.split(' ')));
      expect(listed).to.include.members([...rendered, 'status', 'stale']);
      clearMissionCache();
    });
  }

  /** Each element in what it can show: its settings that add parts, each at 900 and 390 px. */
  const SHOWN: Record<Tag, Attributes[]> = {
    'troop-counter': [{ history: '' }],
    'contributor-list': [{}],
    'event-timeline': [{ filters: '', collapsed: '' }, { layout: 'horizontal' }],
  };
  /**
   * Parts only a refresh shows, which this test does not wait for (test/components/live-updates.test.ts
   * has the refreshes): every element's `stale` (refreshes failing, the last good data kept), the
   * timeline's `fresh` (events the refresh brought).
   */
  const AFTER_REFRESH: Record<Tag, string[]> = {
    'troop-counter': ['stale'],
    'contributor-list': ['stale'],
    'event-timeline': ['stale', 'fresh'],
  };
  interface Declaration {
    tagName?: string;
    cssParts?: { name: string }[];
  }

  // custom-elements.json is the build's (`npm run manifest`): its parts, own and inherited from
  // the base's JSDoc, against the parts each element draws.
  for (const tag of TAGS) {
    it(`documents in custom-elements.json exactly the parts <${tag}> renders`, async () => {
      const manifest: { modules: { declarations?: Declaration[] }[] } = await (
        await fetch('/custom-elements.json')
      ).json();
      const declaration = manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .find((candidate) => candidate.tagName === tag)!;
      const documented = (declaration.cssParts ?? []).map((part) => part.name);
      const rendered = new Set(AFTER_REFRESH[tag]);
      const collect = (el: Widget) =>
        $$(el, '[part]').forEach((node) =>
          node
            .getAttribute('part')!
            .split(' ')
            .forEach((part) => rendered.add(part)),
        );
      // The shipped story (to 2026: funds, phases, the phase in force), which `make`'s ends in 2024.
      for (const attributes of SHOWN[tag])
        for (const width of [900, 390]) {
          const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${width}px"></div>`);
          const el = document.createElement(tag);
          for (const [name, value] of Object.entries({ locale: 'en', ...attributes }))
            el.setAttribute(name, value);
          wrapper.append(el);
          collect(await settled(el));
          clearMissionCache();
        }
      // The error message: data that cannot be loaded.
      const failed = await fixture<Widget>(html`<div></div>`).then((wrapper) => {
        const el = document.createElement(tag);
        el.setAttribute('src', respond('', { status: 404 }));
        wrapper.append(el);
        return el;
      });
      await waitUntil(() => failed.shadowRoot?.querySelector('[part=status]'), 'the error message');
      collect(failed);
      expect(
        documented.filter((part) => !rendered.has(part)),
        'documented, never rendered',
      ).to.deep.equal([]);
      expect(
        [...rendered].filter((part) => !documented.includes(part)),
        'rendered, not documented',
      ).to.deep.equal([]);
    });
  }
});

// ---------------------------------------------------------------------------------------------

/** README's `## ` sections, by their first line. */
async function sections(): Promise<{ readme: string; section: (title: string) => string }> {
  const readme = await (await fetch('/README.md')).text();
  const all = readme.split(/^## /m);
  return { readme, section: (title) => all.find((text) => text.startsWith(title))! };
}

/** The ```html blocks of some README text, parsed as a page would parse them. */
const examples = (text: string) =>
  [...text.matchAll(/^```html\n([\s\S]*?)^```/gm)].map(
    ([, block]) => new DOMParser().parseFromString(block, 'text/html').body,
  );

/** The rows of a README table whose first cell is code: first cell → the other cells (a cell that is only code, unquoted). */
const rows = (text: string) =>
  new Map(
    text
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => line.split('|').map((cell) => cell.trim().replace(/^`([^`]*)`$/, '$1')))
      .map((cells) => [cells[1], cells.slice(2, -1)]),
  );

/** Every attribute an element class reads, with the property it sets (Lit: lower-cased name unless given). */
const attributesOf = (Class: typeof MissionElement) =>
  new Map(
    [...Class.elementProperties].map(([name, { attribute }]) => [
      typeof attribute === 'string' ? attribute : String(name).toLowerCase(),
      String(name),
    ]),
  );

describe('README, as an editor pastes it and a developer reads it', () => {
  const shared = () => attributesOf(MissionElement);

  it('gives every shared attribute a row and an example', async () => {
    const { readme, section } = await sections();
    const table = rows(section('Attributes every widget shares'));
    const pasted = examples(readme).flatMap((body) => [...body.querySelectorAll(TAGS.join())]);
    for (const name of shared().keys()) {
      expect(table.has(name), `a row for ${name}`).to.be.true;
      expect(
        pasted.some((el) => el.hasAttribute(name)),
        `an example with ${name}`,
      ).to.be.true;
    }
  });

  for (const tag of TAGS) {
    it(`gives every attribute of <${tag}> a row with its property, and an example`, async () => {
      const { section } = await sections();
      const text = section(`\`<${tag}>\``);
      const table = rows(text);
      const Class = customElements.get(tag) as unknown as typeof MissionElement;
      const own = [...attributesOf(Class)].filter(([name]) => !shared().has(name));
      expect(own.map(([name]) => name)).to.not.be.empty;
      const pasted = examples(text).flatMap((body) => [...body.querySelectorAll(tag)]);
      for (const [name, property] of own) {
        expect(table.get(name)?.[0], `the property of ${name}`).to.equal(property);
        expect(
          pasted.some((el) => el.hasAttribute(name)),
          `an example with ${name}`,
        ).to.be.true;
      }
      expect([...table.keys()].sort(), 'no row for an attribute it does not have').to.deep.equal(
        own.map(([name]) => name).sort(),
      );
    });

    it(`lists in the <${tag}> section the parts and the events it has`, async () => {
      const { section } = await sections();
      const text = section(`\`<${tag}>\``);
      const styled = section('Styling')
        .split('\n')
        .find((line) => line.startsWith(`- \`<${tag}>\``))!;
      const names = (line: string) => [...line.matchAll(/`([\w-]+)`/g)].map(([, name]) => name).sort();
      const parts = text.slice(text.indexOf('\nParts:'), text.indexOf('Events:', text.indexOf('\nParts:')));
      // Names in the parts paragraph other than parts: what `sparkline` shows, the example quoted.
      expect(names(parts.replace(/\([^)]*\)/g, ''))).to.deep.equal(names(styled.split(':')[1]));
      const events = text.slice(text.indexOf('Events:')).split('\n\n')[0];
      const fired = new Set(
        [...(await shippedSources()).values()].flatMap((code) =>
          [...code.matchAll(/["'](mission-(?:data|widget)-[a-z]+)["']/g)].map(([, name]) => name),
        ),
      );
      expect(fired.size, 'the events the widgets fire').to.equal(4);
      // The events by name; the reader's actions it names beside them are mission-element.test.ts's.
      expect(names(events).filter((name) => name.startsWith('mission-'))).to.deep.equal([...fired].sort());
    });
  }

  it("lists every event category in the timeline's table", async () => {
    const { section } = await sections();
    expect(rows(section('`<event-timeline>`')).get('category')?.[1]).to.equal(
      `space-separated: \`${CATEGORIES.join(' ')}\``,
    );
  });

  it("gives the counter's reserved height as the styles do, largest to smallest", async () => {
    const { section } = await sections();
    const cell = rows(section('Styling')).get('--mw-troop-counter-min-height')![0];
    const code = (await shippedSources()).get('/src/components/troop-counter.styles.ts')!;
    const heights = [...code.matchAll(/var\(--mw-troop-counter-min-height, ([\d.]+em)\)/g)].map(([, h]) => h);
    const sorted = heights.sort((a, b) => parseFloat(b) - parseFloat(a));
    expect(cell).to.equal(`\`${sorted[0]}\` down to \`${sorted.at(-1)}\` by width`);
  });

  it("names every column of the shipped spreadsheet tables in the tables' table", async () => {
    const { section } = await sections();
    const table = rows(section('Keeping a mission in a spreadsheet'));
    const base = (column: string) => column.replace(/ \([\w-]+\)$/, '');
    const columns = async (file: string) =>
      (await (await fetch(`/data/haiti-mss-tables/${file}`)).text())
        .split(/\r?\n/)[0]
        .split(',')
        .map(base)
        .filter((column) => column !== 'sources' && column !== 'note');
    expect(table.size).to.equal(12);
    for (const [file, [row]] of table) {
      const named = new Set([...row.matchAll(/`([^`]+)`/g)].map(([, name]) => base(name)));
      // "the same columns as a figure"
      if (file === 'totals.csv') for (const column of await columns('figures.csv')) named.add(column);
      for (const column of await columns(file)) expect(named.has(column), `${file}: ${column}`).to.be.true;
    }
  });

  it('has inline JSON examples that are valid missions', async () => {
    const { readme } = await sections();
    const inline = examples(readme).flatMap((body) => [
      ...body.querySelectorAll('script[type="application/json"]'),
    ]);
    expect(inline).to.not.be.empty;
    for (const script of inline) {
      const result = validateMission(JSON.parse(script.textContent!));
      expect(result.errors.map((issue) => issue.message)).to.deep.equal([]);
    }
  });

  it('shows every widget example as pasted: its data, no warning', async () => {
    const { readme } = await sections();
    const pasted = examples(readme).flatMap((body) => [...body.querySelectorAll(TAGS.join())]);
    expect(pasted.length).to.be.above(20);
    for (const example of pasted) {
      const el = document.importNode(example, true) as Widget;
      // A URL of the reader's own site, or data.example.org: the shipped story stands in. No timer.
      if (el.hasAttribute('src'))
        el.setAttribute('src', await (story2024 ??= serve(JSON.stringify(shippedCopy()))));
      el.removeAttribute('refresh');
      const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 640px"></div>`);
      const warnings = await capture('warn', async () => {
        wrapper.append(el);
        await settled(el);
      });
      const pastedAs = example.outerHTML.slice(0, 80);
      expect(warnings, pastedAs).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[data-state="complete"]'), pastedAs).to.exist;
    }
    clearMissionCache();
  });
});
