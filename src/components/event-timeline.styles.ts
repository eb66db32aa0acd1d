import { css } from 'lit';

/**
 * `<event-timeline>`: a vertical rail by default, a scroll-snapping strip of whole cards when
 * horizontal. The rail runs beside the events, broken at each event's category marker (a shape
 * as well as a hue, drawn as text, so forced colours keep it) and at each empty period; inside a
 * phase it widens into the phase's band, drawn as a border so forced colours keep it too: five
 * colours (each 3:1 on a white, cream or near-black page) and four patterns (solid, dashed,
 * dotted, double), so that neighbours differ in both and forced colours keep the pattern; the
 * phase's name, where its band begins, carries the same border as its legend.
 *
 * Room: the first events always render; every other event and year skips rendering while far
 * off screen (`content-visibility`) and reserves the first events' mean height (`--_each`,
 * `--_step`, measured by the ReservedSizeController; `--_n` is a year's number of events), so
 * the timeline is as tall at load as once read. Where the browser has no scroll anchoring
 * (`overflow-anchor`: WebKit), years do not skip rendering as a whole: WebKit places an event of
 * a year it never laid out at the year's top, so a deep link or `scrollIntoView` landed up to
 * 30,000 px short of it in a 10,000-event timeline; each event still skips its own rendering
 * there. A horizontal strip renders every event: a
 * placeholder off to the side would make the strip grow (and the article jump) as it scrolls.
 * A horizontal event's width is its `inline-size`, not a `flex-basis`: Firefox and WebKit size a
 * year by its events' widths and ignore their basis. Pressed filter buttons keep their width:
 * the check mark's room is always there. From 46rem a vertical event is a row, as on a graphics
 * desk's timeline: the rail, a column of date and category (10.75em: "September 30, 2025" on one
 * line in Firefox's and WebKit's wider serif too, where 9.5em broke it), then the title, summary
 * and sources.
 * On paper every summary is open and the strip is a list.
 * (No comments inside the template: they would ship.)
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
    padding: 0;
  }
  h3 {
    font-size: 1.25em;
    font-variant-numeric: tabular-nums;
    line-height: 1.2;
    padding-block-end: 0.25em;
    border-block-end: 1px solid var(--_border);
    margin-block-end: 0.5em;
  }
  h4 {
    font-size: 1.125em;
    line-height: 1.3;
    margin-block: 0.15em 0.25em;
  }
  ol {
    list-style: none;
  }
  ol:not(.sampled) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto calc(var(--_n) * var(--_step, 8em));
  }
  @supports not (overflow-anchor: auto) {
    ol:not(.sampled) {
      content-visibility: visible;
    }
  }
  ol > li {
    position: relative;
    overflow: clip;
    padding-block: 0 1em;
    padding-inline: 1.75em 0.25em;
    --_rail: 2px solid var(--_border);
  }
  ol > li:not(.sample) {
    content-visibility: auto;
    contain-intrinsic-block-size: auto var(--_each, 6em);
  }
  /* The rail above the marker and below it hang from the date's line, wherever a phase's name
     (one line or three) puts it: each is placed from its static position (the top of \`.meta\`)
     down, or up, and the event's box clips it. The marker does the same, across from the li's
     edge. In the small font's ems, as the marker is. */
  .meta::before,
  .meta::after {
    content: '';
    position: absolute;
    inset-inline-start: calc(0.8em - 1px);
    border-inline-start: var(--_rail);
  }
  .meta::before {
    margin-block-start: -100em;
    block-size: 100.23em;
  }
  .meta::after {
    margin-block-start: 1.77em;
    block-size: 1000em;
  }
  .b0 {
    --_band: light-dark(hsl(210 65% 42%), hsl(210 70% 68%));
  }
  .b1 {
    --_band: light-dark(hsl(28 85% 36%), hsl(32 85% 62%));
  }
  .b2 {
    --_band: light-dark(hsl(280 45% 45%), hsl(280 60% 76%));
  }
  .b3 {
    --_band: light-dark(hsl(170 80% 25%), hsl(165 55% 52%));
  }
  .b4 {
    --_band: light-dark(hsl(335 65% 40%), hsl(335 75% 74%));
  }
  .p1 {
    --_dash: dashed;
  }
  .p2 {
    --_dash: dotted;
  }
  .p3 {
    --_dash: double;
  }
  .band {
    --_rail: 4px var(--_dash, solid) var(--_band);
  }
  .band .meta::before,
  .band .meta::after {
    inset-inline-start: calc(0.8em - 2px);
  }
  .phase {
    inline-size: fit-content;
    margin-block-end: 0.35em;
    padding-inline: 0.4em;
    border-inline-start: var(--_rail);
    color: var(--_text);
    font-size: var(--_font-size-small);
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  .meta,
  .filters,
  .foot {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.15em 0.6em;
    margin: 0;
    padding: 0;
    font-size: var(--_font-size-small);
  }
  time {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .category,
  .foot {
    color: var(--_muted);
  }
  .summary {
    max-inline-size: 40em;
  }
  /* Countries and sources a wide gap apart, no separator: one would end a line when they wrap. */
  .foot {
    margin-block-start: 0.3em;
    font-size: 0.8em;
    column-gap: 1.2em;
  }
  .foot a {
    color: inherit;
    text-decoration-thickness: 1px;
    text-decoration-color: var(--_border);
  }
  .foot a:hover {
    color: var(--_link);
    text-decoration-color: currentColor;
  }
  .marker {
    position: absolute;
    inset-inline-start: 0;
    margin-block-start: 0.1em;
    inline-size: calc(1.4em / 0.875);
    line-height: 1.45;
    text-align: center;
  }
  .marker::before,
  .filters [class^='c-']::before {
    content: var(--_m) / '';
    color: light-dark(hsl(var(--_h) 80% 30%), hsl(var(--_h) 80% 75%));
  }
  .filters [class^='c-']::before {
    margin-inline-end: 0.3em;
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
    color: light-dark(#fff, #16181d);
  }
  .latest .marker::before {
    font-size: 1.15em;
  }
  .gap {
    margin: 0;
    padding-block: 0.4em;
    padding-inline: 1.75em 0;
    border-inline-start: 2px dashed var(--_border);
    margin-inline-start: calc(0.7em - 1px);
    padding-inline-start: calc(1.05em - 1px);
    color: var(--_muted);
    font-size: var(--_font-size-small);
    font-style: italic;
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
  .filters {
    gap: 0.4em;
  }
  .filters button {
    padding: 0.2em 0.65em;
  }
  [aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_accent-soft);
  }
  [aria-pressed]::after {
    content: '✓' / '';
    display: inline-block;
    inline-size: 1em;
    margin-inline-start: 0.2em;
    font-size: 0.85em;
    visibility: hidden;
  }
  [aria-pressed='true']::after {
    visibility: visible;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5em;
    margin-block: 0.4em 0.5em;
    min-block-size: 2.75em;
  }
  .count {
    margin: 0;
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  .nav {
    display: flex;
    gap: 0.5em;
    margin-inline-start: auto;
  }
  .nav button {
    min-inline-size: 2.75em;
    min-block-size: 2.75em;
    padding: 0;
    line-height: 1;
  }
  .previous::before {
    content: '←' / '';
  }
  .next::before {
    content: '→' / '';
  }
  :dir(rtl) .previous::before {
    content: '→' / '';
  }
  :dir(rtl) .next::before {
    content: '←' / '';
  }
  .nav [aria-disabled='true'] {
    color: var(--_muted);
    border-style: dashed;
    cursor: default;
  }
  :host([layout='horizontal']) .strip {
    display: flex;
    gap: var(--_space);
    padding: 6px;
    overflow-x: auto;
    scroll-snap-type: inline mandatory;
    scroll-padding: 6px;
    --_per: 1;
  }
  :host([layout='horizontal']) .gap {
    flex: none;
    align-self: start;
    margin: calc(1.25em / 0.875 * 1.2 + 0.75em / 0.875 + 1px) 0 0;
    padding: 0.5em 0.25em;
    border-inline-start: 0;
    border-block-start: 2px dashed var(--_border);
    scroll-snap-align: start;
  }
  :host([layout='horizontal']) :is(.gap, ol > li) {
    inline-size: calc((100cqi - 12px - (var(--_per) - 1) * var(--_space)) / var(--_per));
  }
  :host([layout='horizontal']) ol {
    display: flex;
    gap: var(--_space);
    content-visibility: visible;
  }
  :host([layout='horizontal']) ol > li {
    flex: none;
    overflow: visible;
    content-visibility: visible;
    padding: 0.4em 0.25em 0.5em;
    border-block-start: var(--_rail);
    scroll-snap-align: start;
  }
  :host([layout='horizontal']) .meta::before,
  :host([layout='horizontal']) .meta::after {
    content: none;
  }
  :host([layout='horizontal']) .marker {
    position: static;
    inline-size: auto;
  }
  @container (min-width: 46rem) {
    :host(:not([layout='horizontal'])) ol > li {
      display: grid;
      grid-template-columns: 10.75em minmax(0, 1fr);
      column-gap: 1.25em;
      align-content: start;
    }
    :host(:not([layout='horizontal'])) ol > li > * {
      grid-column: 2;
    }
    :host(:not([layout='horizontal'])) ol > li > .phase {
      grid-column: 1 / -1;
    }
    :host(:not([layout='horizontal'])) ol > li > .meta {
      grid-column: 1;
      grid-row: span 4;
      flex-direction: column;
      align-items: start;
      gap: 0.1em;
      padding-block-start: 0.2em;
    }
  }
  @container (min-width: 34rem) {
    :host([layout='horizontal']) .strip {
      --_per: 2;
    }
  }
  @container (min-width: 56rem) {
    :host([layout='horizontal']) .strip {
      --_per: 3;
    }
  }
  @media print {
    ::details-content {
      content-visibility: visible;
    }
    summary,
    .nav {
      display: none;
    }
    :host([layout='horizontal']) :is(.strip, ol) {
      display: block;
    }
    :host([layout='horizontal']) ol > li {
      inline-size: auto;
    }
  }
  @media (forced-colors: active) {
    .band {
      --_band: CanvasText;
    }
    .latest {
      outline: 1px solid Highlight;
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
