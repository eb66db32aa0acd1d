import { css } from 'lit';

// `.root` reserves, while the figures are on their way, the room they then take with the shipped
// data: one column, then two; once they have arrived it keeps only what the publisher reserved.
// That room is known in lines, not measured from one font: the notes (caveats, which wrap the
// most) take two lines each below 60rem and one from there, and the bar's target always takes a line of its own, as does each
// key below 60rem; so from 20rem wide it is within 5 % in every engine, font and language (below
// 20rem the label and a key may wrap: within 10 %). The figure is
// the page's text colour, its qualifier small; the bar fills from the inline start (so from the
// right in right-to-left text) in the accent, 3:1 against its track and the page in both schemes.
// Everything secondary is small and muted. The history's styles come with its code
// (./troop-counter-history.styles.ts).
export const styles = css`
  .root {
    min-block-size: var(--mw-troop-counter-min-height, 0);
  }
  .root:not([data-state='complete']) {
    min-block-size: var(--mw-troop-counter-min-height, 21.4em);
  }
  @container (inline-size >= 20rem) {
    .root:not([data-state='complete']) {
      min-block-size: var(--mw-troop-counter-min-height, 20.4em);
    }
  }
  p,
  ul,
  figure {
    margin: 0;
  }
  .counter {
    display: grid;
    gap: var(--_space);
    font-variant-numeric: tabular-nums;
  }
  .head,
  .body {
    display: grid;
    gap: calc(var(--_space) / 2);
    align-content: start;
    min-inline-size: 0;
  }
  .figure {
    line-height: 1;
    font-size: var(--_font-size-figure);
  }
  .number {
    font-weight: 700;
    letter-spacing: -0.01em;
  }
  .qualifier,
  .words {
    color: var(--_muted);
  }
  .words {
    font-size: 0.5em;
  }
  .qualifier {
    font-size: 0.4em;
  }
  .label {
    font-weight: 600;
  }
  .line,
  .legend,
  .target,
  .notes,
  details {
    font-size: var(--_font-size-small);
  }
  /* Never nested: by default muted is the current colour made lighter, so it would compound. */
  .line,
  .notes,
  .target,
  summary {
    color: var(--_muted);
  }
  .track {
    position: relative;
    display: flex;
    block-size: 0.75rem;
    background: var(--_surface);
    border-radius: 2px;
  }
  .fill {
    background: var(--_accent);
  }
  .fill.hatched {
    background: repeating-linear-gradient(135deg, var(--_accent) 0 2px, transparent 2px 5px);
  }
  /* The target where the figures go beyond it: a rule across the bar. */
  .mark {
    position: absolute;
    inset-block: -0.25rem;
    inline-size: 2px;
    background: var(--_text);
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    margin-block-start: 0.25rem;
  }
  .key {
    flex-basis: 100%;
  }
  .key::before {
    content: '';
    display: inline-block;
    inline-size: 0.7em;
    block-size: 0.7em;
    margin-inline-end: 0.35em;
    background: var(--_accent);
  }
  .key.plain::before {
    display: none;
  }
  .key.hatched::before {
    background: repeating-linear-gradient(135deg, var(--_accent) 0 2px, transparent 2px 4px);
    outline: 1px solid var(--_accent);
    outline-offset: -1px;
  }
  .target {
    text-align: end;
  }
  .notes {
    display: grid;
    gap: 0.25rem;
  }
  /* Two lines each in a column (one in a wide page), whatever the font and the language; each
     says its date first, so a cut keeps it. Opening the sources (or tapping a note) sets them in
     full, as does print. The sentence always says them whole. */
  .note {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
    cursor: pointer;
  }
  /* Spelled out: WebKit 2.50 does not restyle the notes on opening for a bare :has([open]). */
  .body:has(> details[open]) .note {
    display: block;
  }
  summary {
    cursor: pointer;
    inline-size: fit-content;
  }
  .sources {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1em;
    margin-block-start: 0.25rem;
    padding: 0;
    list-style: none;
  }
  @container (inline-size >= 36rem) {
    .root:not([data-state='complete']) {
      min-block-size: var(--mw-troop-counter-min-height, 13em);
    }
    .counter {
      grid-template-columns: 1fr 2fr;
      align-items: start;
      column-gap: calc(var(--_space) * 2);
    }
  }
  @container (inline-size >= 60rem) {
    .root:not([data-state='complete']) {
      min-block-size: var(--mw-troop-counter-min-height, 9.85em);
    }
    .key {
      flex-basis: auto;
    }
    .note {
      -webkit-line-clamp: 1;
    }
  }
  /* On paper the notes are whole and the sources listed, not folded away. */
  @media print {
    .note {
      display: block;
    }
    details::details-content {
      content-visibility: visible;
      block-size: auto;
    }
  }
  @media (forced-colors: active) {
    .track {
      outline: 1px solid CanvasText;
    }
    .fill,
    .key::before {
      background: Highlight;
    }
    .fill.hatched,
    .key.hatched::before {
      background: repeating-linear-gradient(135deg, Highlight 0 2px, Canvas 2px 5px);
    }
    .mark {
      background: CanvasText;
    }
  }
`;
