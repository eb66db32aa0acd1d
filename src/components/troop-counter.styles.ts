import { css } from 'lit';

// `.root` reserves room for the figures before they arrive: one column, then two. The bar is
// an outline of the pledge filled with what is deployed (3:1 against the track and the background
// in both themes), from the inline start, so from the right in right-to-left text; the sparkline's time
// runs the same way.
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
  progress,
  .over {
    display: block;
    inline-size: 100%;
    block-size: 0.75rem;
    appearance: none;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  ::-webkit-progress-bar {
    background: var(--_surface);
  }
  /* Above the target: the target's share filled, the rest hatched, so that it never reads as full. */
  .over {
    display: flex;
    box-sizing: border-box;
  }
  .within {
    background: var(--_accent);
    border-inline-end: 2px solid var(--_text);
  }
  .beyond {
    flex: 1;
    background: repeating-linear-gradient(135deg, var(--_accent) 0 3px, transparent 3px 6px);
  }
  line.phase {
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 2 2;
  }
  ::-webkit-progress-value {
    background: var(--_accent);
  }
  ::-moz-progress-bar {
    background: var(--_accent);
  }
  svg:dir(rtl) {
    transform: scaleX(-1);
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
  @container (inline-size >= 36rem) {
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
    progress,
    .over {
      border-color: CanvasText;
    }
    .within {
      background: Highlight;
    }
    .beyond {
      background: repeating-linear-gradient(135deg, Highlight 0 3px, Canvas 3px 6px);
    }
    ::-webkit-progress-value {
      background: Highlight;
    }
    ::-moz-progress-bar {
      background: Highlight;
    }
  }
`;
