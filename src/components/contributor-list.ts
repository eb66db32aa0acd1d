import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { ProgressiveRenderController } from '../controllers/progressive-render-controller.js';
import {
  contributorView,
  type Column,
  type ContributorRow,
  type ContributorView,
  type Show,
  type SortOrder,
} from '../data/contributors.js';
import type { MissionData } from '../data/schema.js';
import { contributorList, countriesLine } from '../i18n/contributor-list.js';
import { formatDate, formatMoney, formatNumber, pluralRules } from '../i18n/format.js';
import { messagesFor } from '../i18n/locale.js';
import { MissionElement } from './mission-element.js';
import { styles } from './contributor-list.styles.js';

type Cell = TemplateResult | typeof nothing;

/**
 * Who contributes people and money to a mission, and since when: one entry per country with its
 * role, kind of personnel, figures by status, first arrival, funding and sources, under a line
 * that counts the countries. A table with row and column headers in wide containers, a list of
 * cards in narrow ones (the same content, in the same order).
 *
 * @tag contributor-list
 * @summary Contributing countries: personnel by status, first arrival, funding, sources.
 * @slot - Fallback content, shown until the widget renders and whenever the data cannot be shown.
 * @csspart root - The widget's box.
 * @csspart status - The loading or error message.
 * @csspart summary - The line that counts the contributing countries.
 * @csspart table - The table, shown in containers 40rem wide or more.
 * @csspart cards - The list of cards, shown in narrower containers.
 * @csspart sources - Each entry's list of source links.
 * @fires mission-data-load - The data is loaded and valid.
 * @fires mission-data-error - The data could not be loaded; `detail.messages` lists every problem.
 */
export class ContributorList extends MissionElement {
  static override properties: PropertyDeclarations = {
    sort: {},
    country: {},
    show: {},
    asOf: { attribute: 'as-of' },
  };

  static override styles = [...MissionElement.styles, styles];

  /** The order: `personnel` (most deployed first, the default), `arrival` (earliest first) or `name`. */
  sort: SortOrder = 'personnel';

  /** Only these countries: space-separated ISO 3166-1 alpha-2 codes such as `KE JM`. */
  country?: string;

  /** What to show: `personnel`, `funding` or `all` (the default). */
  show: Show = 'all';

  /** The list as it stood on this day (`YYYY-MM-DD`; a `YYYY-MM` or `YYYY` means its last day). */
  asOf?: string;

  private view?: ContributorView;
  private viewKey = '';
  private viewOf?: MissionData;
  // Each row's cells, made once and rendered in both layouts, which therefore cannot drift apart.
  private cells = new WeakMap<ContributorRow, Cell[]>();
  // 200 countries are thousands of nodes: a first screenful at once, the rest a chunk per frame.
  private readonly progress = new ProgressiveRenderController<ContributorRow>(this, 20);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.data.mission?.data;
    const { sort, country, show, asOf } = this;
    const settings = { locale: this.resolvedLocale, sort, country, show, asOf };
    const key = JSON.stringify(settings);
    if (data === this.viewOf && key === this.viewKey) return;
    this.viewOf = data;
    this.viewKey = key;
    this.view = data && contributorView(data, settings);
    this.progress.reset(this.view?.rows ?? []);
  }

  protected override get rendered(): Promise<void> {
    return this.progress.done;
  }

  protected renderMission(): TemplateResult {
    const locale = this.resolvedLocale;
    const m = messagesFor(contributorList, locale);
    const plural = pluralRules(locale);
    const { show, columns, counts } = this.view!;
    const rows = this.progress.shown.map((row) => {
      let cells = this.cells.get(row);
      if (!cells) this.cells.set(row, (cells = columns.map((column) => this.cell(row, column, plural))));
      return { row, cells };
    });
    // A text badge of the ISO code, not a flag: regional-indicator emoji show as two letters on
    // Windows, and flag images would weigh more than the whole widget.
    const name = (row: ContributorRow) =>
      html`<span class="flag" aria-hidden="true">${row.country}</span> ${row.name}`;
    return html`<p class="summary" part="summary">${countriesLine(counts, show, locale)}</p>
      <table part="table">
        <caption class="visually-hidden">
          ${m.caption}
        </caption>
        <thead class="muted">
          <tr>
            <th scope="col">${m.head.country}</th>
            ${columns.map((column) => html`<th scope="col">${m.head[column]}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            ({ row, cells }) =>
              html`<tr class=${row.role}>
                <th scope="row">${name(row)}</th>
                ${cells.map((cell) => html`<td>${cell}</td>`)}
              </tr>`,
          )}
        </tbody>
      </table>
      <ul class="cards" part="cards" aria-label=${m.caption}>
        ${rows.map(
          ({ row, cells }) =>
            html`<li class=${row.role}>
              <h3>${name(row)}</h3>
              ${cells.map((cell, i) =>
                cell === nothing
                  ? nothing
                  : html`<div>
                      <span class="muted" aria-hidden=${isFigure(columns[i]) || nothing}
                        >${m.head[columns[i]]}</span
                      >
                      ${cell}
                    </div>`,
              )}
            </li>`,
        )}
      </ul>`;
  }

  private cell(row: ContributorRow, column: Column, plural: Intl.PluralRules): Cell {
    const locale = this.resolvedLocale;
    const m = messagesFor(contributorList, locale);
    const about = (text: string, approximate: boolean) => (approximate ? this.common.about(text) : text);
    const month = row.arrival && formatDate(row.arrival.slice(0, 7), locale);
    // The visible value is hidden from screen readers, which read one whole sentence instead.
    const figure = (value: string, sentence: string) =>
      html`<span class="value" aria-hidden="true">${value}</span
        ><span class="visually-hidden">${m.named(row.name, sentence)}</span>`;
    if (column === 'role') {
      const role = m.role[row.role];
      return html`${row.role === 'lead' ? html`<strong>${role}</strong>` : role}
      ${row.kind ? html`<span class="kind">${m.kind[row.kind]}</span>` : nothing}`;
    }
    if (column === 'since') return month ? html`<time datetime=${row.arrival}>${month}</time>` : nothing;
    if (column === 'sources') return this.renderSources(row.sources);
    if (column === 'funding') {
      if (!row.funding.length) return nothing;
      return html`${row.funding.map(({ amount, currency, approximate, status }) => {
        const text = m.money(about(formatMoney(amount, currency, locale), approximate), status);
        return figure(text, text);
      })}`;
    }
    const value = row.personnel[column];
    if (!value) return nothing;
    const count = about(formatNumber(value.count, locale), value.approximate);
    const since = column === 'deployed' ? month : undefined;
    return figure(count, m.people(count, plural.select(value.count) === 'one', row.kind, column, since));
  }
}

const isFigure = (column: Column) => column !== 'role' && column !== 'since' && column !== 'sources';
