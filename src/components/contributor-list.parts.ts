/**
 * `<contributor-list>`'s two layouts, as templates of what the element works out per row: a
 * compact table in containers wide enough for it (contributor-list.ts), a dense entry per
 * contributor below. Only the layout in use is rendered.
 */
import { html, nothing, type noChange, type TemplateResult } from 'lit';
import type { Column, ContributorRow } from '../views/contributor-list.js';
import type { ContributorListMessages } from '../i18n/contributor-list.js';

export type Cell = TemplateResult | typeof nothing;
// A row's template, or `noChange` for a row already in the DOM as it would render now.
export type Rendered = TemplateResult | typeof noChange;
type Messages = ContributorListMessages;

/** What the element works out for a row: the line under its name, a cell per column, its notes. */
export interface RowParts {
  /** Role (the lead's emphasised), kind of personnel and first arrival: "Lead nation · Police · since June 2024". */
  meta: Cell;
  cells: Cell[];
  /** Its notes, each data text in them marked with its language where it is not the widget's. */
  notes: unknown[];
}

/** A row's class: its role, and `organisation` for one, which the styles set apart from countries. */
const kinds = (row: ContributorRow) => `${row.role} ${row.type}`;

// A text badge of the ISO code (or an organisation's short name), not a flag: regional-indicator
// emoji show as two letters on Windows, and flag images would weigh more than the whole widget.
const name = (row: ContributorRow) =>
  html`<span class="flag" aria-hidden="true">${row.badge}</span>
    <span class="name" lang=${row.lang ?? nothing}>${row.name}</span>`;

/** The bar of a row's deployed personnel, against the most any row has deployed. */
export const bar = (share: number | undefined) =>
  share === undefined
    ? nothing
    : // Through the style property (CSSOM), which a strict CSP allows, unlike a style attribute.
      html`<span class="bar" aria-hidden="true"><span .style=${`inline-size:${share * 100}%`}></span></span>`;

/**
 * "–" for a cell with nothing in it, which a screen reader reads as words: "none" for a former
 * contributor's figures (it has left), "not reported" where the data gives nothing (a reported 0
 * is a figure, "0").
 */
const none = (said: string) =>
  html`<span class="none" aria-hidden="true">–</span> <span class="visually-hidden">${said}</span>`;

const isFigure = (column: Column) => column !== 'sources' && column !== 'funding';

// A row's caveats are seen once, under it (each figure's sentence says its own, so they are
// hidden from screen readers here).
// Spaces between cells and paragraphs: text copied or read as `textContent` keeps its words apart.
const notesOf = (notes: unknown[]) => notes.map((note) => html`<p class="note">${note}</p> `);

/** The wide layout: a row header per contributor, a column header per column. */
export const table = (
  rows: Rendered[],
  columns: Column[],
  m: Messages,
  organisations: boolean,
  sizer: TemplateResult | typeof nothing = nothing,
) =>
  html`<div class="scroll">
    <table part="table">
      <caption class="visually-hidden">
        ${m.caption}
      </caption>
      <thead class="muted">
        <tr>
          <th scope="col">${organisations ? m.head.contributor : m.head.country}</th>
          ${columns.map(
            (column) =>
              html`<th scope="col" class=${isFigure(column) ? 'figure' : column}>${m.head[column]}</th> `,
          )}
        </tr>
      </thead>
      <tbody>
        ${rows}
      </tbody>
      ${sizer}
    </table>
  </div>`;

export const tableRow = (row: ContributorRow, parts: RowParts, columns: Column[], m: Messages) =>
  html`<tr class=${kinds(row)}>
      <th scope="row">${name(row)} ${meta(parts.meta)}</th>
      ${parts.cells.map(
        (cell, i) =>
          html`<td data-column=${columns[i]} class=${isFigure(columns[i]) ? 'figure' : columns[i]}>
            ${cellOf(cell, m, row, columns[i])}${columns[i] === 'deployed' ? bar(row.share) : nothing}
          </td>`,
      )}
    </tr>
    ${
      parts.notes.length
        ? html`<tr class="notes ${kinds(row)}" aria-hidden="true">
            <td colspan=${parts.cells.length + 1}>${notesOf(parts.notes)}</td>
          </tr>`
        : nothing
    }`;

/**
 * While a long table streams in, a row of no height (collapsed) that holds, per column, the
 * widest cells of the whole list (`widest[0]` the row headers, then one list per column), so
 * that the columns have their final widths from the first chunk. Its cells are copies of real
 * rows' cells, so it changes no width once every row is in, and goes then.
 */
export const sizer = (widest: { row: ContributorRow; parts: RowParts }[][], columns: Column[], m: Messages) =>
  html`<tfoot class="sizer" aria-hidden="true">
    <tr>
      <th>${widest[0].map(({ row, parts }) => html`<div>${name(row)} ${meta(parts.meta)}</div>`)}</th>
      ${columns.map(
        (column, i) =>
          html`<td class=${isFigure(column) ? 'figure' : column}>
            ${widest[i + 1].map(
              ({ row, parts }) =>
                html`<div>
                  ${cellOf(parts.cells[i], m, row, column)}${column === 'deployed' ? bar(row.share) : nothing}
                </div>`,
            )}
          </td>`,
      )}
    </tr>
  </tfoot>`;

const meta = (cell: Cell) => (cell === nothing ? nothing : html`<span class="meta">${cell}</span>`);
const cellOf = (cell: Cell, m: Messages, row: ContributorRow, column: Column) =>
  cell === nothing ? none(row.left && isFigure(column) ? m.none : m.unreported) : cell;

/** The narrow layout: a dense entry per contributor, its name and deployed figure on one line. */
export const cards = (rows: Rendered[], m: Messages) =>
  // role="list": WebKit no longer calls a list one when its bullets are styled away.
  html`<ul class="cards" part="cards" role="list" aria-label=${m.caption}>
    ${rows}
  </ul>`;

export const card = (row: ContributorRow, parts: RowParts, columns: Column[], m: Messages) => {
  const deployed = columns.indexOf('deployed');
  const item = (column: Column, i: number) => {
    const cell = parts.cells[i];
    if (cell === nothing || i === deployed) return nothing;
    // A figure says what it counts; money and sources say it themselves. The label and its value
    // are two boxes with a gap between them, and a space in the text (the build keeps a
    // template's edge spaces: rollup.config.mjs).
    const label = isFigure(column)
      ? html`<span class="label muted" aria-hidden="true">${m.head[column]}</span> `
      : nothing;
    return html`<span class=${`item ${column}`} data-column=${column}>${label}${cell}</span> `;
  };
  const figure = deployed >= 0 ? parts.cells[deployed] : nothing;
  return html`<li class=${kinds(row)}>
    <div class="line">
      <h3>${name(row)}</h3>
      ${
        figure === nothing
          ? nothing
          : html`<span class="item deployed" data-column="deployed"
              ><span class="label muted" aria-hidden="true">${m.head.deployed}</span> ${figure}</span
            >`
      }
    </div>
    ${bar(row.share)} ${parts.meta === nothing ? nothing : html`<p class="meta">${parts.meta}</p>`}
    <p class="items">${columns.map(item)}</p>
    ${parts.notes.length ? html`<div class="notes" aria-hidden="true">${notesOf(parts.notes)}</div>` : nothing}
  </li>`;
};
