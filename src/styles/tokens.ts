import { css } from 'lit';

/**
 * Design tokens. Each public `--mw-*` custom property has its default here and is read through
 * a private `--_*` twin, so a page sets only what it wants to change.
 *
 * By default (`theme="auto"`) a widget belongs to the page: the page's text colour
 * (`currentColor`, which on the host means the inherited colour), no background, the page's
 * font; rules, tracks and secondary text are that colour made lighter (so never set muted
 * inside muted: `currentColor` resolves where it is used, and the two would compound). Accents are
 * `light-dark()` pairs, resolved by the host's `color-scheme`, which the ThemeController sets
 * from the page (never from the reader's OS setting alone), and each meets AA on a white or
 * cream page (light) and on a near-black one (dark). With `theme="light"` or `"dark"` the widget
 * is a box of its own colours. Paper is always light.
 */
export const tokens = css`
  :host {
    --_text: var(--mw-color-text, currentColor);
    --_muted: var(--mw-color-muted, color-mix(in srgb, currentColor 80%, transparent));
    --_background: var(--mw-color-background, transparent);
    --_surface: var(--mw-color-surface, color-mix(in srgb, currentColor 10%, transparent));
    --_border: var(--mw-color-border, color-mix(in srgb, currentColor 25%, transparent));
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
  :host([theme='light']),
  :host([theme='dark']) {
    --_text: var(--mw-color-text, light-dark(#1b1d21, #eceef2));
    --_muted: var(--mw-color-muted, light-dark(#4e5560, #b4bac4));
    --_background: var(--mw-color-background, light-dark(#ffffff, #16181d));
    --_surface: var(--mw-color-surface, light-dark(#f3f4f6, #23262d));
    --_border: var(--mw-color-border, light-dark(#c9cdd4, #4a4f59));
  }
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light !important;
      --_text: var(--mw-color-text, #1b1d21);
      --_background: var(--mw-color-background, transparent);
    }
  }
`;
