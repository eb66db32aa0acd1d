import {
  html,
  noChange,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { ContainerWidthController } from '../controllers/container-width-controller.js';
import { ProgressiveRenderController } from '../controllers/progressive-render-controller.js';
import { ViewController } from '../controllers/view-controller.js';
import {
  contributorView,
  type Column,
  type ContributorRow,
  type ContributorView,
  type Show,
  type SortOrder,
} from '../views/contributor-list.js';
import { contributorList, countriesLine, type ContributorListMessages } from '../i18n/contributor-list.js';
import {
  countryName,
  formatDate,
  formatMoney,
  formatNumber,
  pluralRules,
  type PluralRules,
} from '../i18n/format.js';
import { nextTask } from '../scheduling/next-task.js';
import type { MoneyFigure } from '../data/derive.js';
import { isNone, isSingle } from '../data/quantity.js';
import { caveats, quantityText } from '../views/words.js';
import { isolate } from '../data/isolate.js';
import { languagePack } from '../i18n/languages.js';
import { messagesFor } from '../i18n/locale.js';
import { MissionElement } from './mission-element.js';
import { styles } from './contributor-list.styles.js';
import { card, cards, table, tableRow, type Cell, type RowParts } from './contributor-list.parts.js';

type Messages = ContributorListMessages;

/**
 * Who contributes people and money to a mission, and since when: one entry per country with its
 * role, kind of personnel and first arrival under its name, figures by status (a bar for those
 * deployed), funding and numbered sources, under a line that counts the countries and above the
 * footnotes that name the sources. A compact table with row and column headers in containers
 * 30rem wide or more, a dense entry per contributor in narrower ones (the same content, in the
 * same order); only the layout in use is rendered.
 *
 * @tag contributor-list
 * @summary Contributing countries: personnel by status, first arrival, funding, sources.
 * @slot - Fallback content, shown until the widget renders and whenever the data cannot be shown.
 * @csspart root - The widget's box.
 * @csspart status - The loading or error message.
 * @csspart summary - The line that counts the contributing countries.
 * @csspart table - The table, rendered in containers 30rem wide or more.
 * @csspart cards - The list of entries, rendered in narrower containers.
 * @csspart footnotes - The numbered sources under the list, which each entry's numbers link to.
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
  // Country names are words of the view: a language pack arriving after the data changes them
  // (Haitian Creole's own names).
  private readonly views = new ViewController(
    this,
    () => {
      const locale = this.resolvedLocale;
      const { sort, country, show, asOf } = this;
      return [this.data.mission?.data, locale, languagePack(locale), sort, country, show, asOf] as const;
    },
    (data, locale, _pack, sort, country, show, asOf) =>
      data && contributorView(data, { locale, sort, country, show, asOf }),
  );
  // 200 countries are thousands of nodes: about a screenful at once (8 rows, in the same task as
  // the data's validation), the rest a chunk per frame; a row already in the DOM is not rendered again.
  private readonly progress = new ProgressiveRenderController<ContributorRow>(this, FIRST_ROWS, LEAST_ROWS);
  // Only the layout in use is in the DOM: both would double the nodes of a long list.
  // 30rem: an ordinary article column (600–640 px) gets the table, a phone the dense entries.
  private readonly width = new ContainerWidthController(this, 30);
  private wide?: boolean;

  override connectedCallback(): void {
    super.connectedCallback();
    // Each Intl formatter takes milliseconds to create: make this locale's while the data is on
    // its way, in a task of their own, rather than in the one that renders the first rows.
    void warmUp(this.resolvedLocale);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const view = this.views.value;
    // The other layout is new DOM for every row: it renders a chunk per frame too.
    const wide = view && this.width.wide;
    if (view !== this.view || wide !== this.wide) this.progress.reset(view?.rows ?? [], this.takingOver);
    this.view = view;
    this.wide = wide;
    this.progress.repaint(`${wide} ${this.state}`);
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
    const { show, columns, counts, funds, rows: all } = this.view!;
    const rows = this.progress.shown.map((row) => {
      if (this.progress.isPainted(row)) return noChange;
      const parts: RowParts = {
        meta: this.meta(row, m),
        cells: this.cells(row, columns, m, plural),
        notes: this.rowNotes(row),
      };
      return this.wide ? tableRow(row, parts, columns, m) : card(row, parts, columns, m);
    });
    const organisations = all.some((row) => row.type === 'organisation');
    return html`<p class="summary" part="summary">${countriesLine(counts, show, locale)}</p>
      ${funds.map((fund) => html`<p class="fund" part="fund">${m.named(fund.name, fund.money.map((money) => this.moneyText(money, m)).join(', '))}</p>`)}
      ${this.wide ? table(rows, columns, m, organisations) : cards(rows, m)} ${this.footnotes(m)}`;
  }

  /** The sources the rows' numbers stand for, in one small paragraph: "Sources: 1 AP, … 2 …". */
  private footnotes(m: Messages): TemplateResult | typeof nothing {
    const sources = this.view!.footnotes.map((id) => this.source(id));
    if (!sources.some(Boolean)) return nothing;
    return html`<p class="footnotes" part="footnotes">
      <span class="muted">${m.head.sources}</span>
      ${sources.map((source, i) =>
        source
          ? html`<span class="footnote"
              ><span class="n">${formatNumber(i + 1, this.resolvedLocale)}</span>${`\u00a0${source}`}</span
            > `
          : nothing,
      )}
    </p>`;
  }

  /** "AP, 12 September 2024", for a source id of the data. */
  private source(id: string): string | undefined {
    const source = this.data.mission?.data.sources.find((s) => s.id === id);
    return (
      source &&
      this.common.source(
        isolate(source.publisher),
        source.date && formatDate(source.date, this.resolvedLocale),
      )
    );
  }

  /** The line under a name: its role unless a plain contributor, its kind of personnel, its time. */
  private meta(row: ContributorRow, m: Messages): Cell {
    const locale = this.resolvedLocale;
    const month = row.arrival && formatDate(row.arrival.slice(0, 7), locale);
    const role =
      row.role === 'lead'
        ? html`<strong>${m.role.lead}</strong>`
        : row.role === 'former'
          ? m.role.former
          : row.type === 'organisation'
            ? m.role.organisation
            : undefined;
    const when = row.left
      ? m.between(month, formatDate(row.left, locale))
      : month && html`<time datetime=${row.arrival}>${m.since(month)}</time>`;
    const parts = [role, row.kind && m.kind[row.kind], when].filter(
      (part) => part !== undefined && part !== '',
    );
    if (!parts.length) return nothing;
    return html`${parts.map((part, i) => html`${i ? html`<span aria-hidden="true">${' · '}</span>` : nothing}<span>${part}</span>`)}`;
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
    // The visible value is hidden from screen readers, which read one whole sentence instead.
    const figure = (value: string, sentence: string, number = false, after: unknown = nothing) =>
      html`<span class=${number ? 'value number' : 'value'} aria-hidden="true">${value}${after}</span
        ><span class="visually-hidden">${m.named(row.name, sentence)}</span>`;
    return columns.map((column) => {
      if (column === 'sources') return this.marks(row.sources, m);
      if (column === 'funding') {
        if (!row.funding.length) return nothing;
        return html`${row.funding.map((money, index, all) => {
          const text = this.moneyText(money, m);
          const fund = money.to && this.fundName(money.to);
          // A card runs the amounts on, each but the last ending in "; " inside its own box (the
          // card's gap would otherwise stand before the semicolon); a table stacks them bare.
          const separator = index < all.length - 1 ? html`<span class="separator">; </span>` : nothing;
          // The fund it went to is said, not shown: the mission's funds have their own line on top.
          return figure(text, fund ? `${text} (${fund})` : text, false, separator);
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
      // A range stays on one line ("400–600"): a word joiner each side of its dash.
      // A number, or a number and its qualifier ("about 700"), stays on one line.
      const short = count.split(/\s+/).length <= 2;
      return figure(count.replace(/–/g, '\u2060–\u2060'), [said, ...notes].join('. '), short);
    });
  }

  /** A row's sources as footnote numbers, each a link to its source, named in full for screen readers. */
  private marks(ids: readonly string[], m: Messages): Cell {
    const all = this.view!.footnotes;
    const sources = this.data.mission?.data.sources ?? [];
    const links = ids.flatMap((id) => {
      const source = sources.find((s) => s.id === id);
      if (!source) return [];
      const n = formatNumber(all.indexOf(id) + 1, this.resolvedLocale);
      return [
        html`<a
          href=${source.url}
          rel="noopener noreferrer"
          title=${this.text(source.title)}
          aria-label=${m.source(n, this.source(id)!)}
          >${n}</a
        >`,
      ];
    });
    // Spaces between the numbers, for copied text; the flex layout spaces them on screen.
    return links.length
      ? html`<span class="marks">${links.map((link, i) => html`${i ? ' ' : ''}${link}`)}</span>`
      : nothing;
  }
}

/** Rows rendered with the data; the rest follow a chunk per frame. */
const FIRST_ROWS = 8;
/**
 * Rows added per frame at least. The table lays itself out automatically, whole, for each chunk
 * (a fixed layout measured on the first rows broke the longer words of later ones): fewer, larger
 * chunks keep the 200-row benchmark as fast as it was.
 */
const LEAST_ROWS = 24;

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
