import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CountUpController } from '../controllers/count-up-controller.js';
import type { PersonnelStatus } from '../data/schema.js';
import { formatNumber } from '../i18n/format.js';
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
 * to whom. The number counts up when the
 * widget is first seen (not under reduced motion or in print); screen readers get one sentence.
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
 * @cssprop [--mw-troop-counter-min-height=18rem] - Height reserved for the content before the data arrives, so
 *   that nothing moves (default 18rem in one column, 13rem in two from 36rem wide).
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

  protected readonly countUp = new CountUpController(this);
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
    const { country, status, asOf, label, history, casualties } = this;
    const view = counterView(mission.data, {
      locale: this.resolvedLocale,
      country,
      status,
      asOf,
      label,
      history,
      casualties,
    });
    if (mission !== this.shown) {
      if (this.shown && this.view && view.sentence !== this.view.sentence) this.announcement = view.sentence;
      this.shown = mission;
    }
    this.view = view;
    this.countUp.to(view.count ?? 0);
    // Static HTML already shows the figure: taking it over counts nothing up.
    if (this.takingOver) this.countUp.finish();
  }

  private figureText(view: CounterView): string {
    if (view.count === undefined) return view.text ?? '';
    const number = formatNumber(this.countUp.value, this.resolvedLocale);
    return view.approximate ? this.common.about(number) : number;
  }

  protected renderMission(): TemplateResult {
    const view = this.view!;
    const live = html`<p class="visually-hidden" aria-live="polite">${this.announcement}</p>`;
    if (!view.hasPersonnel)
      return html`<p>${view.sentence}</p>
        ${live}`;
    return html`<div class="counter">
      <div aria-hidden="true">
        ${view.context ? html`<p class="muted" part="context">${view.context}</p>` : nothing}
        <p class="figure" part="figure">${this.figureText(view)}</p>
        <p part="label">${view.label}</p>
      </div>
      <div>
        ${view.bar ? renderBar(view.bar) : nothing}
        <div aria-hidden="true">${view.lines.map((line) => html`<p>${line}</p>`)}</div>
        ${view.history ? renderHistory(view.history) : nothing} ${this.renderSources(view.sources)}
      </div>
      <p class="visually-hidden" ?hidden=${this.announcement === view.sentence}>${view.sentence}</p>
      ${live}
    </div>`;
  }
}

/**
 * Up to the target, a native progress bar. Above it, never simply full: a longer bar with the
 * target marked where it falls, so that the part beyond it shows.
 */
function renderBar(bar: CounterBar): TemplateResult {
  if (!bar.over)
    return html`<progress
      part="progress"
      max=${bar.max}
      value=${bar.value}
      aria-label=${bar.label}
    ></progress>`;
  return html`<div class="over" part="progress" aria-hidden="true">
    <span class="within" .style=${`inline-size:${bar.mark}%`}></span><span class="beyond"></span>
  </div>`;
}

function renderHistory(history: CounterHistory): TemplateResult {
  return html`<figure part="sparkline">
    <svg viewBox="0 0 100 20" preserveAspectRatio="none" aria-hidden="true">
      ${history.marks.map((mark) => svg`<line class="phase" x1=${mark.x} x2=${mark.x} y1="0" y2="20" vector-effect="non-scaling-stroke"></line>`)}
      <polyline vector-effect="non-scaling-stroke" points=${history.points}></polyline>
    </svg>
    <figcaption class="visually-hidden">${history.caption}</figcaption>
  </figure>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'troop-counter': TroopCounter;
  }
}
