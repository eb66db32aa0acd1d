import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { CountUpController } from '../controllers/count-up-controller.js';
import { isDay } from '../data/dates.js';
import { deployedHistory, type Scope } from '../data/derive.js';
import { headlineFigures, sparklinePoints, type Headline } from '../data/headline.js';
import type { LoadedMission } from '../data/load.js';
import { PERSONNEL_STATUSES } from '../data/constants.js';
import type { PersonnelStatus } from '../data/schema.js';
import { countryName, formatDate, formatNumber } from '../i18n/format.js';
import { messagesFor } from '../i18n/locale.js';
import { counterWords, troopCounter } from '../i18n/troop-counter.js';
import { MissionElement } from './mission-element.js';
import { styles } from './troop-counter.styles.js';

/**
 * The headline personnel figure of a mission: how many are deployed (or pledged, or preparing),
 * against what was pledged, as of when, and according to whom. The number counts up when the
 * widget is first seen (not under reduced motion or in print); screen readers get one sentence.
 *
 * @tag troop-counter
 * @summary The headline personnel figure, its pledge progress, date and sources.
 * @slot - Fallback content: shown when scripts do not run or the data cannot be loaded.
 * @csspart root - The widget's box.
 * @csspart status - The loading or error message.
 * @csspart figure - The headline number.
 * @csspart label - What the headline number counts.
 * @csspart progress - The bar of deployed personnel toward the pledged total.
 * @csspart sparkline - The history of deployed personnel (with `history`).
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
  };

  static override styles = [...MissionElement.styles, styles];

  /** One contributor only, by ISO 3166-1 alpha-2 code (`JM`); every contributor when empty. */
  country?: string;

  /** The headline figure: `deployed` (default), `pledged` or `preparing`. */
  status: PersonnelStatus = 'deployed';

  /** Figures as they stood on this day (`YYYY-MM-DD`); the latest figures when empty. */
  asOf?: string;

  /** The publisher's own words for what the headline figure counts. */
  label?: string;

  /** Whether to show a sparkline of deployed personnel over time. */
  history = false;

  protected readonly countUp = new CountUpController(this);
  private figures?: Headline;
  private lines: string[] = [];
  private labelText = '';
  private sentence = '';
  private announcement = '';
  private shown?: LoadedMission;

  private get messages() {
    return messagesFor(troopCounter, this.resolvedLocale);
  }

  /** The counter announces its whole new sentence in its own live region instead. */
  protected override announce(): string {
    return '';
  }

  private get scope(): Scope {
    return {
      asOf: this.asOf && isDay(this.asOf) ? this.asOf : undefined,
      countries: this.country ? [this.country.toUpperCase()] : [],
    };
  }

  private get headline(): PersonnelStatus {
    return PERSONNEL_STATUSES.includes(this.status) ? this.status : 'deployed';
  }

  private figure({ count, approximate }: { count: number; approximate: boolean }): string {
    const number = formatNumber(count, this.resolvedLocale);
    return approximate ? this.common.about(number) : number;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const mission = this.data.mission;
    if (!mission) return;
    const m = this.messages;
    const status = this.headline;
    const f = (this.figures = headlineFigures(mission.data, this.scope));
    const host = countryName(mission.data.host, this.resolvedLocale);
    this.labelText = this.label || m.label(status, host, f[status].count);
    const { lines, sentence } = counterWords(m, {
      status,
      figures: f,
      format: (figure) => this.figure(figure),
      label: this.labelText,
      date: f.used.date && formatDate(f.used.date, this.resolvedLocale),
      country: this.country && this.countryName,
    });
    this.lines = lines;
    if (mission !== this.shown) {
      if (this.shown && sentence !== this.sentence) this.announcement = sentence;
      this.shown = mission;
    }
    this.sentence = sentence;
    this.countUp.to(f[status].count);
  }

  private get countryName(): string {
    return countryName(this.country?.toUpperCase() ?? '', this.resolvedLocale);
  }

  protected renderMission(mission: LoadedMission): TemplateResult {
    const f = this.figures!;
    const live = html`<p class="visually-hidden" aria-live="polite">${this.announcement}</p>`;
    if (!f.hasPersonnel)
      return html`<p>${this.sentence}</p>
        ${live}`;
    const head = f[this.headline];
    return html`<div class="counter">
      <div aria-hidden="true">
        ${this.country ? html`<p class="muted">${this.countryName}</p>` : nothing}
        <p class="figure" part="figure">${this.figure({ ...head, count: this.countUp.value })}</p>
        <p part="label">${this.labelText}</p>
      </div>
      <div>
        ${
          f.pledged.count
            ? html`<progress
                part="progress"
                max=${f.pledged.count}
                value=${f.deployed.count}
                aria-label=${this.messages.progress}
              ></progress>`
            : nothing
        }
        <div aria-hidden="true">${this.lines.map((line) => html`<p>${line}</p>`)}</div>
        ${this.history ? this.renderHistory(mission) : nothing} ${this.renderSources(f.used.sources)}
      </div>
      <p class="visually-hidden" ?hidden=${this.announcement === this.sentence}>${this.sentence}</p>
      ${live}
    </div>`;
  }

  private renderHistory({ data }: LoadedMission): TemplateResult | typeof nothing {
    const points = deployedHistory(data, this.scope);
    if (!points.length) return nothing;
    const m = this.messages;
    const said = points.map((p) => m.point(this.figure(p), formatDate(p.date, this.resolvedLocale)));
    return html`<figure part="sparkline">
      <svg viewBox="0 0 100 20" preserveAspectRatio="none" aria-hidden="true">
        <polyline vector-effect="non-scaling-stroke" points=${sparklinePoints(points, 100, 20)}></polyline>
      </svg>
      <figcaption class="visually-hidden">${m.history(said)}</figcaption>
    </figure>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'troop-counter': TroopCounter;
  }
}
