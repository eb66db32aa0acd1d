import { css } from 'lit';

/**
 * `<event-timeline>`: a vertical list by default, a scroll-snapping strip when horizontal
 * (padded so that the focus ring of the events at either end stays inside it). Off-screen years
 * and events skip rendering (`content-visibility`), so long timelines stay fast; a year's
 * placeholder size comes from its number of events (`--_n`). A category is a word and a shape,
 * its hue only helps. A horizontal event's width is its
 * `inline-size`, not a `flex-basis`: Firefox and WebKit size a year by its events' widths and
 * ignore their basis, so the years overlapped. A horizontal strip renders every event: a
 * placeholder off to the side would make the strip grow (and the article jump) as it scrolls. On paper every summary is open and the strip is a list. (No comments
 * inside the template: they would ship.)
 */
export const styles = css`
  .strip {
    display: grid;
    gap: var(--_space);
  }
  h3,
  h4,
  ol,
  li p {
    margin: 0;
    margin-block-end: 0.25em;
    padding: 0;
  }
  ol,
  ol > li {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 8em;
  }
  ol {
    list-style: none;
    contain-intrinsic-block-size: auto calc(var(--_n) * 8em);
  }
  ol > li {
    padding-block: 0.25em 0.75em;
    padding-inline: 1em 0.25em;
    border: 0 solid var(--_line, var(--_border));
    border-inline-start-width: 3px;
  }
  .latest {
    --_line: var(--_accent);
  }
  .meta,
  .filters,
  .sources {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    margin: 0;
    padding: 0;
    font-size: var(--_font-size-small);
    list-style: none;
  }
  time {
    font-weight: 600;
  }
  .muted:empty {
    display: none;
  }
  [class^='c-']::before {
    content: var(--_m) / '';
    margin-inline-end: 0.3em;
    color: light-dark(hsl(var(--_h) 80% 30%), hsl(var(--_h) 80% 75%));
  }
  .c-crisis {
    --_m: '▲';
    --_h: 0;
  }
  .c-diplomacy {
    --_m: '◆';
    --_h: 270;
  }
  .c-mandate {
    --_m: '■';
    --_h: 210;
  }
  .c-funding {
    --_m: '●';
    --_h: 130;
  }
  .c-deployment {
    --_m: '★';
    --_h: 30;
  }
  .c-casualty {
    --_m: '✚';
    --_h: 345;
  }
  .c-politics {
    --_m: '▼';
    --_h: 320;
  }
  .c-other {
    --_m: '○';
    --_h: 190;
  }
  .tag {
    padding-inline: 0.4em;
    border: 1px solid;
    border-radius: var(--_radius);
    background: var(--_accent);
    color: var(--_background);
  }
  summary {
    inline-size: fit-content;
    color: var(--_link);
    cursor: pointer;
  }
  button {
    padding: 0.15em 0.7em;
    border: 1px solid var(--_border);
    border-radius: 1em;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  [aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent-soft);
    font-weight: 600;
  }
  [aria-pressed='true']::after {
    content: ' ✓' / '';
  }
  :host([layout='horizontal']) .strip {
    display: flex;
    padding: 6px;
    overflow-x: auto;
    scroll-snap-type: inline mandatory;
    scroll-padding: 6px;
  }
  :host([layout='horizontal']) ol {
    display: flex;
    gap: var(--_space);
    content-visibility: visible;
  }
  :host([layout='horizontal']) ol > li {
    flex: none;
    content-visibility: visible;
    inline-size: min(75cqi, 18rem);
    padding-block: 0.5em;
    padding-inline: 0.25em;
    border-inline-start-width: 0;
    border-block-start-width: 3px;
    scroll-snap-align: start;
  }
  @media print {
    ::details-content {
      content-visibility: visible;
    }
    summary {
      display: none;
    }
    :host([layout='horizontal']) :is(.strip, ol) {
      display: block;
    }
  }
  @media (forced-colors: active) {
    .latest {
      --_line: Highlight;
    }
    button {
      border-color: ButtonText;
    }
    [aria-pressed='true'] {
      border-color: Highlight;
    }
    [aria-pressed='true']:not(:focus-visible) {
      outline: 1px solid Highlight;
    }
  }
`;
