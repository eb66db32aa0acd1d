import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canonicalLocale } from '../i18n/locale.js';

export interface LocaleHost extends ReactiveControllerHost, HTMLElement {
  locale?: string;
}

// One observer for the page re-renders every widget when a `lang` attribute changes.
const hosts = new Set<LocaleHost>();
let observer: MutationObserver | undefined;

/**
 * The widget's locale: its `locale` attribute, else the nearest `lang` up the tree, else the
 * browser's language, else the document's default language.
 */
export class LocaleController implements ReactiveController {
  constructor(
    private readonly host: LocaleHost,
    private readonly documentLanguage: () => string | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  get locale(): string {
    const tag =
      this.host.locale ||
      this.host.closest('[lang]')?.getAttribute('lang') ||
      globalThis.navigator?.language ||
      this.documentLanguage();
    return canonicalLocale(tag);
  }

  hostConnected(): void {
    hosts.add(this.host);
    if (!observer) {
      observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
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
