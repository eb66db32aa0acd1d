import {
  html,
  type CSSResult,
  isServer,
  nothing,
  type PropertyDeclarations,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import type { PersonnelStatus } from '../data/schema.js';
import { ViewController } from '../controllers/view-controller.js';
import { counterView, type CounterView } from '../views/troop-counter.js';
import { adoptStylesAgain } from './adopted-styles.js';
import { oneOf, on } from './attributes.js';
import { MissionElement } from './mission-element.js';
import { marked } from './mission-element.parts.js';
import { renderBar, renderFigure } from './troop-counter.parts.js';
import { styles } from './troop-counter.styles.js';

type HistoryCode = typeof import('./troop-counter-history.js');

/** The code of the history (`history`) once loaded; `null` when it could not be. */
let historyCode: HistoryCode | null | undefined;
let historyLoading: Promise<void> | undefined;

/**
 * Loads the code of the counter's history, once for the page; `undefined` once it is there. It
 * never rejects: without it (a file that could not be fetched) counters show no history, with
 * one warning, rather than nothing.
 */
export function loadCounterHistory(): Promise<void> | undefined {
  if (historyCode !== undefined) return undefined;
  historyLoading ??= import('./troop-counter-history.js').then(
    (code) => void (historyCode = code),
    (cause: unknown) => {
      // On a server (static HTML), a chart missing from the output is the render's failure.
      if (isServer) throw cause;
      console.warn('mission-widgets: the history of <troop-counter> could not be loaded', cause);
      historyCode = null;
    },
  );
  return historyLoading;
}

/**
 * The headline personnel figure of a mission: how many are deployed (or pledged, or preparing),
 * against the authorised ceiling or what was pledged, in which phase, as of when, and according
 * to whom: the true figure from the first frame, never a count-up. Its notes take two lines each
 * in a column, one in a wide page, date first (a tap or the sources line sets them in full);
 * screen readers get one sentence with everything.
 *
 * @tag troop-counter
 * @summary The headline personnel figure, its pledge progress, date and sources.
 * @slot - Fallback content: shown when scripts do not run or the data cannot be loaded.
 * @csspart root - The widget's box.
 * @csspart status - The loading or error message.
 * @csspart figure - The headline number.
 * @csspart label - What the headline number counts.
 * @csspart progress - The bar of deployed personnel toward the ceiling or the pledges.
 * @csspart context - The line above the figure: the contributor, or the phase in force.
 * @csspart sparkline - The history of deployed personnel (with `history`), falls and phase boundaries included.
 * @csspart sources - The list of source links.
 * @cssprop [--mw-troop-counter-min-height=21.4em] - Height reserved for the content before the data arrives, so
 *   that nothing moves (default the shipped data's height: 21.4em below 20rem wide, 20.4em in one column
 *   from 20rem, 13em in two columns from 36rem, 9.85em from 60rem);
 *   a value set is kept once the data has arrived.
 * @fires mission-widget-interact - A reader followed a source link (`action: 'source'`, `url`) or
 *   opened or closed the sources (`'expand'`, `open`).
 */
export class TroopCounter extends MissionElement {
  static override properties: PropertyDeclarations = {
    country: {},
    status: {},
    asOf: { attribute: 'as-of' },
    label: {},
    history: { type: Boolean },
    casualties: { type: Boolean },
  };

  static override checks = {
    status: oneOf('deployed', 'pledged', 'preparing'),
    history: on,
    casualties: on,
  };

  static override styles = [...MissionElement.styles, styles];

  /** One contributor only, by ISO 3166-1 alpha-2 code (`JM`) or id (`eu`); every contributor when empty. */
  country?: string;

  /** The headline figure: `deployed` (default), `pledged` or `preparing`. */
  status: PersonnelStatus = 'deployed';

  /** Figures as they stood on this day (`YYYY-MM-DD`; a month or a year means its last day). */
  asOf?: string;

  /** The publisher's own words for what the headline figure counts. */
  label?: string;

  /** Whether to show a sparkline of deployed personnel over time. */
  history = false;

  /** Whether to say the casualties among mission personnel up to the day. */
  casualties = false;

  private readonly views = this.viewOf(
    ['country', 'status', 'asOf', 'label', 'history', 'casualties'],
    counterView,
  );
  private view?: CounterView;
  /** The history of the view shown, worked out again only for a new view or once its code is there. */
  private readonly chart = new ViewController(
    this,
    () => [this.view, this.history ? historyCode : undefined] as const,
    (view, code) =>
      view &&
      code?.counterHistory(this.data.mission!.data, {
        locale: this.resolvedLocale,
        country: this.country,
        asOf: this.asOf,
      }),
  );
  /**
   * The code of the history while it loads: a counter still asking for it waits for it before it
   * first shows its mission, as for its language; once shown, it stays on screen until the chart
   * can join it.
   */
  private historyLoading?: Promise<void>;
  private shown = false;
  private historyStyled = false;

  /** The history's code while a counter asks for it (`history`) and it is on its way. */
  private get chartLoading(): Promise<void> | undefined {
    return this.history ? this.historyLoading : undefined;
  }

  protected override get waitingFor(): Promise<void> | undefined {
    return super.waitingFor ?? (this.shown ? undefined : this.chartLoading);
  }

  /** `updateComplete` waits for the chart too. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    const loading = this.chartLoading;
    return loading ? loading.then(() => this.getUpdateComplete()) : result;
  }

  /**
   * A refresh says the counter's whole new sentence, if it differs from the one shown (`view`, set
   * after this), its data texts in another language marked as in the sentence shown.
   */
  protected override announce(): unknown {
    const next = this.views.value;
    if (!next?.sentence || next.sentence === this.view?.sentence) return '';
    this.announced = next;
    return marked(next.sentence, next.langs);
  }

  /** The view whose sentence a refresh said aloud: its copy in the counter is not said twice. */
  private announced?: CounterView;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Shown already, or shown by this update: from then on, a history asked for joins it later.
    this.shown ||= this.state === 'complete';
    if (this.history) this.loadHistory();
    if (this.history && historyCode && !this.historyStyled) this.styleHistory(historyCode.styles);
    if (this.data.mission) this.view = this.views.value;
  }

  private loadHistory(): void {
    const loading = loadCounterHistory();
    if (!loading || loading === this.historyLoading) return;
    this.historyLoading = loading;
    void loading.then(() => {
      this.historyLoading = undefined;
      this.requestUpdate();
    });
  }

  /**
   * The history's styles join the class's, for the counters made from then on (and the static
   * HTML, which writes the class's), and this counter adopts them again. A widget moved into
   * another document adopts the class's styles again there (./adopted-styles.ts), these included.
   */
  private styleHistory(sheet: CSSResult): void {
    this.historyStyled = true;
    const own = (this.constructor as typeof TroopCounter).elementStyles;
    if (!own.includes(sheet)) own.push(sheet);
    adoptStylesAgain(this);
  }

  protected renderMission(): TemplateResult {
    const view = this.view!;
    const chart = this.chart.value;
    // A chart that throws shows the error state (the render's failure), never an older chart beside new figures.
    if (this.chart.failure) throw this.chart.failure.error;
    // The data's texts in another language than the counter's say theirs.
    const said = (line: string) => marked(line, view.langs);
    if (!view.hasPersonnel) return html`<p>${said(view.sentence)}</p>`;
    return html`<div class="counter">
      <div class="head" aria-hidden="true">
        ${view.context ? html`<p class="muted" part="context">${said(view.context)}</p>` : nothing}
        <p class="figure" part="figure">${renderFigure(view)}</p>
        <p class="label" part="label">${said(view.label)}</p>
        ${view.lines.map((line) => html`<p class="line">${line}</p> `)}
      </div>
      <div class="body">
        ${view.bar ? renderBar(view.bar) : nothing} ${chart ? historyCode!.renderHistory(chart) : nothing}
        <div class="notes" aria-hidden="true" @click=${toggleNext}>
          ${view.notes.map((line) => html`<p class="note">${said(line)}</p> `)}
          ${view.meta ? html`<p class="meta">${view.meta}</p>` : nothing}
        </div>
        ${
          view.sourceLine
            ? html`<details
                @toggle=${(event: Event) =>
                  this.report('mission-widget-interact', 'expand', {
                    open: (event.target as HTMLDetailsElement).open,
                  })}
              >
                <summary>${view.sourceLine}</summary>
                ${this.renderSources(view.sources)}
              </details>`
            : nothing
        }
      </div>
      <p class="visually-hidden" ?hidden=${this.announced === view}>${said(view.sentence)}</p>
    </div>`;
  }
}

/** A tap on a note, cut to its lines, opens (or closes) the sources line after it, which sets the notes in full. */
const toggleNext = (event: Event) =>
  (event.currentTarget as Element).nextElementSibling?.toggleAttribute('open');

declare global {
  interface HTMLElementTagNameMap {
    'troop-counter': TroopCounter;
  }
}
