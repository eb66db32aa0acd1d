import { css } from 'lit';

/** What every widget shares: its box, type, links, focus, and the motion and contrast modes. */
export const base = css`
  :host {
    display: block;
    box-sizing: border-box;
    container-type: inline-size;
    margin-block: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: 1.45;
    text-align: start;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  [tabindex]:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .status {
    margin: 0;
    color: var(--_muted);
  }
  .muted {
    color: var(--_muted);
    font-size: var(--_font-size-small);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      border-color: CanvasText;
    }
    a {
      color: LinkText;
    }
    a:focus-visible,
    button:focus-visible,
    [tabindex]:focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    a::after {
      content: ' (' attr(href) ')';
      font-size: var(--_font-size-small);
    }
  }
`;
