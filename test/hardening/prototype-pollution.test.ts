/**
 * Class 2 of issue 16: a page whose scripts added properties to `Object.prototype` and
 * `Array.prototype`, enumerable and not. Data from `src`, inline JSON and the shipped file must
 * validate and render exactly as on a clean page, and no inherited field may leak into the data.
 * The pollution is set up and torn down inside this file (each test file has its own page).
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import { loadDefaultMission } from '../../src/data/load.js';
import { clearMissionCache } from '../../src/data/store.js';
import { MissionSchema } from '../../src/data/schema.js';
import { validateMission } from '../../src/data/validate.js';
import { shippedCopy } from '../data/fixtures.js';
import { serve, settled } from '../helpers.js';

const MARK = 'POLLUTED-BY-PAGE';

/** Every field name the schema knows, at any depth: the names a leak would look like. */
function schemaKeys(schema: unknown, keys = new Set<string>(), seen = new Set<unknown>()): Set<string> {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return keys;
  seen.add(schema);
  const node = schema as Record<string, unknown>;
  if (node.entries && typeof node.entries === 'object') {
    for (const key of Object.keys(node.entries)) keys.add(key);
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((item) => schemaKeys(item, keys, seen));
    else schemaKeys(value, keys, seen);
  }
  return keys;
}

// Names Lit and the test tools read from option objects: polluting those breaks them, not us.
const THEIRS = new Set(['type', 'attribute', 'state', 'reflect', 'converter', 'hasChanged', 'noAccessor']);

const added: [object, string][] = [];
function pollute(): void {
  const define = (target: object, key: string, value: unknown, enumerable: boolean) => {
    if (Object.hasOwn(target, key)) return;
    Object.defineProperty(target, key, { value, enumerable, configurable: true, writable: true });
    added.push([target, key]);
  };
  for (const key of schemaKeys(MissionSchema)) {
    if (!THEIRS.has(key)) define(Object.prototype, key, MARK, false);
  }
  define(Object.prototype, 'pollutedEnumerable', MARK, true);
  define(Object.prototype, 'oldLibraryHelper', () => MARK, true);
  define(Array.prototype, 'pollutedEnumerable', MARK, true);
  define(Array.prototype, 'each', () => MARK, true);
  define(Array.prototype, 'note', MARK, false);
}
function unpollute(): void {
  for (const [target, key] of added.splice(0)) delete (target as Record<string, unknown>)[key];
}

const WIDGETS = [
  ['troop-counter', { 'as-of': '2024-09-30' }],
  ['contributor-list', { 'as-of': '2024-09-30' }],
  ['event-timeline', { 'as-of': '2024-09-30' }],
  ['troop-counter', { 'as-of': '2024-09-30', country: 'JM', history: '' }],
] as const;

type Origin = 'src' | 'inline' | 'shipped';

/** Stored on the test server while the page is clean (the test's own helpers read options too). */
const served = (origin: Origin) => (origin === 'src' ? serve(JSON.stringify(shippedCopy())) : undefined);

async function render(
  tag: string,
  attributes: Record<string, string>,
  origin: Origin,
  url?: string,
): Promise<HTMLElement> {
  const el = document.createElement(tag) as HTMLElement & { updateComplete: Promise<boolean> };
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const json = JSON.stringify(shippedCopy());
  if (origin === 'src' && url) el.setAttribute('src', url);
  if (origin === 'inline') {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = json;
    el.append(script);
  }
  el.addEventListener('mission-data-error', (event) => errors.push(...event.detail.messages));
  return settled(await fixture<typeof el>(el));
}
const errors: string[] = [];

const shown = (el: Element) =>
  [...(el.shadowRoot?.querySelectorAll('*') ?? [])]
    .map((node) => [
      node.localName,
      node.textContent,
      node.getAttribute('aria-label'),
      node.getAttribute('title'),
    ])
    .flat()
    .join('|');

describe('a page with polluted prototypes', () => {
  afterEach(() => {
    errors.length = 0;
    unpollute();
    clearMissionCache();
  });

  it('validates a document exactly as on a clean page, with no inherited field in the data', () => {
    const clean = validateMission(shippedCopy());
    pollute();
    const polluted = validateMission(shippedCopy());
    expect(polluted.ok, JSON.stringify(polluted.errors.slice(0, 3))).to.equal(true);
    expect(polluted.warnings).to.deep.equal(clean.warnings);
    const leaks: string[] = [];
    const walk = (value: unknown, path: string) => {
      if (!value || typeof value !== 'object') return;
      // A list is a list: what its prototype holds is no field of the data.
      if (!Array.isArray(value))
        for (const key of schemaKeys(MissionSchema)) {
          if (!Object.hasOwn(value, key) && (value as Record<string, unknown>)[key] === MARK)
            leaks.push(`${path}.${key}`);
        }
      for (const [key, child] of Object.entries(value)) walk(child, `${path}.${key}`);
    };
    walk(polluted.data, 'data');
    expect(leaks.slice(0, 5)).to.deep.equal([]);
    unpollute();
    expect(JSON.stringify(polluted.data)).to.equal(JSON.stringify(clean.data));
  });

  it('gives the shipped dataset no inherited field', async () => {
    pollute();
    const { data } = await loadDefaultMission();
    expect((data as unknown as Record<string, unknown>).summary).to.not.equal(MARK);
    expect(Object.getPrototypeOf(data)).to.equal(null);
    expect(JSON.stringify(data)).to.not.contain(MARK);
  });

  for (const origin of ['src', 'inline', 'shipped'] as const) {
    for (const [tag, attributes] of WIDGETS) {
      it(`renders <${tag} ${Object.keys(attributes).join(' ')}> from ${origin} as on a clean page`, async () => {
        const clean = shown(await render(tag, attributes, origin, await served(origin)));
        clearMissionCache();
        const url = await served(origin);
        pollute();
        const el = await render(tag, attributes, origin, url);
        const polluted = shown(el);
        unpollute();
        expect(errors).to.deep.equal([]);
        expect(el.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state')).to.equal('complete');
        expect(polluted).to.not.contain(MARK);
        expect(polluted).to.equal(clean);
      });
    }
  }
});
