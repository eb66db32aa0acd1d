/** Class 5 of issue 16: empty, padded and junk attribute values mean the same in every widget. */
import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import { activePollers } from '../../src/controllers/mission-source.js';
import { clearMissionCache } from '../../src/data/store.js';
import { capture, settled } from '../helpers.js';

const TAGS = ['troop-counter', 'contributor-list', 'event-timeline'] as const;
type Widget = HTMLElement & { updateComplete: Promise<boolean> };

async function make(
  tag: string,
  attributes: Record<string, string>,
  fallback = 'Editor fallback',
): Promise<Widget> {
  const el = document.createElement(tag) as Widget;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.textContent = fallback;
  return settled(await fixture<Widget>(el));
}

const state = (el: Element) => el.shadowRoot?.querySelector('[data-state]')?.getAttribute('data-state');

describe('empty and padded attributes', () => {
  for (const tag of TAGS) {
    for (const blank of ['', ' ', '\t\n ']) {
      it(`<${tag} src=${JSON.stringify(blank)}> is an error that keeps the fallback, never the shipped story`, async () => {
        const messages: string[] = [];
        const listener = (event: Event) => messages.push(...(event as CustomEvent).detail.messages);
        document.addEventListener('mission-data-error', listener);
        const el = await make(tag, { src: blank });
        document.removeEventListener('mission-data-error', listener);
        expect(state(el)).to.equal('error');
        expect(
          el.shadowRoot
            ?.querySelector('slot')
            ?.assignedNodes()
            .map((n) => n.textContent),
        ).to.deep.equal(['Editor fallback']);
        expect(el.shadowRoot?.textContent).to.not.contain('Haiti');
        expect(messages.join('\n')).to.contain('the src attribute is empty');
      });
    }
  }

  it('a padded country reads as the country, the same in the counter and the list', async () => {
    const padded = await make('troop-counter', { country: ' KE ', 'as-of': '2024-09-30' });
    const plain = await make('troop-counter', { country: 'KE', 'as-of': '2024-09-30' });
    expect(padded.shadowRoot?.textContent).to.equal(plain.shadowRoot?.textContent);
    expect(padded.shadowRoot?.textContent).to.contain('Kenya');
    const list = await make('contributor-list', { country: '  KE  ', 'as-of': '2024-09-30' });
    const plainList = await make('contributor-list', { country: 'KE', 'as-of': '2024-09-30' });
    expect(list.shadowRoot?.textContent).to.equal(plainList.shadowRoot?.textContent);
  });
});

/**
 * Every attribute of every widget with an empty, a padded and a junk value, against the reading
 * README gives: padded is the value, empty is the default (on, for a boolean), junk is the
 * default with one console warning naming the attribute (an unknown entry of a list matches
 * nothing; a boolean stays on). `src` is an error that keeps the fallback.
 */
interface Case {
  valid: string;
  /** Nothing for an attribute that takes any text. */
  junk?: string;
  kind?: 'boolean' | 'list';
}
const SHARED: Record<string, Case> = {
  locale: { valid: 'fr', junk: 'not a locale!' },
  theme: { valid: 'dark', junk: 'purple' },
  refresh: { valid: '60', junk: 'often' },
  'as-of': { valid: '2024-09', junk: '30/09/2024' },
};
const MATRIX: Record<(typeof TAGS)[number], Record<string, Case>> = {
  'troop-counter': {
    ...SHARED,
    country: { valid: 'KE', junk: 'K€', kind: 'list' },
    status: { valid: 'pledged', junk: 'bogus' },
    label: { valid: 'police officers' },
    history: { valid: 'history', junk: 'false', kind: 'boolean' },
    casualties: { valid: 'casualties', junk: 'no', kind: 'boolean' },
  },
  'contributor-list': {
    ...SHARED,
    country: { valid: 'KE', junk: 'Kenya!', kind: 'list' },
    sort: { valid: 'name', junk: 'size' },
    show: { valid: 'funding', junk: 'everything' },
  },
  'event-timeline': {
    ...SHARED,
    layout: { valid: 'horizontal', junk: 'diagonal' },
    order: { valid: 'desc', junk: 'sideways' },
    from: { valid: '2024', junk: 'last spring' },
    to: { valid: '2024-06', junk: 'soon' },
    category: { valid: 'mandate', junk: 'nonsense', kind: 'list' },
    filters: { valid: 'filters', junk: 'off', kind: 'boolean' },
    collapsed: { valid: 'collapsed', junk: '0', kind: 'boolean' },
  },
};

const DATA = () => new URL('/data/haiti-mss.json', location.href).href;

/** What a reader and a screen reader get, and what the widget holds: text, names, looks, polling. */
async function snapshot(tag: string, attributes: Record<string, string>) {
  let el: Widget | undefined;
  const warnings = await capture('warn', async () => {
    el = await make(tag, { src: DATA(), ...attributes });
  });
  const root = el!.shadowRoot!;
  // Each element's own text (a count-up's figure runs with the frames: its sentence says it).
  const said = [...root.querySelectorAll(':not([part=figure])')]
    .map((node) => {
      const own = [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE);
      return [
        node.localName,
        own.map((child) => child.textContent).join(''),
        node.getAttribute('aria-label'),
      ];
    })
    .map((parts) => parts.join('|'))
    .join('\n');
  const looks = [root.querySelector('.root'), root.querySelector('ol')].map((node) => {
    const style = node && getComputedStyle(node);
    return style && `${style.color} ${style.display} ${style.flexDirection}`;
  });
  const shown = { state: state(el!), said, looks, pollers: activePollers() };
  el!.remove();
  return { shown, warnings: warnings.filter((line) => line.startsWith('mission-widgets: <')) };
}

describe('every attribute, empty, padded and junk', () => {
  after(() => clearMissionCache());

  for (const [tag, attributes] of Object.entries(MATRIX)) {
    for (const [name, { valid, junk, kind }] of Object.entries(attributes)) {
      it(`<${tag} ${name}="  ${valid} ">: padded is the value`, async () => {
        const padded = await snapshot(tag, { [name]: kind === 'boolean' ? ' ' : `  ${valid}\n ` });
        const plain = await snapshot(tag, { [name]: valid });
        expect(padded.shown).to.deep.equal(plain.shown);
        expect(padded.warnings).to.deep.equal([]);
      });

      it(`<${tag} ${name}="">: empty is ${kind === 'boolean' ? 'on' : 'the default'}`, async () => {
        const empty = await snapshot(tag, { [name]: '' });
        const meant = await snapshot(tag, kind === 'boolean' ? { [name]: name } : {});
        expect(empty.shown).to.deep.equal(meant.shown);
        expect(empty.warnings).to.deep.equal([]);
        if (kind === 'boolean') expect(empty.shown).to.not.deep.equal((await snapshot(tag, {})).shown);
      });

      if (junk === undefined) continue;
      it(`<${tag} ${name}="${junk}">: junk is reported, with the attribute's name`, async () => {
        const bad = await snapshot(tag, { [name]: junk });
        expect(bad.warnings).to.have.length(1);
        expect(bad.warnings[0]).to.contain(`<${tag} ${name}="${junk}">`);
        expect(bad.warnings[0].length).to.be.below(200);
        const absent = await snapshot(tag, {});
        if (kind === 'boolean') expect(bad.shown).to.deep.equal((await snapshot(tag, { [name]: '' })).shown);
        // A list keeps what it says: an entry that matches nothing never widens to everything.
        else if (kind === 'list') expect(bad.shown).to.not.deep.equal(absent.shown);
        else expect(bad.shown).to.deep.equal(absent.shown);
      });
    }

    for (const [what, src] of [
      ['a javascript: address', 'javascript:alert(1)'],
      ['a data: address', 'data:application/json,{}'],
      ['an address too long', `https://example.org/${'a'.repeat(3000)}`],
    ]) {
      it(`<${tag} src> with ${what} is an error naming src, and keeps the fallback`, async () => {
        const messages: string[] = [];
        const listener = (event: Event) => messages.push(...(event as CustomEvent).detail.messages);
        document.addEventListener('mission-data-error', listener);
        const el = await make(tag, { src });
        document.removeEventListener('mission-data-error', listener);
        expect(state(el)).to.equal('error');
        expect(el.shadowRoot?.textContent).to.not.contain('Haiti');
        expect(messages).to.have.length(1);
        expect(messages[0]).to.match(/^src: the src attribute is (too long|not an http)/);
        expect(messages[0].length).to.be.below(200);
      });
    }

    it(`<${tag} src="  URL  ">: a padded src is the URL`, async () => {
      const padded = await snapshot(tag, { src: `  ${DATA()}\n` });
      const plain = await snapshot(tag, { src: DATA() });
      expect(padded.shown).to.deep.equal(plain.shown);
      expect(padded.shown.state).to.equal('complete');
    });
  }
});
