import { css } from 'lit';

/**
 * `<contributor-list>`. Notes kept out of the CSS text, which ships as written:
 * - no word ever breaks inside itself (`overflow-wrap: normal`, no hyphens, whatever the host
 *   sets): a column is at least as wide as its longest word, and a table too wide for a hostile
 *   font scrolls inside the widget's box rather than spilling past it;
 * - the table lays itself out automatically, in every engine the same way: a fixed layout with
 *   measured shares broke the words of later rows and, in Firefox and WebKit, of the headers;
 * - figures are right-aligned in tabular figures, so that digits line up down a column;
 * - the bar of a row's deployed personnel is a box of the cell (no SVG): its share of the most
 *   deployed, through CSSOM (`.style`), which a strict CSP allows;
 * - entries out of view skip layout and paint (`content-visibility`), so 200 stay cheap on a phone;
 *   the first twelve (more than a screenful) always render: Chromium lays out even entries in
 *   view at their placeholder height in the first frame, then at their own, a shift of the page;
 * - the ISO code is a small bordered badge, an organisation's a filled pill: readable on every
 *   platform, nearly weightless, and isolated, so that it stays at the inline start of a Latin
 *   name on a right-to-left page;
 * - a former contributor is muted, its bar hatched-grey; the lead has the accent edge;
 * - the element renders only the layout its width calls for (no container query hides the other).
 */
export const styles = css`
  p,
  ul,
  h3 {
    margin: 0;
    padding: 0;
  }
  .summary,
  .fund {
    margin-block-end: calc(var(--_space) / 2);
  }
  /* The fund line's source numbers run on after its words, as small as a row's: a card's sit in
     its small line. A fund line over the entries is dense; each static HTML copy has its own. */
  .fund .marks {
    display: inline-flex;
  }
  .fund.dense .marks a {
    font-size: var(--_font-size-small);
  }
  .scroll {
    overflow-x: auto;
  }
  table,
  .cards {
    overflow-wrap: normal;
    word-break: normal;
    hyphens: manual;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    line-height: 1.3;
  }
  th,
  td {
    padding: 0.4em 0.3em;
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  th:first-child,
  td:first-child {
    padding-inline-start: 0.5em;
  }
  /* Sizes the columns while rows stream in: no height, nothing painted, not read (.parts.ts). */
  .sizer tr {
    visibility: collapse;
  }
  .sizer div {
    block-size: 0;
    overflow: hidden;
  }
  thead th {
    vertical-align: bottom;
    font-size: 0.8em;
    font-weight: 600;
    border-block-end: 2px solid currentColor;
  }
  tbody th {
    font-weight: 600;
  }
  .figure,
  .value {
    font-variant-numeric: tabular-nums lining-nums;
  }
  .figure {
    text-align: end;
  }
  td.figure .value,
  td.funding .value,
  td .to,
  .none {
    display: block;
  }
  /* A number stays on one line, and an amount with its status; words ("present, number not
     reported") wrap over two lines at most (.cells.ts), and so does the fund an amount names,
     under it (.to, with the notes below). */
  .value.number,
  td .amount {
    white-space: nowrap;
  }
  /* Words in a figure's column are small, as the funding's are: the wider column their two lines
     need takes little from the others (the table still fits where it did). */
  td.figure .value:not(.number) {
    font-size: var(--_font-size-small);
  }
  .none {
    color: var(--_muted);
  }
  .meta {
    display: block;
    font-weight: 400;
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  td.funding,
  .footnotes,
  .note {
    font-size: var(--_font-size-small);
  }
  .bar {
    display: block;
    min-inline-size: 4em;
    block-size: 0.35em;
    margin-block-start: 0.25em;
    background: var(--_border);
  }
  .bar > span {
    display: block;
    block-size: 100%;
    min-inline-size: 1px;
    background: var(--_accent);
  }
  .former .bar > span {
    background: var(--_muted);
  }
  /* Footnote numbers, small but each a target of its own: wrapping in twos or threes. */
  .marks {
    display: flex;
    flex-wrap: wrap;
    gap: 0.1em 0.2em;
    font-size: var(--_font-size-small);
  }
  td.sources {
    min-inline-size: 3.4em;
  }
  .marks a {
    min-inline-size: 1.4em;
    text-align: center;
    font-variant-numeric: tabular-nums;
    text-decoration: none;
    border-block-end: 1px solid var(--_border);
  }
  .footnotes {
    margin-block-start: calc(var(--_space) / 2);
    color: var(--_muted);
    font-size: 0.8em;
    line-height: 1.4;
  }
  /* Muted already: a muted label inside would compound (4.4:1 on a cream page). */
  .footnotes > .muted {
    color: inherit;
    font-weight: 600;
  }
  .footnote:not(:last-child)::after {
    content: ' ·';
  }
  .n {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  ul {
    list-style: none;
  }
  /* Two columns of entries once each can be a small phone's width (from about 35em: the list with
     figures and funding has entries up to 48rem), not bars and figures a column apart. */
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(17em, 1fr));
    column-gap: var(--_space);
  }
  .cards > li:nth-child(n + 13) {
    content-visibility: auto;
    contain-intrinsic-size: auto 4.5rem;
  }
  .cards > li {
    padding: 0.45em 0.5em;
    border-block-end: 1px solid var(--_border);
    line-height: 1.3;
  }
  /* A name and its deployed figure, the figure at the end: below the name, rather than squeeze
     it, when the two do not fit ("Burundi", "Deployed about 1,200 or more" in a narrow entry). */
  .line {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 0.5em;
  }
  h3 {
    font-size: inherit;
    font-weight: 600;
  }
  .cards .deployed {
    margin-inline-start: auto;
    white-space: nowrap;
    font-weight: 600;
  }
  .cards .deployed .value,
  .cards .items .value {
    display: inline;
  }
  /* Amounts in a card run on one line, a semicolon between; a table stacks them. */
  td.funding .separator {
    display: none;
  }
  .cards .meta {
    display: block;
  }
  .items {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.9em;
    font-size: var(--_font-size-small);
  }
  .items:empty {
    display: none;
  }
  /* A label and its value: two boxes a gap apart, whatever the whitespace between them. */
  .cards .item {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.3em;
  }
  .item.funding {
    flex-basis: 100%;
  }
  .item.sources {
    display: inline-flex;
  }
  .muted {
    color: var(--_muted);
    font-weight: 400;
  }
  .note {
    margin: 0.15em 0 0;
    color: var(--_muted);
    line-height: 1.25;
  }
  .cards .note {
    font-size: 0.8em;
  }
  /* A row's notes span the columns without widening any: the columns are the figures'; a fund
     an amount names is as wide as the bare amounts' column (no indent: it would widen it). */
  tr.notes p,
  td .to {
    inline-size: 0;
    min-inline-size: 100%;
  }
  tr:has(+ tr.notes) > * {
    border-block-end: 0;
  }
  tr.notes td {
    padding-block-start: 0;
  }
  .lead,
  .cards > .lead {
    background: var(--_accent-soft);
    border-inline-start: 4px solid var(--_accent);
  }
  .lead strong {
    color: var(--_accent);
  }
  .former,
  .former .value {
    color: var(--_muted);
  }
  .former .name {
    font-weight: 400;
  }
  .flag {
    unicode-bidi: isolate;
    padding-inline: 0.2em;
    border: 1px solid;
    font:
      0.75em ui-monospace,
      monospace;
  }
  .organisation .flag {
    border-radius: 1em;
    padding-inline: 0.45em;
    background: var(--_border);
    border-color: transparent;
  }
  .former .flag {
    border-style: dashed;
  }
`;
