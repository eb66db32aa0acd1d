import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { PersonnelStatus } from '../data/schema.js';
import {
  counterView,
  type CounterBar,
  type CounterHistory,
  type CounterView,
} from '../views/troop-counter.js';
import { MissionElement } from './mission-element.js';
import { styles } from './troop-counter.styles.js';

/**
 * The headline personnel figure of a mission: how many are deployed (or pledged, or preparing),
 * against the authorised ceiling or what was pledged, in which phase, as of when, and according
 * to whom: the true figure from the first frame, never a count-up. Its notes take two lines each in a
 * column, one in a wide page, date first (a tap or the sources line sets them in full); screen readers get one sentence with everything.
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
 * @cssprop [--mw-troop-counter-min-height=18.9em] - Height reserved for the content before the data arrives, so
 *   that nothing moves (default the shipped data's height: 18.9em below 20rem wide, 17.85em in one column
 *   from 20rem, 11.1em in two columns from 36rem, 9.85em from 60rem);
 *   a value set is kept once the data has arrived.
 * @fires mission-data-load - The data is loaded and valid.
 * @fires mission-data-error - The data cannot be loaded or is invalid.
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
  private announcement = '';
  private shown?: unknown;

  /** The counter announces its whole new sentence in its own live region instead. */
  protected override announce(): string {
    return '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const mission = this.data.mission;
    if (!mission) return;
    const view = this.views.value!;
    if (mission !== this.shown) {
      if (this.shown && this.view && view.sentence !== this.view.sentence) this.announcement = view.sentence;
      this.shown = mission;
    }
    this.view = view;
  }

  protected renderMission(): TemplateResult {
    const view = this.view!;
    const live = html`<p class="visually-hidden" aria-live="polite">${this.announcement}</p>`;
    if (!view.hasPersonnel)
      return html`<p>${view.sentence}</p>
        ${live}`;
    return html`<div class="counter">
      <div class="head" aria-hidden="true">
        ${view.context ? html`<p class="muted" part="context">${view.context}</p>` : nothing}
        <p class="figure" part="figure">${renderFigure(view)}</p>
        <p class="label" part="label">${view.label}</p>
        ${view.lines.map((line) => html`<p class="line">${line}</p>`)}
      </div>
      <div class="body">
        ${view.bar ? renderBar(view.bar) : nothing} ${view.history ? renderHistory(view.history) : nothing}
        <div class="notes" aria-hidden="true" @click=${toggleNext}>
          ${view.notes.map((line) => html`<p class="note">${line}</p>`)}
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
      <p class="visually-hidden" ?hidden=${this.announcement === view.sentence}>${view.sentence}</p>
      ${live}
    </div>`;
  }
}

/** A tap on a note, cut to its lines, opens (or closes) the sources line after it, which sets the notes in full. */
const toggleNext = (event: Event) =>
  (event.currentTarget as Element).nextElementSibling?.toggleAttribute('open');

const small = (text: string) => html`<span class="qualifier">${text}</span>`;

/** "about 959": the numerals large, the words around them small. */
function renderFigure(view: CounterView): unknown {
  const { figure, number } = view;
  const at = number ? figure.indexOf(number) : -1;
  if (!number || at < 0) return html`<span class="words">${figure}</span>`;
  const [before, after] = [figure.slice(0, at).trim(), figure.slice(at + number.length).trim()];
  return html`${before ? html`${small(before)} ` : nothing}<span class="number">${number}</span>${
      after ? html` ${small(after)}` : nothing
    }`;
}

/**
 * Deployed, then preparing, along the bar; the target where it falls. Beyond the target the
 * bar goes on, hatched, so that it never reads as simply full. Its legend says each part.
 */
function renderBar(bar: CounterBar): TemplateResult {
  const { legend } = bar;
  return html`<div class="bar" part="progress" aria-hidden="true">
    <div class="track">
      <span class="fill" .style=${`inline-size:${bar.deployed}%`}></span
      ><span class="fill hatched" .style=${`inline-size:${bar.preparing}%`}></span>
      ${bar.mark < 100 ? html`<span class="mark" .style=${`inset-inline-start:${bar.mark}%`}></span>` : nothing}
    </div>
    <p class="legend">
      <span class="key">${legend.deployed}</span>
      ${
        legend.preparing
          ? html`<span class="key ${bar.preparing ? 'hatched' : 'plain'}">${legend.preparing}</span>`
          : nothing
      }
      <span class="target">${legend.target}</span>
    </p>
  </div>`;
}

/** A small step chart: its first and last figures with their dates, an end dot, phase boundaries. */
function renderHistory(history: CounterHistory): TemplateResult {
  const end = (side: CounterHistory['start']) =>
    html`<span><b>${side.figure}</b> <span class="muted">${side.date}</span></span>`;
  return html`<figure part="sparkline" class="history">
    <div class="chart" aria-hidden="true">
      <svg viewBox="0 0 100 20" preserveAspectRatio="none">
        ${history.marks.map(
          (mark) =>
            svg`<line class="phase" x1=${mark.x} x2=${mark.x} y1="0" y2="20" vector-effect="non-scaling-stroke"></line>`,
        )}
        <polyline vector-effect="non-scaling-stroke" points=${history.points}></polyline>
      </svg>
      ${history.marks.map(
        (mark) =>
          html`<span
            class="phase-name"
            .style=${mark.x > 80 ? `inset-inline-end:${100 - mark.x}%` : `inset-inline-start:${mark.x}%`}
            >${mark.name}</span
          >`,
      )}
      <span class="dot" .style=${`inset-block-start:${history.endY}%`}></span>
    </div>
    <div class="ends" aria-hidden="true">${end(history.start)} ${end(history.end)}</div>
    <figcaption class="visually-hidden">${history.caption}</figcaption>
  </figure>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'troop-counter': TroopCounter;
  }
}
