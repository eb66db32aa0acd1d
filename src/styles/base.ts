import { css } from 'lit';

/** What every widget shares: its box, type, links, focus, and the motion and contrast modes. */
export const base = css`
  /*
   * The host's box and every inherited property a page's global CSS tends to set are declared
   * !important: inside a shadow root, an important :host declaration wins over the page's,
   * even over a page rule for every element marked important. Restyle through the --mw-* properties and ::part instead.
   * The font family alone is inherited from the page, by design.
   */
  :host {
    display: block;
    box-sizing: border-box !important;
    container-type: inline-size !important;
    padding: var(--_space) !important;
    border: 1px solid var(--_border) !important;
    border-radius: var(--_radius) !important;
    background: var(--_background) !important;
    color: var(--_text) !important;
    font-family: var(--_font-family);
    font-size: var(--_font-size) !important;
    font-style: normal !important;
    font-weight: normal !important;
    font-variant: normal !important;
    font-stretch: normal !important;
    line-height: 1.45 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    word-break: normal !important;
    hyphens: manual !important;
    overflow-wrap: anywhere !important;
    list-style: none !important;
    border-collapse: collapse !important;
    border-spacing: 0 !important;
    visibility: visible !important;
    cursor: auto !important;
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
  :focus-visible {
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
  @media (prefers-reduced-motion: reduce), print {
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
    :focus-visible {
      outline-color: Highlight;
    }
  }
  @media print {
    :host {
      break-inside: avoid;
    }
    * {
      content-visibility: visible !important;
    }
    a::after {
      content: ' (' attr(href) ')';
      font-size: var(--_font-size-small);
    }
  }
`;
