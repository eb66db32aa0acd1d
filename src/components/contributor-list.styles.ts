import { css } from 'lit';

/**
 * `<contributor-list>`. Notes kept out of the CSS text, which ships as written:
 * - the table keeps words whole (`break-word`), or the host's `anywhere` lets it squeeze "1,000"
 *   into "1,00 0";
 * - its columns have fixed shares of its width, so that rows added a chunk per frame neither move
 *   the rows above (no layout shift) nor make the browser lay out the whole table again, as an
 *   automatic table layout does; the shares fit English words whole from 40rem up (the ones a
 *   `show` setting leaves out give their share to the others);
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
    table-layout: fixed;
  }
  thead th:first-child {
    inline-size: 15%;
  }
  thead .role,
  thead .sources {
    inline-size: 14%;
  }
  thead .since {
    inline-size: 12.5%;
  }
  thead .funding {
    inline-size: 10%;
  }
  thead .deployed,
  thead .preparing,
  thead .pledged {
    inline-size: 11.5%;
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
