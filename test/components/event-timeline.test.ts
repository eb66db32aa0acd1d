import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { emulateMedia } from '../media.js';
import { CATEGORIES, type MissionInput } from '../../src/data/schema.js';
import { clearMissionCache } from '../../src/data/store.js';
import { EventTimeline } from '../../src/event-timeline.js';
import { shippedCopy } from '../data/fixtures.js';
import { capture, serve, settled } from '../helpers.js';
import { expectSame, expectSameList } from '../same.js';

/** The events of the story to September 2024, oldest first ("2024-03" sorts by its first day). */
const ASC = [
  'moise-assassination',
  'kenya-offer',
  'us-first-pledge',
  'resolution-2699',
  'five-countries-notify',
  'cash-grab-claim',
  'us-raises-pledge',
  'kenya-first-contingent',
  'kenya-second-contingent',
  'jamaica-belize-arrive',
  'ruto-visit',
  'resolution-2751',
];
const DEPLOYMENT = [
  'kenya-first-contingent',
  'kenya-second-contingent',
  'jamaica-belize-arrive',
  'ruto-visit',
];
const FUNDING = ['us-first-pledge', 'us-raises-pledge'];

type Attributes = Record<string, string | boolean>;

let story2024: Promise<string> | undefined;

/**
 * A timeline with these attributes (locale `en` unless given), in a 40rem wide slot, settled.
 * Without `src` it shows the Haiti story to September 2024 (`shipped: true`: the shipped file).
 */
async function make(attributes: Attributes = {}, slot: Attributes = {}): Promise<EventTimeline> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: 40rem"></div>`);
  for (const [name, value] of Object.entries(slot)) wrapper.setAttribute(name, String(value));
  const el = document.createElement('event-timeline');
  const { shipped, ...rest } = attributes;
  story2024 ??= serve(JSON.stringify(shippedCopy()));
  const src: Attributes = shipped || 'src' in rest ? {} : { src: await story2024 };
  const all: Attributes = { locale: 'en', ...src, ...rest };
  for (const [name, value] of Object.entries(all)) {
    if (value !== false) el.setAttribute(name, value === true ? '' : value);
  }
  wrapper.append(el);
  return settled(el);
}

const shadow = (el: EventTimeline) => el.shadowRoot!;
const items = (el: EventTimeline) => [...shadow(el).querySelectorAll<HTMLLIElement>('ol > li')];
const ids = (el: EventTimeline) => items(el).map((li) => li.id.replace(/^event-/, ''));
const item = (el: EventTimeline, id: string) => shadow(el).getElementById(`event-${id}`)!;
const text = (node?: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const years = (el: EventTimeline) => [...shadow(el).querySelectorAll('h3')].map(text);
const buttons = (el: EventTimeline) => [
  ...shadow(el).querySelectorAll<HTMLButtonElement>('[part=filters] button:not(.all)'),
];
const pressed = (el: EventTimeline) => buttons(el).map((b) => `${text(b)} ${b.getAttribute('aria-pressed')}`);
const focused = (el: EventTimeline) => shadow(el).activeElement;
const tabStops = (el: EventTimeline) => items(el).filter((li) => li.tabIndex === 0);

describe('<event-timeline>', () => {
  afterEach(() => clearMissionCache());

  describe('the Haiti story to September 2024', () => {
    const layouts = ['vertical', 'horizontal'] as const;
    const orders = [
      ['asc', ASC, ['2021', '2023', '2024']],
      ['desc', [...ASC].reverse(), ['2024', '2023', '2021']],
    ] as const;
    for (const layout of layouts) {
      for (const [order, expected, headings] of orders) {
        it(`lists every event in ${order} order under year headings, laid out ${layout}`, async () => {
          const el = await make({ layout, order });
          expect(ids(el)).to.deep.equal(expected);
          expect(years(el)).to.deep.equal(headings);
          expect(el.getAttribute('layout')).to.equal(layout);
          const [first, second] = items(el).map((li) => li.getBoundingClientRect());
          if (layout === 'vertical') expect(second.top).to.be.greaterThan(first.bottom - 1);
          else {
            expect(second.top).to.equal(first.top);
            expect(second.left).to.be.greaterThan(first.right - 1);
            const strip = shadow(el).querySelector('.strip')!;
            expect(getComputedStyle(strip).scrollSnapType).to.equal('inline mandatory');
          }
          await expect(el).to.be.accessible();
        });
      }
    }

    it('labels each year list with its heading, in an ordered list', async () => {
      const el = await make();
      for (const list of shadow(el).querySelectorAll('ol')) {
        const heading = shadow(el).getElementById(list.getAttribute('aria-labelledby')!);
        expect(heading?.localName).to.equal('h3');
        expectSame(heading?.nextElementSibling, list);
      }
    });

    it('shows an event with its date, category, title, summary, countries and source links', async () => {
      const el = await make();
      const li = item(el, 'jamaica-belize-arrive');
      expect(li.querySelector('time')?.getAttribute('datetime')).to.equal('2024-09-12');
      expect(text(li.querySelector('time'))).to.equal('September 12, 2024');
      expect(text(li.querySelector('[part=category]'))).to.equal('Deployment');
      expect(text(li.querySelector('h4'))).to.match(/Jamaica/);
      expect(text(li.querySelector('h4 + p'))).to.have.length.above(20);
      expect(text(li.querySelector('.countries'))).to.equal('Jamaica and Belize');
      const links = [...li.querySelectorAll('a')];
      expect(links.map((a) => text(a))).to.deep.equal(['AP', 'Amandala', 'Jamaica Observer']);
      expect(links.map((a) => a.getAttribute('aria-label'))).to.deep.equal([
        'AP, September 12, 2024',
        'Amandala, September 11, 2024',
        'Jamaica Observer, September 13, 2024',
      ]);
      expect(links.every((a) => a.href.startsWith('https://'))).to.equal(true);
    });

    it('marks a category by a text label and a distinct shape, not by colour alone', async () => {
      const el = await make({ filters: true });
      const shapes = buttons(el).map((b) => getComputedStyle(b, '::before').content);
      expect(new Set(shapes).size).to.equal(shapes.length);
      expect(buttons(el).map(text)).to.deep.equal([
        'Crisis',
        'Diplomacy',
        'Mandate',
        'Funding',
        'Deployment',
        'Politics',
      ]);
      const li = item(el, 'kenya-offer');
      expect(text(li.querySelector('[part=category]'))).to.equal('Diplomacy');
      expect(getComputedStyle(li.querySelector('[part=marker]')!, '::before').content).to.equal(shapes[1]);
    });

    it('marks the latest event in words', async () => {
      const el = await make();
      const marks = shadow(el).querySelectorAll('.tag');
      expect(marks).to.have.length(1);
      expect(text(marks[0])).to.equal('Latest');
      expect(marks[0].closest('li')?.id).to.equal('event-resolution-2751');
    });

    it('speaks French with locale="fr"', async () => {
      const el = await make({ locale: 'fr', filters: true });
      const li = item(el, 'jamaica-belize-arrive');
      expect(text(li.querySelector('time'))).to.equal('12 septembre 2024');
      expect(text(li.querySelector('[part=category]'))).to.equal('Déploiement');
      expect(text(li.querySelector('.countries'))).to.equal('La Jamaïque et le Belize');
      expect(text(shadow(el).querySelector('.tag'))).to.equal('Le plus récent');
      expect(shadow(el).querySelector('[part=filters]')?.getAttribute('aria-label')).to.equal(
        'Afficher seulement ces catégories',
      );
    });

    it('follows a change of locale and collapsed after it has rendered', async () => {
      const el = await make();
      el.locale = 'fr';
      el.collapsed = true;
      await el.updateComplete;
      expect(text(item(el, 'moise-assassination').querySelector('[part=category]'))).to.equal('Crise');
      expect(item(el, 'moise-assassination').querySelector('details summary')).to.exist;
    });
  });

  describe('dates at their own precision', () => {
    let src: string;
    before(async () => {
      const doc = shippedCopy() as MissionInput;
      doc.events[0].date = '2021';
      doc.events[1].date = '2023-07';
      src = await serve(JSON.stringify(doc));
    });
    const cases: [string, string, string, string][] = [
      ['en', 'moise-assassination', '2021', '2021'],
      ['en', 'kenya-offer', '2023-07', 'July 2023'],
      ['en', 'kenya-first-contingent', '2024-06-25', 'June 25, 2024'],
      ['en-GB', 'kenya-first-contingent', '2024-06-25', '25 June 2024'],
      ['fr', 'moise-assassination', '2021', '2021'],
      ['fr', 'kenya-offer', '2023-07', 'juillet 2023'],
      ['fr', 'kenya-first-contingent', '2024-06-25', '25 juin 2024'],
    ];
    for (const [locale, id, datetime, shown] of cases) {
      it(`writes ${datetime} in ${locale} as "${shown}", with <time datetime="${datetime}">`, async () => {
        const el = await make({ locale, src });
        const time = item(el, id).querySelector('time')!;
        expect(time.getAttribute('datetime')).to.equal(datetime);
        expect(text(time)).to.equal(shown);
      });
    }
  });

  describe('bounds', () => {
    const cases: [Attributes, string[], string][] = [
      [{ from: '2024' }, ASC.slice(4), 'resolution-2751'],
      [{ to: '2023' }, ASC.slice(0, 4), 'resolution-2751'],
      [{ from: '2024-03', to: '2024-06' }, ASC.slice(5, 8), 'resolution-2751'],
      [{ from: '2024-03-05', to: '2024-03-31' }, ['cash-grab-claim', 'us-raises-pledge'], 'resolution-2751'],
      [{ 'as-of': '2024-07-16' }, ASC.slice(0, 9), 'kenya-second-contingent'],
      [{ 'as-of': '2024-03-10' }, ASC.slice(0, 6), 'cash-grab-claim'],
      [{ 'as-of': '2024-06', order: 'desc' }, ASC.slice(0, 8).reverse(), 'kenya-first-contingent'],
      [{ from: 'soon', to: '2023-13' }, ASC, 'resolution-2751'],
    ];
    for (const [attributes, expected, latest] of cases) {
      it(`${JSON.stringify(attributes)} shows ${expected.length} events, the latest ${latest}`, async () => {
        const el = await make(attributes);
        expect(ids(el)).to.deep.equal(expected);
        const mark = shadow(el).querySelector('.tag')?.closest('li')?.id;
        expect(mark).to.equal(expected.includes(latest) ? `event-${latest}` : undefined);
      });
    }

    it('says so when no event is within the bounds', async () => {
      const el = await make({ to: '2020' });
      expect(items(el)).to.have.length(0);
      expect(text(shadow(el).querySelector('[part=status]'))).to.equal('No events to show.');
      await expect(el).to.be.accessible();
    });

    // Before the first event of the data: said with the day, and nothing to filter or count.
    const nothingYet: [string, string][] = [
      ['en', 'No events recorded as of January 1, 2020.'],
      ['fr', 'Aucun événement enregistré au 1er janvier 2020.'],
      ['es', 'No hay eventos registrados al 1 de enero de 2020.'],
      ['ht', 'Pa gen evènman ki anrejistre nan dat 1ye janvye 2020.'],
      ['sw', 'Hakuna matukio yaliyorekodiwa kufikia 1 Januari 2020.'],
    ];
    for (const [locale, said] of nothingYet) {
      it(`says in ${locale} that no event is recorded yet by an as-of before the first`, async () => {
        const el = await make({ locale, 'as-of': '2020-01-01', filters: true });
        expect(items(el)).to.have.length(0);
        expect(text(shadow(el).querySelector('[part=status]'))).to.equal(said);
        expect(shadow(el).querySelector('[part=filters]')).to.equal(null);
        expect(shadow(el).querySelector('[part=count]')).to.equal(null);
        await expect(el).to.be.accessible();
      });
    }
  });

  describe('categories', () => {
    it('shows only the categories of the category attribute', async () => {
      const el = await make({ category: 'deployment funding' });
      expect(ids(el)).to.deep.equal(ASC.filter((id) => DEPLOYMENT.includes(id) || FUNDING.includes(id)));
      el.category = 'mandate';
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(['resolution-2699', 'resolution-2751']);
    });

    it('lets readers pick categories with toggle buttons, by keyboard', async () => {
      const el = await make({ filters: true });
      expect(shadow(el).querySelector('[part=filters]')?.getAttribute('role')).to.equal('group');
      expect(pressed(el)).to.deep.equal(
        ['Crisis', 'Diplomacy', 'Mandate', 'Funding', 'Deployment', 'Politics'].map((n) => `${n} false`),
      );
      const button = (name: string) => buttons(el).find((b) => text(b) === name)!;

      button('Deployment').focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button('Deployment').getAttribute('aria-pressed')).to.equal('true');
      expect(ids(el)).to.deep.equal(DEPLOYMENT);

      button('Funding').focus();
      await sendKeys({ press: ' ' }); // Firefox's driver knows the character, not "Space"
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(ASC.filter((id) => DEPLOYMENT.includes(id) || FUNDING.includes(id)));
      await expect(el).to.be.accessible();

      button('Deployment').click();
      await el.updateComplete;
      expect(button('Deployment').getAttribute('aria-pressed')).to.equal('false');
      expect(ids(el)).to.deep.equal(FUNDING);

      button('Funding').click();
      await el.updateComplete;
      expect(ids(el)).to.deep.equal(ASC);
    });

    it('tells the page when a reader presses or releases a category button', async () => {
      const el = await make({ filters: true });
      const cases: [boolean][] = [[true], [false]];
      for (const [pressed] of cases) {
        const interact = oneEvent(el, 'mission-widget-interact');
        buttons(el)[4].click();
        expect((await interact).detail).to.deep.equal({
          widget: 'event-timeline',
          action: 'filter',
          category: 'deployment',
          pressed,
        });
      }
    });

    it("combines the reader's picks with the category attribute", async () => {
      const el = await make({ filters: true, category: 'deployment funding' });
      expect(pressed(el)).to.deep.equal(['Funding false', 'Deployment false']);
      buttons(el)[0].click();
      await el.updateComplete;
      expect(pressed(el)).to.deep.equal(['Funding true', 'Deployment false']);
      expect(ids(el)).to.deep.equal(FUNDING);
      el.category = 'deployment';
      await el.updateComplete;
      expect(pressed(el)).to.deep.equal(['Deployment false']);
      expect(ids(el)).to.deep.equal(DEPLOYMENT);
    });

    it('shows nothing but a message for a category no event has', async () => {
      const el = await make({ category: 'sports', filters: true });
      expect(buttons(el)).to.have.length(0);
      expect(text(shadow(el).querySelector('[part=status]'))).to.equal('No events to show.');
    });
  });

  describe('collapsed summaries', () => {
    it('opens and closes a summary from the keyboard', async () => {
      const el = await make({ collapsed: true });
      const li = item(el, 'kenya-offer');
      const details = li.querySelector('details')!;
      const summary = details.querySelector('summary')!;
      const body = details.querySelector('p')!;
      expect(text(summary)).to.equal('Summary');
      expect(details.open).to.equal(false);
      expect(body.checkVisibility()).to.equal(false);

      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      expect(body.checkVisibility()).to.equal(true);
      await expect(el).to.be.accessible();

      await sendKeys({ press: ' ' }); // Firefox's driver knows the character, not "Space"
      expect(details.open).to.equal(false);
    });

    it('tells the page when a reader opens a summary', async () => {
      const el = await make({ collapsed: true });
      const details = item(el, 'kenya-offer').querySelector('details')!;
      const interact = oneEvent(el, 'mission-widget-interact');
      details.querySelector('summary')!.click();
      const { detail, bubbles, composed } = await interact;
      expect(detail).to.deep.equal({ widget: 'event-timeline', action: 'expand', id: 'kenya-offer' });
      expect(bubbles && composed).to.equal(true);
    });

    it('prints every summary, and the horizontal strip as a list', async () => {
      const el = await make({ collapsed: true, layout: 'horizontal' });
      const body = item(el, 'kenya-offer').querySelector('details p')!;
      await emulateMedia({ media: 'print' });
      try {
        expect(body.checkVisibility()).to.equal(true);
        expect(item(el, 'kenya-offer').querySelector('summary')!.checkVisibility()).to.equal(false);
        const [first, second] = items(el).map((li) => li.getBoundingClientRect());
        expect(second.top).to.be.greaterThan(first.bottom - 1);
      } finally {
        await emulateMedia({ media: 'screen' });
      }
    });

    it('shows summaries openly by default', async () => {
      const el = await make();
      expect(shadow(el).querySelector('details')).to.equal(null);
      expect(item(el, 'kenya-offer').querySelector('h4 + p')?.checkVisibility()).to.equal(true);
    });
  });

  describe('keyboard', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('moves between events with arrows, Home and End in the horizontal layout, one tab stop', async () => {
      const el = await make({ layout: 'horizontal' });
      const list = items(el);
      expectSameList(tabStops(el), [list[0]]);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      // The previous and next buttons come first, then the strip's one tab stop.
      for (const press of ['Tab', 'Tab', 'Tab']) await sendKeys({ press });
      expectSame(document.activeElement, el);
      expectSame(focused(el), list[0]);

      const steps: [string, number][] = [
        ['ArrowRight', 1],
        ['ArrowRight', 2],
        ['ArrowLeft', 1],
        ['End', list.length - 1],
        ['ArrowRight', list.length - 1],
        ['Home', 0],
        ['ArrowLeft', 0],
      ];
      for (const [key, index] of steps) {
        await sendKeys({ press: key });
        expectSame(focused(el), list[index], `${key} → ${index}`);
        expectSameList(tabStops(el), [list[index]]);
      }
      await expect(el).to.be.accessible();
    });

    it('swaps the arrows in right-to-left text', async () => {
      const el = await make({ layout: 'horizontal' }, { dir: 'rtl' });
      items(el)[0].focus();
      await sendKeys({ press: 'ArrowLeft' });
      expectSame(focused(el), items(el)[1]);
      await sendKeys({ press: 'ArrowRight' });
      expectSame(focused(el), items(el)[0]);
    });

    it('keeps the focused event in view, at once under reduced motion', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await make({ layout: 'horizontal' });
      const strip = shadow(el).querySelector<HTMLElement>('.strip')!;
      items(el)[0].focus();
      await sendKeys({ press: 'End' });
      const last = items(el).at(-1)!.getBoundingClientRect();
      const box = strip.getBoundingClientRect();
      expect(strip.scrollLeft).to.be.greaterThan(0);
      expect(last.left).to.be.at.least(box.left - 1);
      expect(last.right).to.be.at.most(box.right + 1);
    });

    it('keeps the strip one height while it scrolls, so the article below never moves', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await make({ layout: 'horizontal' });
      const strip = shadow(el).querySelector<HTMLElement>('.strip')!;
      const before = el.getBoundingClientRect().height;
      const tallest = Math.max(...items(el).map((li) => li.getBoundingClientRect().height));
      strip.scrollLeft = strip.scrollWidth;
      await nextFrame();
      await nextFrame();
      expect(el.getBoundingClientRect().height).to.equal(before);
      expect(Math.max(...items(el).map((li) => li.getBoundingClientRect().height))).to.equal(tallest);
    });

    it('leaves arrow keys alone in the vertical layout, where no event is a tab stop', async () => {
      const el = await make();
      expect(tabStops(el)).to.have.length(0);
      items(el)[0].focus();
      await sendKeys({ press: 'ArrowRight' });
      expectSame(focused(el), items(el)[0]);
    });

    for (const layout of ['vertical', 'horizontal']) {
      it(`reaches every control and link with Tab, with a visible focus ring (${layout})`, async () => {
        const el = await make({ layout, filters: true, collapsed: true });
        const controls = [...shadow(el).querySelectorAll<HTMLElement>('button, summary, a')];
        const expected =
          layout === 'horizontal' ? [...controls.slice(0, 9), items(el)[0], ...controls.slice(9)] : controls;
        const before = document.createElement('button');
        el.before(before);
        const after = document.createElement('button');
        el.after(after);
        before.focus();
        const reached: Element[] = [];
        for (;;) {
          await sendKeys({ press: 'Tab' });
          if (document.activeElement !== el) break;
          const active = focused(el)!;
          reached.push(active);
          const style = getComputedStyle(active);
          expect(style.outlineStyle, active.outerHTML.slice(0, 60)).to.equal('solid');
          expect(style.outlineWidth).to.equal('3px');
        }
        expectSame(document.activeElement, after);
        expect(reached).to.deep.equal(expected);
      });
    }
  });

  describe('deep links', () => {
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('focuses the event named in the URL on load, and on hashchange', async () => {
      history.replaceState(null, '', '#event-kenya-offer');
      const el = await make();
      expectSame(focused(el), item(el, 'kenya-offer'));
      const change = oneEvent(window, 'hashchange');
      location.hash = '#event-ruto-visit';
      await change;
      await el.updateComplete;
      expectSame(focused(el), item(el, 'ruto-visit'));
    });

    it('makes the linked event the tab stop in the horizontal layout', async () => {
      history.replaceState(null, '', '#event-resolution-2699');
      const el = await make({ layout: 'horizontal' });
      expectSame(focused(el), item(el, 'resolution-2699'));
      expectSameList(tabStops(el), [item(el, 'resolution-2699')]);
    });

    it('ignores fragments that are not events', async () => {
      history.replaceState(null, '', '#y2024');
      const el = await make();
      expect(focused(el)).to.equal(null);
    });
  });

  describe('10,000 events', () => {
    let src: string;
    before(async () => {
      const doc = shippedCopy() as MissionInput;
      const day = (i: number) => new Date(Date.UTC(1998, 0, 1 + i)).toISOString().slice(0, 10);
      doc.events = Array.from({ length: 10_000 }, (_, i) => ({
        id: `e${i}`,
        date: day(i),
        title: `Event ${i + 1}`,
        category: CATEGORIES[i % CATEGORIES.length],
        countries: ['KE'],
        sources: [doc.sources[i % doc.sources.length].id],
      }));
      doc.updated = day(9_999);
      src = await serve(JSON.stringify(doc));
    });
    afterEach(() => history.replaceState(null, '', location.pathname + location.search));

    it('shows the first events before the rest, then every event in order', async function () {
      // A volume test: Firefox and WebKit take several times Chromium's 20 s on two shared cores.
      this.timeout(90_000);
      history.replaceState(null, '', '#event-e9999');
      const el = document.createElement('event-timeline');
      el.locale = 'en';
      el.src = src;
      const loaded = oneEvent(el, 'mission-data-load');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await loaded;
      // The view is worked out in one task and drawn from the next: the first events come then.
      await waitUntil(() => items(el).length > 0, 'the first events', { interval: 0 });
      const first = items(el);
      expect(first.length).to.be.within(1, 9_999);
      expect(text(first[0].querySelector('h4'))).to.equal('Event 1');
      expect(text(first[0].querySelector('time'))).to.equal('January 1, 1998');

      await el.updateComplete;
      const all = ids(el);
      expect(all).to.have.length(10_000);
      expect(all.every((id, i) => id === `e${i}`)).to.equal(true);
      expect(years(el)).to.have.length(28);
      expectSame(focused(el), item(el, 'e9999'));
    });
  });

  describe('errors', () => {
    it('keeps the fallback, shows a calm message and gives developers every message', async () => {
      const doc = shippedCopy() as MissionInput;
      doc.events[2].date = '2023-02-30';
      const el = document.createElement('event-timeline');
      el.locale = 'en';
      el.src = await serve(JSON.stringify(doc));
      el.innerHTML = '<p>The mission began in 2024. <a href="https://example.org">Read more</a></p>';
      const failed = oneEvent(el, 'mission-data-error');
      const logged = await capture('error', async () => {
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        await failed;
      });
      const { detail } = await failed;
      await el.updateComplete;
      expect(detail.kind).to.equal('invalid');
      expect(detail.messages.join('\n')).to.contain('events[2].date');
      expect(logged.join('\n')).to.contain('events[2].date');
      expect(text(shadow(el).querySelector('[part=status]'))).to.equal(
        'These figures are not available right now.',
      );
      const slot = shadow(el).querySelector('slot')!;
      expect(slot.assignedNodes().some((node) => text(node as Element).includes('2024'))).to.equal(true);
      expect(items(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('fails calmly on an HTTP error', async () => {
      const el = document.createElement('event-timeline');
      el.src = '/__test__/respond?status=404&body=missing';
      const failed = oneEvent(el, 'mission-data-error');
      await capture('error', async () => {
        (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
        await failed;
      });
      expect((await failed).detail.kind).to.equal('http');
    });
  });

  describe('accessibility', () => {
    for (const layout of ['vertical', 'horizontal']) {
      for (const theme of ['light', 'dark']) {
        it(`has no axe violations, ${layout} in the ${theme} theme`, async () => {
          const el = await make({ layout, theme, filters: true, collapsed: true });
          expect(getComputedStyle(el).colorScheme).to.equal(theme);
          await expect(el).to.be.accessible();
          buttons(el)[0].click();
          await el.updateComplete;
          await expect(el).to.be.accessible();
        });
      }
    }
  });

  describe('the element contract', () => {
    const attributes: [string, string, keyof EventTimeline, unknown][] = [
      ['layout', 'horizontal', 'layout', 'horizontal'],
      ['order', 'desc', 'order', 'desc'],
      ['from', '2023-07', 'from', '2023-07'],
      ['to', '2024', 'to', '2024'],
      ['as-of', '2024-07-16', 'asOf', '2024-07-16'],
      ['category', 'deployment funding', 'category', 'deployment funding'],
      ['filters', '', 'filters', true],
      ['collapsed', '', 'collapsed', true],
      ['src', '/data/haiti-mss.json', 'src', '/data/haiti-mss.json'],
      ['locale', 'fr', 'locale', 'fr'],
      ['theme', 'dark', 'theme', 'dark'],
    ];
    for (const [attribute, value, property, expected] of attributes) {
      it(`maps the ${attribute} attribute to the ${String(property)} property`, () => {
        const el = document.createElement('event-timeline');
        el.setAttribute(attribute, value);
        expect(el[property]).to.equal(expected);
      });
    }

    it('has defaults: vertical, oldest first, no filters, open summaries', () => {
      const el = new EventTimeline();
      expect([el.layout, el.order, el.filters, el.collapsed]).to.deep.equal([
        'vertical',
        'asc',
        false,
        false,
      ]);
    });

    it('can be created with its constructor and set by properties', async () => {
      const el = new EventTimeline();
      el.locale = 'en';
      el.layout = 'horizontal';
      el.order = 'desc';
      el.asOf = '2024-07-16';
      (await fixture<HTMLDivElement>(html`<div style="inline-size: 40rem"></div>`)).append(el);
      await settled(el);
      expect(el.getAttribute('layout')).to.equal('horizontal');
      // The shipped story's own event tells where its first phase began: no mark beside it.
      expect(ids(el)).to.deep.equal(ASC.slice(0, 9).reverse());
    });
  });

  describe('the shipped story, told to March 2026', () => {
    it('marks where a phase ends, and leaves its start and decisions to the events that tell them', async () => {
      const el = await make({ shipped: true });
      const all = ids(el);
      expect(all.filter((id) => id.startsWith('phase-'))).to.deep.equal(['phase-mss-end']);
      expect(all.indexOf('phase-mss-end')).to.equal(all.indexOf('gsf-takes-over') - 1);
      expect(text(item(el, 'phase-mss-end').querySelector('h4'))).to.equal(
        'Multinational Security Support mission ends',
      );
      // Like every entry, the end says where its date comes from: the phase's own sources.
      const links = [...item(el, 'phase-mss-end').querySelectorAll<HTMLAnchorElement>('[part=sources] a')];
      expect(links.map((a) => a.href)).to.include('https://press.un.org/en/2024/sc15838.doc.htm');
      expect(links.length).to.equal(4);
      expect(text(item(el, 'resolution-2699').querySelector('h4'))).to.equal(
        'Security Council authorises the mission',
      );
      await expect(el).to.be.accessible();
    });

    it('shows each casualty among mission personnel, dated and sourced', async () => {
      const el = await make({ shipped: true, category: 'casualty' });
      const titles = items(el).map((li) => text(li.querySelector('h4')));
      // The file's own events tell four of them; the timeline words the other two.
      expect(titles[0]).to.equal('First death in the mission');
      expect(titles).to.include.members(['Kenya: 1 injured', 'Kenya: 2 injured']);
      expect(text(items(el)[0].querySelector('[part=category]'))).to.equal('Casualties');
      expect(items(el)[0].querySelector('time')?.getAttribute('datetime')).to.equal('2025-02-23');
      expect(items(el)[0].querySelectorAll('[part=sources] a').length).to.be.above(0);
      await expect(el).to.be.accessible();
    });

    it('speaks the phase marks in French', async () => {
      const el = await make({ shipped: true, locale: 'fr' });
      expect(text(item(el, 'phase-mss-end').querySelector('h4'))).to.equal(
        "Fin : Mission multinationale d'appui à la sécurité",
      );
    });
  });
});
