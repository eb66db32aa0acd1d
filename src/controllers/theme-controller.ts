import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type Theme = 'light' | 'dark' | 'auto';
type Scheme = 'light' | 'dark';

export interface ThemeHost extends ReactiveControllerHost, HTMLElement {
  theme?: string;
}

// Shared by every widget: one observer of the root element, one media query listener.
const controllers = new Set<ThemeController>();
let observer: MutationObserver | undefined;
let prefersDark: MediaQueryList | undefined;
let page: Scheme = 'light';

/**
 * The page's colour scheme: its root's `color-scheme` when that names one scheme only (a site's
 * dark-mode toggle), else the reader's `prefers-color-scheme`.
 */
function readPage(): void {
  const root = getComputedStyle(document.documentElement).colorScheme;
  const dark = root.includes('dark');
  page =
    dark !== root.includes('light') ? (dark ? 'dark' : 'light') : prefersDark?.matches ? 'dark' : 'light';
  controllers.forEach((controller) => controller.apply());
}

/**
 * Gives the host the colour scheme its `light-dark()` tokens resolve with: its `theme`, or with
 * `auto` the page's. It sets `color-scheme` through the CSSOM, which a strict CSP allows.
 */
export class ThemeController implements ReactiveController {
  private applied?: Scheme;

  constructor(private readonly host: ThemeHost) {
    host.addController(this);
  }

  /** The scheme in use: `light` or `dark`. */
  get scheme(): Scheme {
    const { theme } = this.host;
    return theme === 'light' || theme === 'dark' ? theme : page;
  }

  apply(): void {
    const { scheme } = this;
    if (scheme !== this.applied) this.host.style.setProperty('color-scheme', (this.applied = scheme));
  }

  hostConnected(): void {
    controllers.add(this);
    if (!observer) {
      prefersDark = matchMedia('(prefers-color-scheme: dark)');
      prefersDark.onchange = readPage;
      // Any attribute of the root: sites switch themes by class, style, data-theme and the like.
      observer = new MutationObserver(readPage);
      observer.observe(document.documentElement, { attributes: true });
      readPage();
    } else this.apply();
  }

  hostUpdate(): void {
    this.apply();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (!controllers.size) {
      observer?.disconnect();
      observer = undefined;
      prefersDark!.onchange = null;
    }
  }
}

/** How many widgets follow the page's colour scheme (for leak checks). */
export function themeListenerCount(): number {
  return controllers.size;
}
