import { css } from 'lit';

// `.root` reserves room for the figures before they arrive: one column, then two.
export const styles = css`
  .root {
    min-block-size: var(--mw-troop-counter-min-height, 18rem);
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
  .figure {
    font-size: min(var(--_font-size-figure), 14cqi);
    font-weight: 700;
    line-height: 1.1;
    color: var(--_accent);
  }
  progress {
    inline-size: 100%;
    accent-color: var(--_accent);
  }
  svg {
    inline-size: 100%;
    block-size: 2.5rem;
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .sources {
    padding: 0;
    list-style: none;
    font-size: var(--_font-size-small);
  }
  @container (min-width: 36rem) {
    .root {
      min-block-size: var(--mw-troop-counter-min-height, 13rem);
    }
    .counter {
      grid-template-columns: 1fr 2fr;
      align-items: start;
    }
  }
  @media (forced-colors: active) {
    svg {
      stroke: CanvasText;
    }
  }
`;
