import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadLanguage } from '../i18n/languages.js';
import { canonicalLocale, spokenLocale } from '../i18n/locale.js';

export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  locale?: string;
}

// One observer for the page re-renders every widget when a `lang` attribute changes.
const hosts = new Set<LocaleHost>();
let observer: MutationObserver | undefined;
/** Counts `lang` changes on the page, so that a cached locale knows when it is stale. */
let langChanges = 0;

/** The nearest `lang` attribute up the tree, out through the shadow roots that hold the element. */
function nearestLang(element: Element): string | null | undefined {
  let node: Element | undefined = element;
  while (node) {
    const found = node.closest('[lang]');
    if (found) return found.getAttribute('lang');
    // `instanceof`, not `.host` on any root: a page may have put a `host` on `Object.prototype`.
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : undefined;
  }
  return undefined;
}

/**
 * The widget's locale: its `locale` attribute, else the nearest `lang` up the tree, else the
 * browser's language, else the document's default language; and whether the strings of its
 * language are there yet.
 */
export class LocaleController implements ReactiveController {
  constructor(
    private readonly host: LocaleHost,
    private readonly documentLanguage: () => string | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  private cache?: { key: string; requested: string; locale: string };

  /** The strings of the locale's language while they load (a language other than English, first time). */
  loading?: Promise<void>;

  /** Loads the strings of the locale's language unless they are there; the host updates once they are. */
  load(): void {
    const language = loadLanguage(this.locale);
    if (language === this.loading) return;
    this.loading = language;
    void language?.then(() => {
      if (this.loading === language) this.loading = undefined;
      this.host.requestUpdate();
    });
  }

  /** The locale asked for, used as is to pick data texts (`de` finds German titles). */
  get requested(): string {
    return this.resolved().requested;
  }

  /** The locale spoken: the one asked for if we have its language (`fr-CA`), else English. */
  get locale(): string {
    return this.resolved().locale;
  }

  /**
   * Looked up again only when what it depends on may have changed: a render asks for it once
   * per text, thousands of times in a long timeline.
   */
  private resolved(): { requested: string; locale: string } {
    const key = `${this.host.locale ?? ''} ${langChanges} ${this.documentLanguage() ?? ''}`;
    if (this.cache?.key !== key) {
      const requested = canonicalLocale(
        this.host.locale ||
          nearestLang(this.host) ||
          globalThis.navigator?.language ||
          this.documentLanguage(),
      );
      this.cache = { key, requested, locale: spokenLocale(requested) };
    }
    return this.cache;
  }

  hostConnected(): void {
    this.cache = undefined;
    hosts.add(this.host);
    if (!observer) {
      observer = new MutationObserver(() => {
        langChanges++;
        hosts.forEach((host) => host.requestUpdate());
      });
      observer.observe(document.documentElement, {
        attributes: true,
        attributeFilter: ['lang'],
        subtree: true,
      });
    }
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
    if (hosts.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  }
}

/** How many widgets listen for `lang` changes (for leak checks). */
export function localeListenerCount(): number {
  return hosts.size;
}
