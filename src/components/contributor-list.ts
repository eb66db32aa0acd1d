import {
  isServer,
  html,
  noChange,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { ContainerWidthController } from '../controllers/container-width-controller.js';
import { ProgressiveRenderController } from '../controllers/progressive-render-controller.js';
import {
  contributorView,
  type Column,
  type ContributorRow,
  type ContributorView,
  type Show,
  type SortOrder,
} from '../views/contributor-list.js';
import type { MissionData } from '../data/schema.js';
import { contributorList, countriesLine, type ContributorListMessages } from '../i18n/contributor-list.js';
import {
  countryName,
  formatDate,
  formatMoney,
  formatNumber,
  pluralRules,
  type PluralRules,
} from '../i18n/format.js';
import { nextTask } from '../data/next-task.js';
import type { MoneyFigure } from '../data/derive.js';
import { isNone, isSingle } from '../data/quantity.js';
import { caveats, quantityText } from '../views/words.js';
import { messagesFor } from '../i18n/locale.js';
import { MissionElement } from './mission-element.js';
import { styles } from './contributor-list.styles.js';

type Cell = TemplateResult | typeof nothing;
type Messages = ContributorListMessages;
// A row's template, or `noChange` for a row already in the DOM as it would render now.
type Rendered = TemplateResult | typeof noChange;

/**
 * Who contributes people and money to a mission, and since when: one entry per country with its
 * role, kind of personnel, figures by status, first arrival, funding and sources, under a line
 * that counts the countries. A table with row and column headers in wide containers, a list of
 * cards in narrow ones (the same content, in the same order); only the layout in use is rendered.
 *
 * @tag contributor-list
 * @summary Contributing countries: personnel by status, first arrival, funding, sources.
 * @slot - Fallback content, shown until the widget renders and whenever the data cannot be shown.
 * @csspart root - The widget's box.
 * @csspart status - The loading or error message.
 * @csspart summary - The line that counts the contributing countries.
 * @csspart table - The table, rendered in containers 40rem wide or more.
 * @csspart cards - The list of cards, rendered in narrower containers.
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
  // 200 countries are thousands of nodes: about a screenful at once (8 rows, in the same task as
  // the data's validation), the rest a chunk per frame; a row already in the DOM is not rendered again.
  private readonly progress = new ProgressiveRenderController<ContributorRow>(this, FIRST_ROWS);
  // Only the layout in use is in the DOM: both would double the nodes of a long list.
  private readonly width = new ContainerWidthController(this, 40);
  private wide?: boolean;
  // An automatic table lays itself out again, whole, for every chunk of rows added. Past the
  // first chunk, the columns keep the shares they took for it (in percent), in a fixed layout:
  // the words of the first rows stay whole in every language, and later rows move nothing.
  private shares?: number[];

  override connectedCallback(): void {
    super.connectedCallback();
    // Each Intl formatter takes milliseconds to create: make this locale's while the data is on
    // its way, in a task of their own, rather than in the one that renders the first rows.
    void warmUp(this.resolvedLocale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const data = this.data.mission?.data;
    const { sort, country, show, asOf } = this;
    const settings = { locale: this.resolvedLocale, sort, country, show, asOf };
    const key = JSON.stringify(settings);
    const fresh = data !== this.viewOf || key !== this.viewKey;
    if (fresh) {
      this.viewOf = data;
      this.viewKey = key;
      this.view = data && contributorView(data, settings);
    }
    // The other layout is new DOM for every row: it renders a chunk per frame too.
    const wide = this.view && this.width.wide;
    if (fresh || wide !== this.wide) {
      this.progress.reset(this.view?.rows ?? [], this.takingOver);
      this.shares = undefined;
    }
    this.wide = wide;
    this.progress.repaint(`${wide} ${this.state}`);
    if (wide && !this.shares && this.progress.count > FIRST_ROWS && !isServer) this.measureColumns();
  }

  /**
   * The column shares the first rows took, measured when the next chunk is about to render: the
   * browser has laid those rows out for the frame by then, so reading their sizes costs nothing.
   */
  private measureColumns(): void {
    const table = this.renderRoot.querySelector('table');
    if (!table) return;
    const total = table.getBoundingClientRect().width;
    const widths = [...table.querySelectorAll('thead th')].map((th) => th.getBoundingClientRect().width);
    // A column as narrow as its longest word would break that word at the least rounding: each
    // gets a whole pixel more, taken from the widest column.
    const widest = widths.indexOf(Math.max(...widths));
    const fitted = widths.map((width, i) => (i === widest ? 0 : Math.ceil(width) + 1));
    fitted[widest] = total - fitted.reduce((sum, width) => sum + width, 0);
    this.shares = fitted.map((width) => (width / total) * 100);
  }

  private rowNotes(row: ContributorRow): string[] {
    const figures = Object.values(row.personnel);
    return [
      ...new Set(figures.flatMap((figure) => caveats(figure, this.resolvedLocale, (t) => this.text(t)))),
    ];
  }

  private fundName(id: string): string | undefined {
    const fund = this.data.mission?.data.funds.find((f) => f.id === id);
    return fund && this.text(fund.name);
  }

  protected override get rendered(): Promise<void> {
    return this.progress.done;
  }

  protected renderMission(): TemplateResult {
    const locale = this.resolvedLocale;
    const m = messagesFor(contributorList, locale);
    const plural = pluralRules(locale);
    const { show, columns, counts } = this.view!;
    const item = this.wide ? tableRow : card;
    const rows = this.progress.shown.map((row) =>
      this.progress.isPainted(row)
        ? noChange
        : item(row, this.cells(row, columns, m, plural), columns, m, this.rowNotes(row)),
    );
    const { funds } = this.view!;
    return html`<p class="summary" part="summary">${countriesLine(counts, show, locale)}</p>
      ${funds.map((fund) => html`<p class="fund" part="fund">${m.named(fund.name, fund.money.map((money) => this.moneyText(money, m)).join(', '))}</p>`)}
      ${
        this.wide
          ? table(
              rows,
              columns,
              m,
              this.view!.rows.some((row) => row.type === 'organisation'),
              this.shares,
            )
          : cards(rows, m)
      }`;
  }

  /** "300 million US dollars pledged for 2025–2026". */
  private moneyText(money: MoneyFigure, m: Messages): string {
    const locale = this.resolvedLocale;
    const amount = formatMoney(money.amount, money.currency, locale);
    const text = m.money(money.approximate ? this.common.about(amount) : amount, money.status);
    const period =
      money.period && `${formatDate(money.period.start, locale)}–${formatDate(money.period.end, locale)}`;
    return period ? m.period(text, period) : text;
  }

  /** A row's cells, one per column: the same content in either layout, which cannot drift apart. */
  private cells(row: ContributorRow, columns: Column[], m: Messages, plural: PluralRules): Cell[] {
    const locale = this.resolvedLocale;
    const month = row.arrival && formatDate(row.arrival.slice(0, 7), locale);
    const left = row.left && formatDate(row.left, locale);
    // The visible value is hidden from screen readers, which read one whole sentence instead.
    const figure = (value: string, sentence: string) =>
      html`<span class="value" aria-hidden="true">${value}</span
        ><span class="visually-hidden">${m.named(row.name, sentence)}</span>`;
    return columns.map((column) => {
      if (column === 'role') {
        const role =
          m.role[row.role === 'contributor' && row.type === 'organisation' ? 'organisation' : row.role];
        return html`${row.role === 'lead' ? html`<strong>${role}</strong>` : role}
        ${row.kind ? html`<span class="kind">${m.kind[row.kind]}</span>` : nothing}`;
      }
      if (column === 'since') {
        if (left) return html`<span>${m.between(month, left)}</span>`;
        return month ? html`<time datetime=${row.arrival}>${month}</time>` : nothing;
      }
      if (column === 'sources') return this.renderSources(row.sources);
      if (column === 'funding') {
        if (!row.funding.length) return nothing;
        return html`${row.funding.map((money) => {
          const text = this.moneyText(money, m);
          const fund = money.to && this.fundName(money.to);
          // The fund it went to is said, not shown: the mission's funds have their own line on top.
          return figure(text, fund ? `${text} (${fund})` : text);
        })}`;
      }
      const value = row.personnel[column];
      if (!value) return nothing;
      const count = quantityText(value, locale);
      const since = column === 'deployed' && !isNone(value) ? month : undefined;
      const notes = caveats(value, locale, (text) => this.text(text));
      // Present with no number: the people, then that their number was not reported.
      const said =
        value.high === 0 && value.unreported
          ? `${m.people('', false, row.kind, column).replace(/\s+/g, ' ').trim()}, ${this.common.unreported}`
          : m.people(count, isSingle(value) && plural.select(value.low) === 'one', row.kind, column, since);
      return figure(count, [said, ...notes].join('. '));
    });
  }
}

/** Rows rendered with the data; the rest follow a chunk per frame. */
const FIRST_ROWS = 8;

/**
 * Each `Intl` formatter takes milliseconds to create, the first of a page tens: make a locale's
 * while the data is on its way, each in a task of its own, rather than in the task that renders
 * the first rows.
 */
async function warmUp(locale: string): Promise<void> {
  const formatters = [
    () => countryName('KE', locale),
    () => formatNumber(0, locale),
    () => formatDate('2024-01', locale),
    () => formatDate('2024-01-01', locale),
    () => pluralRules(locale),
  ];
  for (const make of formatters) {
    await nextTask();
    make();
  }
}

const isFigure = (column: Column) => column !== 'role' && column !== 'since' && column !== 'sources';

// A text badge of the ISO code, not a flag: regional-indicator emoji show as two letters on
// Windows, and flag images would weigh more than the whole widget.
const name = (row: ContributorRow) =>
  html`<span class="flag" aria-hidden="true">${row.badge}</span> ${row.name}`;

/** The wide layout: a table with a row header per country and a column header per column. */
const table = (
  rows: Rendered[],
  columns: Column[],
  m: Messages,
  organisations: boolean,
  shares?: number[],
) => {
  // Through the style property (CSSOM), which a strict CSP allows, unlike a style attribute.
  const size = (i: number) => (shares ? `inline-size:${shares[i]}%` : '');
  return html`<table part="table" class=${shares ? 'fixed' : ''}>
    <caption class="visually-hidden">
      ${m.caption}
    </caption>
    <thead class="muted">
      <tr>
        <th scope="col" .style=${size(0)}>${organisations ? m.head.contributor : m.head.country}</th>
        ${columns.map((column, i) => html`<th scope="col" .style=${size(i + 1)}>${m.head[column]}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows}
    </tbody>
  </table>`;
};

// A row's caveats are seen once, under it (each figure's sentence says its own, so they are
// hidden from screen readers here): in a table, a row of their own across every column.
const notesOf = (notes: string[]) => notes.map((note) => html`<p class="note">${note}</p>`);

const tableRow = (row: ContributorRow, cells: Cell[], _columns: Column[], _m: Messages, notes: string[]) =>
  html`<tr class=${row.role}>
      <th scope="row">${name(row)}</th>
      ${cells.map((cell) => html`<td>${cell}</td>`)}
    </tr>
    ${
      notes.length
        ? html`<tr class="notes ${row.role}" aria-hidden="true">
            <td colspan=${cells.length + 1}>${notesOf(notes)}</td>
          </tr>`
        : nothing
    }`;

/** The narrow layout: a card per country, each line its column's label, then the same cell. */
const cards = (rows: Rendered[], m: Messages) =>
  html`<ul class="cards" part="cards" aria-label=${m.caption}>
    ${rows}
  </ul>`;

const card = (row: ContributorRow, cells: Cell[], columns: Column[], m: Messages, notes: string[]) =>
  html`<li class=${row.role}>
    <h3>${name(row)}</h3>
    ${cells.map((cell, i) =>
      cell === nothing
        ? nothing
        : html`<div>
            <span class="muted" aria-hidden=${isFigure(columns[i]) || nothing}>${m.head[columns[i]]}</span>
            ${cell}
          </div>`,
    )}
    ${notes.length ? html`<div class="notes" aria-hidden="true">${notesOf(notes)}</div>` : nothing}
  </li>`;
