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
import type { LoadedMission } from '../data/load.js';
import {
  contributorView,
  type ContributorRow,
  type ContributorView,
  type Show,
  type SortOrder,
} from '../views/contributor-list.js';
import { contributorList } from '../i18n/contributor-list.js';
import { messagesFor, otherLanguage } from '../i18n/locale.js';
import { oneOf } from './attributes.js';
import { MissionElement } from './mission-element.js';
import { styles } from './contributor-list.styles.js';
import { rowWords } from './contributor-list.cells.js';
import { card, cards, sizer, table, tableRow } from './contributor-list.parts.js';

/**
 * Who contributes people and money to a mission, and since when: one entry per country with its
 * role, kind of personnel and first arrival under its name, figures by status (a bar for those
 * deployed), funding and numbered sources, under a line that counts the countries and above the
 * footnotes that name the sources. A compact table with row and column headers in containers
 * 48rem wide or more (30rem with only the personnel or only the funding) and wide enough for each
 * of its amounts on one line, a dense entry per contributor in narrower ones (the same content, in
 * the same order; two to a row from about 35em); only the layout in use is rendered.
 *
 * @tag contributor-list
 * @summary Contributing countries: personnel by status, first arrival, funding, sources.
 * @slot - Fallback content, shown until the widget renders and whenever the data cannot be shown.
 * @csspart root - The widget's box.
 * @csspart status - The loading or error message.
 * @csspart summary - The line that counts the contributing countries.
 * @csspart table - The table, rendered in containers 48rem wide or more (30rem with `show="personnel"` or `"funding"`) where its amounts fit on their lines.
 * @csspart cards - The list of entries, rendered in narrower containers.
 * @csspart fund - A line on top for a common fund: its name, amounts and sources.
 * @csspart footnotes - The numbered sources under the list, which each entry's numbers link to.
 */
export class ContributorList extends MissionElement {
  static override properties: PropertyDeclarations = {
    sort: {},
    country: {},
    show: {},
    asOf: { attribute: 'as-of' },
  };

  static override checks = {
    sort: oneOf('personnel', 'arrival', 'name'),
    show: oneOf('all', 'personnel', 'funding'),
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
  private readonly views = this.viewOf(['sort', 'country', 'show', 'asOf'], contributorView);
  // 200 countries are thousands of nodes: about a screenful at once (8 rows, in the same task as
  // the data's validation), the rest a chunk per frame; a row already in the DOM is not rendered again.
  private readonly progress = new ProgressiveRenderController<ContributorRow>(this, () => this.drawn, {
    first: FIRST_ROWS,
    least: LEAST_ROWS,
  });
  // Only the layout in use is in the DOM: both would double the nodes of a long list.
  // The table from 30rem (an ordinary 600–640 px article column) with the figures or the funding
  // alone; with both, from 48rem (the entries stand two to a row below it). It keeps each amount
  // on one line, and where that makes it wider than the box (a wide font, French amounts) the
  // entries stand in for it up to the width it was measured to need (`updated`).
  private readonly width = new ContainerWidthController(this, 30);
  private wide?: boolean;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const view = this.views.value;
    // Known with the view; a threshold changed here answers for this render already.
    if (view) this.width.rem = view.show === 'all' ? 48 : 30;
    // Other words, other widths: the table is measured again.
    if (view !== this.view) this.width.need = 0;
    // The other layout is new DOM for every row: it renders a chunk per frame too.
    const wide = view && this.width.wide;
    if (view !== this.view || wide !== this.wide) this.progress.reset(view?.rows ?? [], this.takingOver);
    this.view = view;
    this.wide = wide;
    this.progress.repaint(`${wide} ${this.state}`);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Read before the frame is painted: a table too wide is replaced before anyone sees it.
    // The table's box, not the scroll width: half the lead's wide edge lies outside a collapsed table.
    // Followed as it stays: a font arriving later can make it too wide as well.
    const table = (this.wide && this.renderRoot.querySelector('table')) || undefined;
    const box = (element: Element) => element.getBoundingClientRect().width;
    this.width.follow(table);
    if (table) this.width.overflows(box(table) - box(table.parentElement!));
  }

  protected override get rendered(): Promise<void> {
    return this.progress.done;
  }

  protected renderMission({ data }: LoadedMission): TemplateResult {
    const locale = this.resolvedLocale;
    const m = messagesFor(contributorList, locale);
    const { columns, summary, funds, rows: all, footnotes: notes, empty } = this.view!;
    if (empty) return html`<p class="summary" part="summary">${empty}</p>`;
    const w = rowWords(
      locale,
      m,
      this.common,
      (value) => this.text(value),
      // The language of the text `text` picks, where it is not the one the list speaks.
      (value) => otherLanguage(value, this.localeController.requested, data.language, locale),
      data,
      notes,
    );
    const rows = this.progress.shown.map((row) => {
      if (this.progress.isPainted(row)) return noChange;
      const parts = w.rowParts(row, columns);
      return this.wide ? tableRow(row, parts, columns, m) : card(row, parts, columns, m);
    });
    const organisations = all.some((row) => row.type === 'organisation');
    // Until every row is in: the widest cells of all in a row of no height, so that no column
    // widens as rows come (a shift of every row), and no footnotes, which the rows would push down.
    const complete = this.progress.complete;
    const widths =
      this.wide && !complete
        ? sizer(
            w
              .widest(all, columns)
              .map((list) => list.map((row) => ({ row, parts: w.rowParts(row, columns) }))),
            columns,
            m,
          )
        : nothing;
    return html`<p class="summary" part="summary">${summary}</p>
      ${funds.map((fund) => w.fundLine(fund, !this.wide))}
      ${this.wide ? table(rows, columns, m, organisations, widths) : cards(rows, m)}
      ${complete ? w.footnotes() : nothing}`;
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
