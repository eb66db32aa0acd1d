import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/index.js';
import { clearMissionCache } from '../../src/data/store.js';
import { shippedCopy } from '../data/fixtures.js';
import { capture, countedUrl, respond, serve, settled } from '../helpers.js';
import type { MissionWidgetEventDetail } from '../../src/components/mission-element.js';
import { heading, type TestMission } from '../test-mission.js';

const fallbackVisible = (el: Element) => {
  const slot = el.shadowRoot?.querySelector('slot');
  return Boolean(slot && slot.assignedNodes().some((node) => node.textContent?.trim()));
};

describe('MissionElement (shared by every widget)', () => {
  afterEach(() => clearMissionCache());

  it('shows the shipped dataset when given no source', async () => {
    const el = await settled(await fixture<TestMission>(html`<test-mission locale="en"></test-mission>`));
    expect(heading(el)).to.equal('The multinational security mission in Haiti');
    await expect(el).to.be.accessible();
  });

  it('says it is loading, accessibly, until the data arrives', async () => {
    const src = await serve(JSON.stringify(shippedCopy()), { delay: 500 });
    const el = await fixture<TestMission>(html`<test-mission locale="en" src=${src}></test-mission>`);
    expect(el.shadowRoot?.textContent).to.contain('Loading the latest figures…');
    await expect(el).to.be.accessible();
    await settled(el);
    expect(heading(el)).to.equal('Multinational Security Support mission in Haiti');
  });

  it('loads a src URL and fires mission-data-load', async () => {
    const el = document.createElement('test-mission') as TestMission;
    el.src = '/data/haiti-mss.json';
    el.locale = 'fr';
    const event = oneEvent(el, 'mission-data-load');
    document.body.append(el);
    const { detail, bubbles, composed } = await event;
    expect(detail).to.deep.equal({
      origin: new URL('/data/haiti-mss.json', location.href).href,
      warnings: [],
    });
    expect(bubbles && composed).to.equal(true);
    await el.updateComplete;
    expect(heading(el)).to.equal('La mission multinationale de sécurité en Haïti');
    el.remove();
  });

  it('reads inline JSON from a script child', async () => {
    const doc = shippedCopy();
    doc.name = 'Inline mission';
    const el = await settled(
      await fixture<TestMission>(
        html`<test-mission
          ><script type="application/json">
            ${JSON.stringify(doc)}
          </script></test-mission
        >`,
      ),
    );
    expect(heading(el)).to.equal('Inline mission');
  });

  it('keeps the fallback, shows a calm message and gives developers every message on error', async () => {
    const doc = shippedCopy() as { events: { date: string }[] };
    doc.events[3].date = '2024-02-30';
    const el = document.createElement('test-mission') as TestMission;
    el.locale = 'en';
    el.src = await serve(JSON.stringify(doc));
    el.innerHTML = '<p>Kenya leads the mission. <a href="https://example.org">Read more</a></p>';
    const event = oneEvent(el, 'mission-data-error');
    const logged = await capture('error', async () => {
      document.body.append(el);
      await event;
    });
    const { detail } = await event;
    await el.updateComplete;
    expect(detail.kind).to.equal('invalid');
    expect(detail.messages).to.include(
      'events[3].date: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "2024-02-30"',
    );
    expect(logged.join('\n')).to.contain('events[3].date');
    expect(el.shadowRoot?.textContent).to.contain('These figures are not available right now.');
    expect(fallbackVisible(el)).to.equal(true);
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('hides the fallback once the data renders', async () => {
    const el = await settled(
      await fixture<TestMission>(html`<test-mission><p>Fallback text</p></test-mission>`),
    );
    expect(heading(el)).to.be.a('string');
    expect(el.shadowRoot?.querySelector('slot')).to.equal(null);
  });

  it('shares one request between widgets with the same src', async () => {
    const { url, count } = countedUrl();
    const container = await fixture(
      html`<div>
        <test-mission src=${url}></test-mission><test-mission src=${url}></test-mission
        ><test-mission src=${url}></test-mission>
      </div>`,
    );
    await Promise.all([...container.children].map((el) => settled(el as TestMission)));
    expect(await count()).to.equal(1);
  });

  it('never lets a slow earlier response overwrite a newer src', async () => {
    const slow = shippedCopy();
    slow.name = 'Slow and stale';
    const fast = shippedCopy();
    fast.name = 'Fast and current';
    const slowUrl = await serve(JSON.stringify(slow), { delay: 600 });
    const el = await fixture<TestMission>(html`<test-mission src=${slowUrl}></test-mission>`);
    el.src = await serve(JSON.stringify(fast));
    await oneEvent(el, 'mission-data-load');
    await fetch(slowUrl); // the slow answer has been sent by the time this one arrives
    await el.updateComplete;
    expect(heading(el)).to.equal('Fast and current');
  });

  it('links sources with their publisher and date, in the widget locale', async () => {
    const el = await settled(await fixture<TestMission>(html`<test-mission locale="fr"></test-mission>`));
    const link = el.shadowRoot?.querySelector('a');
    expect(link?.textContent?.trim()).to.equal('KBC, 30 juillet 2023');
    expect(link?.getAttribute('href')).to.match(/^https:\/\/www\.kbc\.co\.ke\//);
  });

  it('follows the nearest lang attribute and a change to it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="fr"><test-mission></test-mission></div>`);
    const el = await settled(wrapper.querySelector('test-mission') as TestMission);
    expect(heading(el)).to.equal('La mission multinationale de sécurité en Haïti');
    wrapper.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(heading(el)).to.equal('The multinational security mission in Haiti');
  });

  it('reflects the theme for CSS and switches its colour scheme', async () => {
    const el = await settled(await fixture<TestMission>(html`<test-mission theme="dark"></test-mission>`));
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    await expect(el).to.be.accessible();
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('light');
  });
});

describe("events for the publisher's analytics", () => {
  afterEach(() => clearMissionCache());

  /** Runs `body` with the page three screens down its spacer, recording every view event. */
  async function belowTheFold(body: (views: MissionWidgetEventDetail[]) => Promise<void>) {
    const spacer = document.createElement('div');
    spacer.style.blockSize = '300vh';
    document.body.prepend(spacer);
    const views: MissionWidgetEventDetail[] = [];
    const listener = (event: CustomEvent<MissionWidgetEventDetail>) => views.push(event.detail);
    document.addEventListener('mission-widget-view', listener);
    try {
      await body(views);
    } finally {
      document.removeEventListener('mission-widget-view', listener);
      spacer.remove();
      window.scrollTo(0, 0);
    }
  }
  const twoFrames = () =>
    new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

  it('fires mission-widget-view once, the first time the widget is half visible', () =>
    belowTheFold(async (views) => {
      const el = await settled(await fixture<TestMission>(html`<test-mission></test-mission>`));
      await twoFrames();
      expect(views, 'not in view yet').to.deep.equal([]);
      const seen = oneEvent(el, 'mission-widget-view');
      el.scrollIntoView();
      await seen;
      window.scrollTo(0, 0);
      el.scrollIntoView();
      await twoFrames();
      expect(views).to.deep.equal([{ widget: 'test-mission', action: 'view' }]);
    }));

  it('fires mission-widget-view for a widget taller than the screen once it fills half of it', () =>
    belowTheFold(async (views) => {
      // Five screens tall, as a long list or timeline on a phone: a half of it is never in view.
      const el = await settled(
        await fixture<TestMission>(
          html`<test-mission style="display: block; block-size: 500vh"></test-mission>`,
        ),
      );
      // Its top edge a tenth of a screen into view: seen a little, not yet half a screen of it.
      window.scrollTo(0, el.getBoundingClientRect().top + scrollY - innerHeight * 0.9);
      await twoFrames();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(views, 'a tenth of the screen').to.deep.equal([]);
      el.scrollIntoView();
      await waitUntil(() => views.length > 0, 'never reported as seen while it fills the screen');
      expect(views).to.deep.equal([{ widget: 'test-mission', action: 'view' }]);
    }));

  it('fires mission-widget-interact when a reader follows a source link', async () => {
    const el = await settled(await fixture<TestMission>(html`<test-mission></test-mission>`));
    const link = el.shadowRoot!.querySelector('a')!;
    link.addEventListener('click', (event) => event.preventDefault());
    const interaction = oneEvent(el, 'mission-widget-interact');
    link.click();
    const { detail, bubbles, composed } = await interaction;
    expect(detail).to.deep.equal({ widget: 'test-mission', action: 'source', url: link.href });
    expect(bubbles && composed).to.equal(true);
  });
});

// ---------------------------------------------------------------------------------------------
// The events each element documents (custom-elements.json, from the JSDoc; README) against the
// events it fires as a reader uses it.

type Tag = 'troop-counter' | 'contributor-list' | 'event-timeline';
const TAGS: Tag[] = ['troop-counter', 'contributor-list', 'event-timeline'];
const TYPES = ['mission-data-load', 'mission-data-error', 'mission-widget-view', 'mission-widget-interact'];

const INTERACT = 'mission-widget-interact';
/** The reader's actions a widget can report in `mission-widget-interact` (one fired and not here fails below). */
const ACTIONS = ['source', 'expand', 'filter'];

/** An event as the docs name it: its type, and for a reader's action, which one. */
const named = (event: Event) =>
  event.type === INTERACT
    ? `${INTERACT}: ${(event as CustomEvent<{ action: string }>).detail.action}`
    : event.type;

interface Declaration {
  name: string;
  tagName?: string;
  events?: { name: string; description?: string }[];
}

/** What a declaration of custom-elements.json documents: each event, and each reader's action its description names. */
const documented = (declaration: Declaration) =>
  new Set(
    (declaration.events ?? []).flatMap(({ name, description = '' }) =>
      name === INTERACT
        ? ACTIONS.filter((action) => new RegExp(`\\b${action}\\b`).test(description)).map(
            (action) => `${name}: ${action}`,
          )
        : [name],
    ),
  );

/** Each element in the settings that give it every control it has. */
const SETTINGS: Record<Tag, Record<string, string>[]> = {
  'troop-counter': [{ history: '' }],
  'contributor-list': [{}],
  'event-timeline': [{ filters: '', collapsed: '' }, { layout: 'horizontal' }],
};

/**
 * What a reader can press: summaries first (opening them shows more), then buttons, then links.
 * Every button (a filter's first, "All", changes nothing while all are shown); of summaries and
 * links, the first of each kind (by the part it stands in): the others do the same.
 */
const CONTROLS: [string, boolean][] = [
  ['summary', false],
  ['button', true],
  ['a[href]', false],
];

/**
 * The events an element fires while it loads, comes into view and a reader uses each kind of
 * control it has (the first of each: a summary, a button or a link, by the part it stands in),
 * from the keyboard, as a reader would; links are kept from navigating.
 */
async function fired(tag: Tag, attributes: Record<string, string>): Promise<Set<string>> {
  const events = new Set<string>();
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 900px"></div>`);
  const el = document.createElement(tag);
  for (const type of TYPES) el.addEventListener(type, (event) => events.add(named(event)));
  // A link followed stays on this page; every other click does what it does.
  el.addEventListener('click', (event) => {
    if (event.composedPath().some((node) => node instanceof HTMLAnchorElement)) event.preventDefault();
  });
  for (const [name, value] of Object.entries({ locale: 'en', ...attributes })) el.setAttribute(name, value);
  wrapper.append(el);
  await settled(el);
  // In view, as a reader scrolls to it.
  el.scrollIntoView();
  await waitUntil(() => events.has('mission-widget-view'), `<${tag}> never reported as seen`);
  const settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  for (const [selector, every] of CONTROLS) {
    const kinds = new Map<string | number, HTMLElement>();
    for (const [i, control] of el.shadowRoot!.querySelectorAll<HTMLElement>(selector).entries()) {
      if (!control.checkVisibility()) continue;
      const kind = every ? i : (control.closest('[part]')?.getAttribute('part') ?? '');
      if (!kinds.has(kind)) kinds.set(kind, control);
    }
    for (const control of kinds.values()) {
      control.scrollIntoView({ block: 'center' });
      control.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await settle();
    }
  }
  wrapper.remove();
  clearMissionCache();
  return events;
}

/** The events an element fires when its data cannot be loaded. */
async function failed(tag: Tag): Promise<Set<string>> {
  const events = new Set<string>();
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(tag);
  for (const type of TYPES) el.addEventListener(type, (event) => events.add(named(event)));
  el.setAttribute('src', respond('', { status: 404 }));
  await capture('error', async () => {
    wrapper.append(el);
    await waitUntil(() => events.has('mission-data-error'), 'the error event');
  });
  wrapper.remove();
  return events;
}

describe('the events each element documents', () => {
  afterEach(() => clearMissionCache());

  const seen = new Map<Tag, Set<string>>();
  let declarations: Declaration[];
  before(async () => {
    const manifest: { modules: { declarations?: Declaration[] }[] } = await (
      await fetch('/custom-elements.json')
    ).json();
    declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
  });

  for (const tag of TAGS)
    it(`<${tag}> documents in custom-elements.json exactly the events it fires`, async () => {
      const events = await failed(tag);
      for (const attributes of SETTINGS[tag])
        for (const event of await fired(tag, attributes)) events.add(event);
      seen.set(tag, events);
      const docs = documented(declarations.find((declaration) => declaration.tagName === tag)!);
      expect(
        [...docs].filter((event) => !events.has(event)),
        'documented, never fired',
      ).to.deep.equal([]);
      expect(
        [...events].filter((event) => !docs.has(event)),
        'fired, not documented',
      ).to.deep.equal([]);
    });

  it('the base documents the events every element fires, and no other', () => {
    expect(seen.size, 'the elements above ran first').to.equal(TAGS.length);
    const everyone = [...seen.get(TAGS[0])!].filter((event) =>
      TAGS.every((tag) => seen.get(tag)!.has(event)),
    );
    const base = documented(declarations.find((declaration) => declaration.name === 'MissionElement')!);
    expect([...base].sort()).to.deep.equal(everyone.sort());
  });

  it("README's section of each element names the reader's actions it reports, and no other", async () => {
    const readme = await (await fetch('/README.md')).text();
    const actionsOf = (tag: Tag) =>
      [...seen.get(tag)!]
        .filter((event) => event.startsWith(`${INTERACT}: `))
        .map((event) => event.slice(INTERACT.length + 2));
    for (const tag of TAGS) {
      const section = readme.split(/^## /m).find((text) => text.startsWith(`\`<${tag}>\``))!;
      const sentence = /\bEvents: .*?\.(?= |$)/.exec(section.replace(/\s+/g, ' '))?.[0] ?? '';
      const named = ACTIONS.filter((action) => sentence.includes(`\`${action}\``));
      expect(named.sort(), `<${tag}>: ${sentence}`).to.deep.equal(actionsOf(tag).sort());
    }
  });
});
