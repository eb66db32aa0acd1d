import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Theme = 'light' | 'dark' | 'auto';
type Scheme = 'light' | 'dark';

export interface ThemeHost extends ReactiveControllerHost, HTMLElement {
  theme?: string;
}

// Shared by every widget: one observer of the root element and the body.
const controllers = new Set<ThemeController>();
let observer: MutationObserver | undefined;
let page: Scheme | undefined;

// A dark mode's usual marks on the root or the body, one word of an attribute's value:
// `class="dark"`, `data-theme="dark"`, `data-bs-theme="dark"`, `theme-dark`, `is-dark-mode`…
// (not `has-dark-mode-toggle`, which a light page carries too).
const DARK_MARK = /^(?:[a-z]+[-_])?dark(?:[-_](?:mode|theme))?$/i;

/** Relative luminance of a computed `rgb()`/`rgba()` colour, or undefined when it is transparent. */
function luminance(color: string): number | undefined {
  const [r, g, b, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
  if (b === undefined || a < 0.5) return undefined;
  const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/**
 * Whether the page itself is dark: its root's `color-scheme` when that names one scheme only, a
 * dark-mode mark on the root or the body, else the body's (or root's) own background. The
 * reader's operating-system setting alone never makes a page dark: most news sites never
 * declare a scheme, and stay light whatever the reader prefers.
 */
function readPage(): Scheme {
  const root = document.documentElement;
  const scheme = getComputedStyle(root).colorScheme;
  const dark = scheme.includes('dark');
  if (dark !== scheme.includes('light')) return dark ? 'dark' : 'light';
  const marked = [root, document.body].some(
    (node) =>
      node &&
      [...node.attributes].some(
        ({ name, value }) => name !== 'style' && value.split(/\s+/).some((word) => DARK_MARK.test(word)),
      ),
  );
  if (marked) return 'dark';
  for (const node of [document.body, root]) {
    const l = node && luminance(getComputedStyle(node).backgroundColor);
    if (l !== undefined) return l < 0.2 ? 'dark' : 'light';
  }
  return 'light';
}

function pageChanged(): void {
  page = readPage();
  controllers.forEach((controller) => controller.apply());
}

/**
 * Gives the host the colour scheme its `light-dark()` tokens resolve with: its `theme`, or with
 * `auto` the page's (or, inside a dark block of a light page, light text around it). It sets
 * `color-scheme` through the CSSOM, which a strict CSP allows.
 */
export class ThemeController implements ReactiveController {
  private applied?: Scheme;

  constructor(private readonly host: ThemeHost) {
    host.addController(this);
  }

  /** The scheme in use: `light` or `dark`. */
  get scheme(): Scheme {
    const { theme } = this.host;
    if (theme === 'light' || theme === 'dark') return theme;
    if ((page ??= readPage()) === 'dark') return 'dark';
    // Light text around the widget means a dark box of the page (a dark section, a sidebar).
    const around = this.host.parentElement ?? (this.host.getRootNode() as ShadowRoot).host;
    const l = around && luminance(getComputedStyle(around).color);
    return l !== undefined && l > 0.5 ? 'dark' : 'light';
  }

  apply(): void {
    const { scheme } = this;
    if (scheme !== this.applied) this.host.style.setProperty('color-scheme', (this.applied = scheme));
  }

  hostConnected(): void {
    controllers.add(this);
    if (!observer) {
      // Any attribute of the root or the body: sites switch themes by class, style, data-theme…
      observer = new MutationObserver(pageChanged);
      for (const node of [document.documentElement, document.body])
        if (node) observer.observe(node, { attributes: true });
      page = undefined;
    }
    this.apply();
  }

  hostUpdate(): void {
    this.apply();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    this.applied = undefined;
    if (!controllers.size) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}

/** How many widgets follow the page's colour scheme (for leak checks). */
export function themeListenerCount(): number {
  return controllers.size;
}
