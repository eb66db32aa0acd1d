import { css } from 'lit';

// The counter's history (`history`), in the file of its code: a counter without one does not
// carry them. Its time runs from the inline start, as the bar fills; the line is the accent,
// the phase boundaries dashed and muted.
export const styles = css`
  .history {
    font-size: var(--_font-size-small);
  }
  .chart {
    position: relative;
    block-size: 3rem;
    margin-block-start: 1rem;
  }
  svg {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }
  svg:dir(rtl) {
    transform: scaleX(-1);
  }
  line.phase {
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  .phase-name {
    position: absolute;
    inset-block-end: 100%;
    padding-inline: 0.25em;
    color: var(--_muted);
    white-space: nowrap;
  }
  .dot {
    position: absolute;
    inset-inline-end: -0.3rem;
    inline-size: 0.6rem;
    block-size: 0.6rem;
    margin-block-start: -0.3rem;
    border-radius: 50%;
    background: var(--_accent);
  }
  .ends {
    display: flex;
    justify-content: space-between;
    gap: 1em;
    margin-block-start: 0.25rem;
  }
  .ends > :last-child {
    text-align: end;
  }
  .ends span span {
    display: block;
  }
  @media (forced-colors: active) {
    svg {
      stroke: CanvasText;
    }
    .dot {
      background: Highlight;
    }
  }
`;
