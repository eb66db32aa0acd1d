import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CategoryFilterController } from '../controllers/category-filter-controller.js';
import { DeepLinkController } from '../controllers/deep-link-controller.js';
import { FreshEvents } from '../controllers/fresh-events.js';
import { ProgressiveRenderController } from '../controllers/progressive-render-controller.js';
import { ReservedSizeController } from '../controllers/reserved-size-controller.js';
import { RovingFocusController } from '../controllers/roving-focus-controller.js';
import { ScrollAnchorController } from '../controllers/scroll-anchor-controller.js';
import { StripController } from '../controllers/strip-controller.js';
import type { LoadedMission } from '../data/load.js';
import type { Category } from '../data/schema.js';
import {
  EMPTY_VIEW,
  timelineView,
  type Block,
  type TimelineQuery,
  type TimelineView,
} from '../views/event-timeline.js';
import { timeline } from '../i18n/event-timeline.js';
import { messagesFor, otherLanguage } from '../i18n/locale.js';
import { CATEGORIES } from '../data/categories.js';
import { date, listOf, oneOf, on } from './attributes.js';
import { MissionElement, type MissionView } from './mission-element.js';
import { count, renderFilters, renderNav, renderYears, type EventWords } from './event-timeline.parts.js';
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
 * @csspart fresh - The "new" tag on an event a refresh brought.
 * @csspart nav - The previous and next buttons of the horizontal strip.
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

  private readonly filter = new CategoryFilterController(this);
  private readonly fresh = new FreshEvents();
  private view: TimelineView = EMPTY_VIEW;
  // The language pack too: the view writes words (a phase's start), which change when one
  // arrives after the data.
  // `picked` is private, which `keyof` does not see.
  private readonly views: MissionView<TimelineView> = this.viewOf(
    ['from', 'to', 'asOf', 'category', 'order', 'picked' as keyof this],
    (data, settings) => timelineView(data, settings as TimelineQuery),
  );
  private get picked(): Category[] {
    return this.filter.picked;
  }
  private get freshIds(): ReadonlySet<string> {
    return this.fresh.in(this.data.mission?.data);
  }
  private readonly progress = new ProgressiveRenderController<Block>(this, () => this.drawn);
  private readonly strip = new StripController(this, '.strip');

  constructor() {
    super();
    new RovingFocusController(this, 'ol>li', () => this.layout === 'horizontal');
    new ReservedSizeController(this, '.strip', 'li.sample');
    new ScrollAnchorController(this, 'ol>li', () => this.layout !== 'horizontal');
    new DeepLinkController(this, 'event-', () => this.state !== 'pending' && this.progress.complete);
  }

  protected override announce(previous: LoadedMission, next: LoadedMission): string {
    // The base's sentence, which is plain text (only the counter's has marks).
    const updated = super.announce(previous, next) as string;
    const added = this.fresh.added(previous.data, next.data, this.resolvedLocale);
    return added ? `${updated} ${added}` : updated;
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
      `${this.resolvedLocale} ${this.collapsed} ${this.view.latest} ${this.state} ${[...this.freshIds]}`,
    );
  }

  protected override get rendered(): Promise<void> {
    return this.progress.done;
  }

  protected renderMission({ data }: LoadedMission): TemplateResult {
    const locale = this.resolvedLocale;
    const m = messagesFor(timeline, locale);
    const { view, progress, filter } = this;
    const words: EventWords = {
      ...{ locale, m, view, fresh: this.freshIds, collapsed: this.collapsed, sources: data.sources },
      ...{
        common: this.common,
        text: (t) => this.text(t),
        // The language of the text `text` picks, where it is not the one the timeline speaks.
        lang: (t) => otherLanguage(t, this.localeController.requested, data.language, locale),
        expanded: (e, id) => this.expanded(e, id),
      },
    };
    const horizontal = this.layout === 'horizontal';
    const nav = horizontal && view.blocks.length;
    // Nothing within the bounds: nothing to filter, and no "0 events".
    const filters = this.filters && view.total > 0;
    return html`${
      filters ? renderFilters(view.categories, this.picked, m, filter.showAll, filter.toggle) : nothing
    }${
      filters || nav
        ? html`<div class="bar">
            ${filters ? count(view, m, locale) : nothing}${nav ? renderNav(m, this.strip) : nothing}
          </div>`
        : nothing
    }${
      view.blocks.length
        ? // tabindex -1: Firefox makes a scroll container a Tab stop of its own, and its arrow keys
          // would scroll it instead of moving between the events, which are the one Tab stop.
          html`<div class="strip" tabindex="-1" @scroll=${horizontal ? this.strip.scrolled : nothing}>
            ${renderYears(progress.shown, (block) => progress.isPainted(block), words)}
          </div>`
        : html`<p class="status" part="status">${view.none ?? m.none}</p>`
    }`;
  }

  private expanded(event: Event, id: string): void {
    if ((event.target as HTMLDetailsElement).open) this.report('mission-widget-interact', 'expand', { id });
  }
}
