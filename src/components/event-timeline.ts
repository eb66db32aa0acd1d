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
import { RovingFocusController } from '../controllers/roving-focus-controller.js';
import { categoryOf } from '../data/derive.js';
import type { LoadedMission } from '../data/load.js';
import type { Category, MissionEvent } from '../data/schema.js';
import { BLOCK_SIZE, timelineView, yearsOf, type Block, type TimelineView } from '../views/event-timeline.js';
import { formatList, timeline } from '../i18n/event-timeline.js';
import { countryName, formatDate, formatNumber, pluralRules } from '../i18n/format.js';
import { messagesFor } from '../i18n/locale.js';
import { MissionElement } from './mission-element.js';
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
  private view: TimelineView = { blocks: [], categories: [] };
  private viewKey: unknown[] = [];
  private readonly progress = new ProgressiveRenderController<Block>(this);

  constructor() {
    super();
    new RovingFocusController(this, 'ol>li', () => this.layout === 'horizontal');
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
    const { from, to, asOf, category, order, picked } = this;
    const data = this.data.mission?.data;
    const locale = this.resolvedLocale;
    const key = [data, from, to, asOf, category, order, picked, locale];
    if (key.some((value, i) => value !== this.viewKey[i])) {
      this.viewKey = key;
      this.view = data
        ? timelineView(data, { from, to, asOf, category, order, picked, locale })
        : { blocks: [], categories: [] };
      this.progress.reset(this.view.blocks, this.takingOver);
    }
    // Whatever changes how an event renders, or whether the lists are in the DOM at all.
    this.progress.repaint(
      `${this.resolvedLocale} ${this.collapsed} ${this.view.latest} ${this.state} ${[...this.fresh]}`,
    );
  }

  protected override get rendered(): Promise<void> {
    return this.progress.done;
  }

  protected renderMission(): TemplateResult {
    const locale = this.resolvedLocale;
    const m = messagesFor(timeline, locale);
    const { blocks, categories, latest } = this.view;
    const item = (event: MissionEvent) => {
      const category = categoryOf(event);
      const summary = event.summary && html`<p>${this.text(event.summary)}</p>`;
      const countries = formatList(
        event.countries.map((code) => countryName(code, locale)),
        locale,
      );
      return html`<li
        id="event-${event.id}"
        tabindex="-1"
        class=${event.id === latest ? 'latest' : ''}
        part="event"
      >
        <p class="meta">
          <time datetime=${event.date}>${formatDate(event.date, locale)}</time>
          <span class="c-${category}" part="category">${m.categories[category]}</span>
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
        <p class="muted">${countries}</p>
        ${this.renderSources(event.sources)}
      </li>`;
    };
    return html`${
      this.filters
        ? html`<div class="filters" role="group" aria-label=${m.filter} part="filters">
            ${categories.map((c) => html`<button class="c-${c}" aria-pressed=${this.picked.includes(c)} @click=${() => this.toggle(c)}>${m.categories[c]}</button>`)}
          </div>`
        : nothing
    }${
      blocks.length
        ? // tabindex -1: Firefox makes a scroll container a Tab stop of its own, and its arrow keys
          // would scroll it instead of moving between the events, which are the one Tab stop.
          html`<div class="strip" tabindex="-1">
            ${yearsOf(this.progress.shown).map(
              ({ year, blocks }) =>
                html`<section>
                  <h3 id="y${year}" part="year">${formatDate(year, locale)}</h3>
                  <ol aria-labelledby="y${year}" part="list" .style=${`--_n:${blocks.length * BLOCK_SIZE}`}>
                    ${blocks.map((block) => (this.progress.isPainted(block) ? noChange : block.events.map(item)))}
                  </ol>
                </section>`,
            )}
          </div>`
        : html`<p class="status" part="status">${m.none}</p>`
    }`;
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
