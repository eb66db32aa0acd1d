import {
  html,
  noChange,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { DeepLinkController } from '../controllers/deep-link-controller.js';
import { ProgressiveRenderController } from '../controllers/progressive-render-controller.js';
import { ReservedSizeController } from '../controllers/reserved-size-controller.js';
import { RovingFocusController } from '../controllers/roving-focus-controller.js';
import { categoryOf } from '../data/derive.js';
import type { LoadedMission } from '../data/load.js';
import type { Category, MissionEvent } from '../data/schema.js';
import {
  EMPTY_VIEW,
  sampledIn,
  timelineView,
  yearsOf,
  type Block,
  type TimelineQuery,
  type TimelineView,
} from '../views/event-timeline.js';
import { countriesInText, timeline, type TimelineMessages } from '../i18n/event-timeline.js';
import { formatDate, formatNumber, pluralRules } from '../i18n/format.js';
import { messagesFor } from '../i18n/locale.js';
import { CATEGORIES } from '../data/constants.js';
import { date, listOf, oneOf, on } from './attributes.js';
import { MissionElement, type MissionView } from './mission-element.js';
import { capitalise, count, footnote, type FootWords } from './event-timeline.parts.js';
import { styles } from './event-timeline.styles.js';

/**
 * The mission's story in dated events, grouped by year: each event's date at its own
 * precision, its title, summary, category, the countries involved and its sources. Long
 * timelines render progressively, in order; `updateComplete` resolves once every event is in
 * the DOM. A page URL ending in `#event-ID` scrolls to that event and focuses it.
 *
 * @tag event-timeline
 * @summary A timeline of the mission's events, readable, navigable and fast at any length.
 * @slot - Fallback content: shown when the data cannot be loaded, hidden once it renders.
 * @csspart root - The widget's box.
 * @csspart status - The loading, error or "no events" message.
 * @csspart filters - The group of category toggle buttons.
 * @csspart year - A year heading.
 * @csspart list - The ordered list of one year's events.
 * @csspart event - One event.
 * @csspart category - An event's category, with its marker.
 * @csspart sources - An event's list of source links.
 * @csspart marker - An event's category marker on the rail (a shape as well as a colour).
 * @csspart phase - The name of a phase, where its run of events begins.
 * @csspart gap - The break for a period with no events ("No events in 2022").
 * @csspart count - The live count of events shown ("6 of 12 events") while filters are used.
 * @csspart nav - The previous and next buttons of the horizontal strip.
 * @fires mission-data-load - The data is loaded and valid.
 * @fires mission-data-error - The data cannot be loaded or is invalid.
 * @fires mission-widget-view - The widget was at least half visible for the first time.
 * @fires mission-widget-interact - A reader followed a source link (`action: 'source'`, `url`),
 *   pressed or released a category button (`'filter'`, `category`, `pressed`) or opened a
 *   summary (`'expand'`, `id`).
 */
export class EventTimeline extends MissionElement {
  static override properties: PropertyDeclarations = {
    layout: { reflect: true },
    order: {},
    from: {},
    to: {},
    asOf: { attribute: 'as-of' },
    category: {},
    filters: { type: Boolean },
    collapsed: { type: Boolean },
    picked: { state: true, attribute: false },
  };

  static override styles = [...MissionElement.styles, styles];

  static override checks = {
    from: date,
    to: date,
    category: listOf('no such category:', (word) => (CATEGORIES as readonly string[]).includes(word)),
    order: oneOf('asc', 'desc'),
    layout: oneOf('vertical', 'horizontal'),
    filters: on,
    collapsed: on,
  };

  /** `vertical` (default) or `horizontal`: a scroll-snapping strip for wide slots. */
  layout: 'vertical' | 'horizontal' = 'vertical';

  /** `asc` (oldest first, default) or `desc` (newest first). */
  order: 'asc' | 'desc' = 'asc';

  /** The earliest partial date shown: `2023`, `2023-07` or `2023-07-29`. */
  from?: string;

  /** The latest partial date shown. */
  to?: string;

  /** Hides what happened after this day, and marks the last event on or before it as the latest. */
  asOf?: string;

  /** Only these categories, space-separated: `deployment funding`. */
  category?: string;

  /** Shows a toggle button per category, with which readers show only the categories they pick. */
  filters = false;

  /** Summaries start closed, each behind a disclosure. */
  collapsed = false;

  private picked: Category[] = [];
  private view: TimelineView = EMPTY_VIEW;
  // The language pack too: the view writes words (a phase's start), which change when one
  // arrives after the data.
  // `picked` is private, which `keyof` does not see.
  private readonly views: MissionView<TimelineView> = this.viewOf(
    ['from', 'to', 'asOf', 'category', 'order', 'picked' as keyof this],
    (data, settings) => timelineView(data, settings as TimelineQuery),
  );
  private readonly progress = new ProgressiveRenderController<Block>(this);

  constructor() {
    super();
    new RovingFocusController(this, 'ol>li', () => this.layout === 'horizontal');
    new ReservedSizeController(this, '.strip', 'li.sample');
    new DeepLinkController(this, 'event-', () => this.state !== 'pending' && this.progress.complete);
  }

  /** Events a refresh just added, marked until the next version. */
  private fresh = new Set<string>();

  protected override announce(previous: LoadedMission, next: LoadedMission): string {
    const known = new Set(previous.data.events.map((event) => event.id));
    this.fresh = new Set(next.data.events.filter((event) => !known.has(event.id)).map((event) => event.id));
    const updated = super.announce(previous, next);
    if (!this.fresh.size) return updated;
    const locale = this.resolvedLocale;
    const added = messagesFor(timeline, locale).added(
      formatNumber(this.fresh.size, locale),
      pluralRules(locale).select(this.fresh.size),
    );
    return `${updated} ${added}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const view = this.views.value ?? EMPTY_VIEW;
    if (view !== this.view) {
      this.view = view;
      this.progress.reset(view.blocks, this.takingOver);
    }
    // Whatever changes how an event renders, or whether the lists are in the DOM at all.
    this.progress.repaint(
      `${this.resolvedLocale} ${this.collapsed} ${this.view.latest} ${this.state} ${[...this.fresh]}`,
    );
  }

  protected override get rendered(): Promise<void> {
    return this.progress.done;
  }

  protected renderMission({ data }: LoadedMission): TemplateResult {
    const locale = this.resolvedLocale;
    const m = messagesFor(timeline, locale);
    const { blocks, categories, latest, phases, phaseOf, bandStarts, samples } = this.view;
    const foot: FootWords = { locale, common: this.common, text: (t) => this.text(t), sources: data.sources };
    const item = (event: MissionEvent, index: number) => {
      const category = categoryOf(event);
      const phase = phaseOf.get(event.id);
      const summary = event.summary && html`<p class="summary">${this.text(event.summary)}</p>`;
      // With their articles, as in a sentence ("Kenya and the United States"), and a capital as
      // the line's first word ("Le Kenya et les États-Unis").
      const countries = capitalise(countriesInText(event.countries, locale));
      const classes = [
        event.id === latest ? 'latest' : '',
        samples.has(index) ? 'sample' : '',
        phase === undefined ? '' : `band band-${phase % 2 ? 'b' : 'a'}`,
      ];
      return html`<li id="event-${event.id}" tabindex="-1" class=${classes.join(' ').trim()} part="event">
        ${
          phase !== undefined && bandStarts.has(event.id)
            ? html`<p class="phase" part="phase">${phases[phase].name}</p>`
            : nothing
        }
        <p class="meta">
          <span class="marker c-${category}" part="marker"></span>
          <time datetime=${event.date}>${formatDate(event.date, locale)}</time>
          <span class="category" part="category">${m.categories[category]}</span>
          ${event.id === latest ? html`<strong class="tag">${m.latest}</strong>` : nothing}
          ${this.fresh.has(event.id) ? html`<strong class="tag" part="fresh">${m.fresh}</strong>` : nothing}
        </p>
        <h4>${this.text(event.title)}</h4>
        ${
          this.collapsed && summary
            ? html`<details @toggle=${(e: Event) => this.expanded(e, event.id)}>
                <summary>${m.summary}</summary>
                ${summary}
              </details>`
            : summary
        }
        ${footnote(countries, event.sources, foot)}
      </li>`;
    };
    let index = 0;
    const list = (blocks: readonly Block[]) =>
      blocks.map((block) => {
        const first = index;
        index += block.events.length;
        return this.progress.isPainted(block) ? noChange : block.events.map((e, i) => item(e, first + i));
      });
    const horizontal = this.layout === 'horizontal';
    const bar = this.filters || (horizontal && blocks.length);
    return html`${this.filters ? this.renderFilters(categories) : nothing}${
      bar
        ? html`<div class="bar">
            ${this.filters ? count(this.view, m, locale) : nothing}${horizontal && blocks.length ? this.renderNav(m) : nothing}
          </div>`
        : nothing
    }${
      blocks.length
        ? // tabindex -1: Firefox makes a scroll container a Tab stop of its own, and its arrow keys
          // would scroll it instead of moving between the events, which are the one Tab stop.
          html`<div class="strip" tabindex="-1" @scroll=${horizontal ? this.scrolled : nothing}>
            ${yearsOf(this.progress.shown).map(
              ({ year, blocks, gap, size }) =>
                html`${gap ? html`<p class="gap" part="gap">${m.gap(formatDate(gap[0], locale), formatDate(gap[1], locale))}</p>` : nothing}
                  <section>
                    <h3 id="y${year}" part="year">${formatDate(year, locale)}</h3>
                    <ol
                      aria-labelledby="y${year}"
                      part="list"
                      class=${sampledIn(samples, index, size) ? 'sampled' : ''}
                      .style=${`--_n:${size}`}
                    >
                      ${list(blocks)}
                    </ol>
                  </section>`,
            )}
          </div>`
        : html`<p class="status" part="status">${m.none}</p>`
    }`;
  }

  private renderFilters(categories: readonly Category[]): TemplateResult {
    const locale = this.resolvedLocale;
    const m = messagesFor(timeline, locale);
    return html`<div class="filters" role="group" aria-label=${m.filter} part="filters">
      <button class="all" aria-pressed=${!this.picked.length} @click=${this.showAll}>${m.all}</button>
      ${categories.map(
        (c) =>
          html`<button class="c-${c}" aria-pressed=${this.picked.includes(c)} @click=${() => this.toggle(c)}>
            ${m.categories[c]}
          </button>`,
      )}
    </div>`;
  }

  private renderNav(m: TimelineMessages): TemplateResult {
    const { atStart, atEnd } = this.edges;
    return html`<div class="nav" part="nav">
      <button
        class="previous"
        aria-label=${m.previous}
        aria-disabled=${atStart}
        @click=${() => this.page(-1)}
      ></button>
      <button class="next" aria-label=${m.next} aria-disabled=${atEnd} @click=${() => this.page(1)}></button>
    </div>`;
  }

  private edges = { atStart: true, atEnd: false };

  /** Keeps the previous and next buttons' state in step with the strip's scroll position. */
  private scrolled = (): void => {
    const strip = this.renderRoot.querySelector<HTMLElement>('.strip');
    if (!strip) return;
    const left = Math.abs(strip.scrollLeft);
    const edges = { atStart: left < 2, atEnd: left + strip.clientWidth >= strip.scrollWidth - 2 };
    if (edges.atStart !== this.edges.atStart || edges.atEnd !== this.edges.atEnd) {
      this.edges = edges;
      this.requestUpdate();
    }
  };

  /** Scrolls the strip a page on (`1`) or back (`-1`): the cards that fill it, no less. */
  private page(direction: 1 | -1): void {
    const strip = this.renderRoot.querySelector<HTMLElement>('.strip');
    if (!strip) return;
    const rtl = getComputedStyle(strip).direction === 'rtl' ? -1 : 1;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    strip.scrollBy({ left: direction * rtl * strip.clientWidth, behavior: reduce ? 'auto' : 'smooth' });
  }

  private showAll(): void {
    if (!this.picked.length) return;
    this.picked = [];
    this.report('mission-widget-interact', 'filter', { category: 'all', pressed: true });
  }

  private toggle(category: Category): void {
    const { picked } = this;
    const pressed = !picked.includes(category);
    this.picked = pressed ? [...picked, category] : picked.filter((c) => c !== category);
    this.report('mission-widget-interact', 'filter', { category, pressed });
  }

  private expanded(event: Event, id: string): void {
    if ((event.target as HTMLDetailsElement).open) this.report('mission-widget-interact', 'expand', { id });
  }
}
