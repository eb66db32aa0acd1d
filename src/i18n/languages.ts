/**
 * The widgets' interface strings beyond English, one module per language, loaded the first time
 * a widget speaks it: a page in English does not download four other languages. Only the
 * loading and error messages (`common.ts`, `statusMessages`) stay with the code in every
 * language, so that a widget says them in the right language while its strings are on their way.
 */
import type { CommonMessages } from './common.js';
import type { CounterHistoryMessages } from './counter-history.js';
import type { ContributorListMessages } from './contributor-list.js';
import type { TimelineMessages } from './event-timeline.js';
import type { JoinMessages } from './joins.js';
import type { TroopCounterMessages } from './troop-counter.js';

/** Languages with interface strings: English, French, Haitian Creole, Spanish, Swahili. */
export const UI_LOCALES = ['en', 'fr', 'ht', 'es', 'sw'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/** The interface language for a locale: by language (`fr-CA` → `fr`), else English. */
export function uiLocale(locale: string): UiLocale {
  const language = locale.toLowerCase().split('-')[0];
  return (UI_LOCALES as readonly string[]).includes(language) ? (language as UiLocale) : 'en';
}

/** Every widget's strings in one language: a language missing one is a type error. */
export interface LanguagePack {
  common: CommonMessages;
  troopCounter: TroopCounterMessages;
  counterHistory: CounterHistoryMessages;
  contributorList: ContributorListMessages;
  timeline: TimelineMessages;
  joins: JoinMessages;
  /**
   * For a language the browsers' `Intl` formats in another (Haitian Creole, in French): `Intl`'s
   * parts of a date or an amount of money (in `currency`), as the language says them.
   */
  intl?: (parts: readonly { type: string; value: string }[], currency?: string) => string;
}

/** One widget's strings: English here, the other languages in their packs. */
export interface LazyCatalog<Key extends keyof LanguagePack> {
  key: Key;
  en: LanguagePack[Key];
}

type Loadable = Exclude<UiLocale, 'en'>;

// Literal specifiers, so that bundlers see each pack and split it out.
const loaders: Record<Loadable, () => Promise<{ default: LanguagePack }>> = {
  fr: () => import('./languages/fr.js'),
  ht: () => import('./languages/ht.js'),
  es: () => import('./languages/es.js'),
  sw: () => import('./languages/sw.js'),
};

const packs = new Map<UiLocale, LanguagePack>();
const loading = new Map<UiLocale, Promise<void>>();
const unavailable = new Set<UiLocale>();

/** The loaded strings of a locale's language, if they are there. */
export function languagePack(locale: string): LanguagePack | undefined {
  return packs.get(uiLocale(locale));
}

/**
 * Loads the strings of a locale's language; `undefined` when they are already there (English
 * always is). It never rejects: a language that cannot be fetched stays English, with one
 * warning for the developer, rather than leaving the widget empty.
 */
export function loadLanguage(locale: string): Promise<void> | undefined {
  const language = uiLocale(locale);
  if (language === 'en' || packs.has(language) || unavailable.has(language)) return undefined;
  let pending = loading.get(language);
  if (!pending) {
    pending = loaders[language]().then(
      ({ default: pack }) => void packs.set(language, pack),
      (cause: unknown) => {
        console.warn(`mission-widgets: the "${language}" interface strings could not be loaded`, cause);
        unavailable.add(language);
      },
    );
    loading.set(language, pending);
  }
  return pending;
}
