/**
 * Which language a widget speaks. Interface strings come from small typed catalogs (one per
 * component), numbers, dates and names from `Intl`.
 */
import type { Text } from '../data/schema.js';
import { languagePack, uiLocale, type LanguagePack, type LazyCatalog, type UiLocale } from './languages.js';

export { uiLocale, UI_LOCALES, type UiLocale } from './languages.js';

/** Every catalog holds every interface language, so a missing string is a type error. */
export type Catalog<Messages> = Record<UiLocale, Messages>;

/** A tag `Intl` accepts (`fr-CA`), or `en` for anything malformed. */
export function canonicalLocale(tag: string | undefined | null): string {
  if (!tag) return 'en';
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/**
 * The locale a widget speaks and formats in: the tag itself when we have its language (`fr-CA`
 * keeps Canadian formats), else English, so that numbers and names match the sentence around them.
 */
export function spokenLocale(tag: string): string {
  return uiLocale(tag) === tag.toLowerCase().split('-')[0] ? tag : 'en';
}

/**
 * The locales to ask `Intl` for. Browsers hold no Haitian Creole data yet, so numbers, dates and
 * country names follow French there, Haiti's other official language, instead of the browser's.
 */
export function intlLocales(locale: string): string[] {
  return uiLocale(locale) === 'ht' ? [locale, 'fr'] : [locale];
}

/**
 * A catalog's strings in a locale's language. A widget's own strings beyond English arrive with
 * their language (`loadLanguage`); until then, and if they never do, they are English.
 */
export function messagesFor<Messages>(catalog: Catalog<Messages>, locale: string): Messages;
export function messagesFor<Key extends keyof LanguagePack>(
  catalog: LazyCatalog<Key>,
  locale: string,
): LanguagePack[Key];
export function messagesFor(
  catalog: Catalog<unknown> | LazyCatalog<keyof LanguagePack>,
  locale: string,
): unknown {
  if ('key' in catalog) return languagePack(locale)?.[catalog.key] ?? catalog.en;
  return catalog[uiLocale(locale)];
}

/**
 * The text for a locale from a plain string or a map of language to string: the exact tag,
 * then its language (French next for Haitian Creole), then the document's language, then
 * English, then any.
 */
export function localText(text: Text | undefined, locale: string, documentLanguage = 'en'): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[textLanguage(text, locale, documentLanguage)] ?? '';
}

/** The language `localText` picks: a map's key, or the document's language for a plain string. */
export function textLanguage(text: Text, locale: string, documentLanguage = 'en'): string {
  if (typeof text === 'string') return documentLanguage;
  const language = locale.split('-')[0];
  for (const candidate of [locale, language, ...intlLocales(locale).slice(1), documentLanguage, 'en']) {
    const match = Object.keys(text).find((key) => key.toLowerCase() === candidate.toLowerCase());
    if (match) return match;
  }
  return Object.keys(text)[0] ?? documentLanguage;
}

/**
 * The language of the text `localText` picks, where it is not the one `spoken` (English notes in
 * a Spanish widget, when the data has no Spanish): for a `lang` that lets screen readers read it
 * in its own.
 */
export function otherLanguage(
  text: Text,
  locale: string,
  documentLanguage?: string,
  spoken = locale,
): string | undefined {
  const found = textLanguage(text, locale, documentLanguage);
  const language = (tag: string) => tag.split('-')[0].toLowerCase();
  return language(found) === language(spoken) ? undefined : found;
}
