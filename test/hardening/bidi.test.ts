/**
 * Class 4 of issue 16: a data string holding a bidi control (an override, an embedding, an
 * isolate or a mark) at its start or end must not reorder the widgets' own words around it, in
 * what readers see and in what screen readers read. Every data text of two stories gets each
 * control in turn; each widget must render exactly what it renders for the clean story, with
 * every such string wrapped in an isolate (FSI…PDI), and nothing else changed.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import other from '../fixtures/missions/other-mission.json' with { type: 'json' };
import { FSI, PDI, isolate } from '../../src/data/isolate.js';
import { settled } from '../helpers.js';

const CONTROLS = {
  LRE: '\u202a',
  RLE: '\u202b',
  PDF: '\u202c',
  LRO: '\u202d',
  RLO: '\u202e',
  LRI: '\u2066',
  RLI: '\u2067',
  FSI: '\u2068',
  PDI: '\u2069',
  LRM: '\u200e',
  RLM: '\u200f',
  ALM: '\u061c',
};

type Json = Record<string, unknown>;
type Mark = (text: string) => string;

/** Marks a data text, a plain string or a map of languages, and records what it became. */
function marked(value: unknown, mark: Mark, made: Map<string, string>): unknown {
  if (typeof value === 'string') {
    made.set(mark(value), value);
    return mark(value);
  }
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, marked(v, mark, made)]));
  return value;
}

/** The story with every name, publisher, title and summary marked. */
function hostile(mark: Mark, made: Map<string, string>): Json {
  const doc = structuredClone(other) as unknown as Json;
  const each = (list: unknown, keys: string[]) => {
    for (const item of list as Json[])
      for (const key of keys) if (key in item) item[key] = marked(item[key], mark, made);
  };
  doc.name = marked(doc.name, mark, made);
  each(doc.sources, ['publisher', 'title']);
  each(doc.phases, ['name', 'shortName']);
  each(
    (doc.phases as Json[]).flatMap((phase) => phase.decisions as Json[]),
    ['name', 'body'],
  );
  each(doc.contributors, ['name', 'shortName']);
  each(doc.funds, ['name']);
  each(doc.events, ['title', 'summary']);
  return doc;
}

const TAGS = {
  'troop-counter': { 'as-of': '2022-06-30', history: '', casualties: '' },
  'troop-counter country': { 'as-of': '2022-06-30', country: 'eu' },
  'contributor-list': { 'as-of': '2022-06-30' },
  'event-timeline': {},
} as const;

async function render(tag: string, attributes: Record<string, string>, doc: Json): Promise<HTMLElement> {
  const el = document.createElement(tag.split(' ')[0]);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(doc);
  el.append(script);
  return settled(await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(el));
}

/** Everything the widget says: text (visible and visually hidden) and accessible attributes. */
const said = (el: Element) =>
  [...(el.shadowRoot?.querySelectorAll('*') ?? [])]
    .map((node) =>
      [
        node.childNodes.length && [...node.childNodes].some((n) => n.nodeType === Node.TEXT_NODE)
          ? [...node.childNodes].map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : '')).join('')
          : '',
        node.getAttribute('aria-label') ?? '',
        node.getAttribute('title') ?? '',
      ].join('|'),
    )
    .join('\n');

const clean = new Map<string, string>();

/** How deep in isolates a text goes: never below its start, back to 0 at its end, first there where. */
function depths(text: string) {
  let depth = 0;
  let lowest = 0;
  let closedAt = -1;
  [...text].forEach((char, i) => {
    if ('\u2066\u2067\u2068'.includes(char)) depth++;
    if (char === PDI && depth > 0 && --depth === 0 && closedAt < 0) closedAt = i;
    lowest = Math.min(lowest, depth);
  });
  return { lowest, end: depth, closedAt };
}

describe('bidi controls in data text', () => {
  for (const [tag, attributes] of Object.entries(TAGS)) {
    for (const [control, char] of Object.entries(CONTROLS)) {
      for (const where of ['start', 'end'] as const) {
        it(`<${tag}>: ${control} at the ${where} of every data text is isolated, our words unchanged`, async () => {
          clean.set(tag, clean.get(tag) ?? said(await render(tag, attributes, structuredClone(other))));
          const made = new Map<string, string>();
          const mark: Mark = (text) => (where === 'start' ? char + text : text + char);
          const text = said(await render(tag, attributes, hostile(mark, made)));
          // Each marked string appears only isolated: put the clean string back in its place, and
          // the widget must say exactly what it says for the clean story, with no control left.
          let restored = text;
          for (const [dirty, plain] of [...made].sort(([a], [b]) => b.length - a.length)) {
            restored = restored.split(isolate(dirty)).join(plain);
          }
          const stray = [...restored].filter((c) => Object.values(CONTROLS).includes(c));
          expect(stray.length, 'a control outside an isolate').to.equal(0);
          expect(restored).to.equal(clean.get(tag));
          expect(text).to.not.equal(restored, 'the data was marked and shown');
        });
      }
    }
  }

  it('keeps the words after an overridden publisher in reading order, as laid out', async () => {
    const doc = structuredClone(other) as unknown as Json;
    for (const source of doc.sources as Json[]) source.publisher = `KBC${CONTROLS.RLO}`;
    // The counter: its sources are near the top, laid out (a timeline's later events may not be).
    const el = await render('troop-counter', { 'as-of': '2022-06-30' }, doc);
    // The sources fold away under their line: open them, as a reader does, so that they are laid
    // out (WebKit draws no boxes at all for a closed <details>; Chromium lays out its hidden part).
    const details = el.shadowRoot!.querySelector('details')!;
    details.open = true;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const link = details.querySelector('.sources a')!;
    const node = [...link.childNodes].find(
      (n): n is Text => n.nodeType === Node.TEXT_NODE && n.textContent!.includes(PDI),
    )!;
    const after = node.data.indexOf(PDI) + 1;
    expect(node.data.slice(0, after)).to.equal(isolate(`KBC${CONTROLS.RLO}`));
    // ", June 30, 2022": each letter and digit drawn to the right of the one before it.
    const x = [];
    for (let i = after; i < node.data.length; i++) {
      if (!/\w/.test(node.data[i])) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      // WebKit gives a range's boxes, not always its bounding box.
      const [rect] = [...range.getClientRects()].filter((r) => r.width > 0);
      if (rect) x.push(rect.left);
    }
    expect(x.length).to.be.greaterThan(6);
    expect(x, 'left to right').to.deep.equal([...x].sort((a, b) => a - b));
  });

  it('leaves left-to-right text as it is, and isolates right-to-left text and controls', () => {
    expect(isolate('Kenya Broadcasting Corporation')).to.equal('Kenya Broadcasting Corporation');
    expect(isolate('الجزيرة')).to.equal(`${FSI}الجزيرة${PDI}`);
    expect(isolate('הארץ')).to.equal(`${FSI}הארץ${PDI}`);
    for (const [name, char] of Object.entries(CONTROLS)) {
      for (const text of [`a${char}`, `${char}a`, `${char}${char}a${char}`]) {
        const wrapped = isolate(text);
        expect(wrapped.startsWith(FSI) && wrapped.endsWith(PDI), name).to.equal(true);
        expect(depths(wrapped), name).to.deep.equal({ lowest: 0, end: 0, closedAt: wrapped.length - 1 });
      }
    }
    // A sentence of isolated parts is left alone; an isolate closed early is no protection.
    expect(isolate(`Starts: ${isolate('a\u202e')}`)).to.equal(`Starts: ${FSI}a\u202e${PDI}`);
    expect(isolate(`${FSI}${PDI}\u202e${PDI}`)).to.equal(`${FSI}${FSI}${PDI}\u202e${PDI}`);
    expect(isolate(`\u2067a`)).to.equal(`${FSI}\u2067a${PDI}${PDI}`);
  });
});
