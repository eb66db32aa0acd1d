import { css } from 'lit';

/**
 * `<contributor-list>`. Notes kept out of the CSS text, which ships as written:
 * - the table keeps words whole (`break-word`), or the host's `anywhere` lets it squeeze "1,000"
 *   into "1,00 0";
 * - a long table switches to a fixed layout once its first rows are in (`.fixed`, with the
 *   column shares those rows took; see the element), so that later chunks of rows neither move
 *   the rows above nor make the browser lay out the whole table again;
 * - cards out of view skip layout and paint (`content-visibility`), so 200 stay cheap on a phone;
 * - the ISO code is a small bordered badge: readable on every platform, nearly weightless, and
 *   isolated, so that it stays at the inline start of a Latin name on a right-to-left page;
 * - the element renders only the layout its width calls for (no container query hides the other).
 */
export const styles = css`
  p,
  ul,
  h3 {
    margin: 0;
    margin-block-end: calc(var(--_space) / 2);
    padding: 0;
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    overflow-wrap: break-word;
  }
  .fixed {
    table-layout: fixed;
  }
  th,
  td {
    padding: calc(var(--_space) / 2);
    border-block-end: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  ul {
    list-style: none;
  }
  .cards > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 12rem;
    margin-block-end: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .kind,
  .value,
  li .muted {
    display: block;
  }
  .note {
    margin: 0 0 0.25em;
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  /* A row's notes span the columns without widening any: the columns are the figures'. */
  tr.notes p {
    inline-size: 0;
    min-inline-size: 100%;
  }
  .lead,
  .cards > .lead {
    background: var(--_accent-soft);
    border-inline-start: 4px solid var(--_accent);
  }
  .lead strong {
    color: var(--_accent);
  }
  .flag {
    unicode-bidi: isolate;
    padding-inline: 0.2em;
    border: 1px solid;
    font:
      0.75em ui-monospace,
      monospace;
  }
`;
