import { css } from 'lit';

/**
 * Design tokens. Each public `--mw-*` custom property has its default here and is read through
 * a private `--_*` twin, so a page sets only what it wants to change. Colours use
 * `light-dark()`, resolved by the host's `color-scheme` (set by the ThemeController from `theme`
 * and the page); paper is always light.
 */
export const tokens = css`
  :host {
    --_text: var(--mw-color-text, light-dark(#1b1d21, #eceef2));
    --_muted: var(--mw-color-muted, light-dark(#4e5560, #b4bac4));
    --_background: var(--mw-color-background, light-dark(#ffffff, #16181d));
    --_surface: var(--mw-color-surface, light-dark(#f3f4f6, #23262d));
    --_border: var(--mw-color-border, light-dark(#c9cdd4, #4a4f59));
    --_accent: var(--mw-color-accent, light-dark(#0b5cad, #7db8f5));
    --_accent-soft: var(--mw-color-accent-soft, light-dark(#dbe8f7, #203754));
    --_link: var(--mw-color-link, light-dark(#0b5cad, #9ccaff));
    --_focus: var(--mw-color-focus, light-dark(#b3261e, #ffb4ab));
    --_font-family: var(--mw-font-family, inherit);
    --_font-size: var(--mw-font-size, 1rem);
    --_font-size-small: var(--mw-font-size-small, 0.875em);
    --_font-size-figure: var(--mw-font-size-figure, 2.5em);
    --_space: var(--mw-space, 0.75rem);
    --_radius: var(--mw-radius, 0.5rem);
  }
  @media print {
    :host {
      color-scheme: light !important;
    }
  }
`;
