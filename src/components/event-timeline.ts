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
import type { Category, MissionEvent, Source } from '../data/schema.js';
import {
  EMPTY_VIEW,
  sampledIn,
  timelineView,
  yearsOf,
  type Block,
  type TimelineView,
} from '../views/event-timeline.js';
import { isolate } from '../data/isolate.js';
import { countriesInText, timeline } from '../i18n/event-timeline.js';
import { formatDate, formatNumber, pluralRules } from '../i18n/format.js';
import { uiLocale } from '../i18n/languages.js';
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
  private viewKey: unknown[] = [];
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
    const { from, to, asOf, category, order, picked } = this;
    const data = this.data.mission?.data;
    const locale = this.resolvedLocale;
    // The catalog too: the view writes words (a phase's start), which change when a language
    // pack arrives after the data.
    const key = [data, from, to, asOf, category, order, picked, locale, messagesFor(timeline, locale)];
    if (key.some((value, i) => value !== this.viewKey[i])) {
      this.viewKey = key;
      this.view = data ? timelineView(data, { from, to, asOf, category, order, picked, locale }) : EMPTY_VIEW;
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
    const { blocks, categories, latest, phases, phaseOf, bandStarts, samples } = this.view;
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
        ${this.renderFootnote(countries, event.sources)}
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
            ${this.filters ? this.renderCount() : nothing}${horizontal && blocks.length ? this.renderNav() : nothing}
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

  /** How many events the filters leave, in a polite live region: "6 of 12 events". */
  private renderCount(): TemplateResult {
    const locale = this.resolvedLocale;
    const { total, count } = this.view;
    const n = (value: number) => formatNumber(value, locale);
    const words = messagesFor(timeline, locale).count(
      n(count),
      count < total ? n(total) : undefined,
      pluralRules(locale).select(count),
    );
    return html`<p class="count" role="status" part="count">${words}</p>`;
  }

  private renderNav(): TemplateResult {
    const m = messagesFor(timeline, this.resolvedLocale);
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

  /** Where the event came from and whom it involved: one small line, sources as footnote links. */
  private renderFootnote(countries: string, ids: readonly string[]): TemplateResult | typeof nothing {
    const locale = this.resolvedLocale;
    const sources = ids
      .map((id) => this.data.mission?.data.sources.find((source) => source.id === id))
      .filter((source): source is Source => source !== undefined);
    if (!countries && !sources.length) return nothing;
    const publishers = sources.map((source) => source.publisher);
    const label = (source: Source) =>
      this.common.source(isolate(source.publisher), source.date && formatDate(source.date, locale));
    return html`<p class="foot">
      ${countries ? html`<span class="countries">${countries}</span>` : nothing}
      ${
        sources.length
          ? html`<span class="sources" part="sources"
              >${this.common.sources}${uiLocale(locale) === 'fr' ? '\u00a0:' : ':'}
              ${sources.map(
                (source, i) =>
                  html`${i ? ', ' : ''}<a
                      href=${source.url}
                      rel="noopener noreferrer"
                      title=${this.text(source.title)}
                      aria-label=${label(source)}
                      >${
                        publishers.indexOf(source.publisher) === publishers.lastIndexOf(source.publisher)
                          ? isolate(source.publisher)
                          : label(source)
                      }</a
                    >`,
              )}</span
            >`
          : nothing
      }
    </p>`;
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

/** A line's first letter as a capital (the names are Latin script in every language we ship). */
const capitalise = (text: string) => text && text[0].toUpperCase() + text.slice(1);
