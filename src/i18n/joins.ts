/** Small pieces that several languages' catalogs share. */
import { pluralRules } from './format.js';
import { intlLocales } from './locale.js';

/** Whether `count` takes the singular in `locale`. */
export const isOne = (locale: string, count: number): boolean => pluralRules(locale).select(count) === 'one';
/** A figure, then what it counts: "about 426 personnel deployed…". */
export const figureFirst = (figure: string, label: string): string => `${figure} ${label}`;
/** A text about something named: "Jamaica: about 24 soldiers…". */
export const named = (name: string, text: string): string => `${name}: ${text}`;

const lists = new Map<string, Intl.ListFormat>();

/** Names joined as the locale does: "Kenya and United States", "Kenya et États-Unis". */
export function formatList(names: readonly string[], locale: string): string {
  try {
    let list = lists.get(locale);
    if (!list) lists.set(locale, (list = new Intl.ListFormat(intlLocales(locale))));
    return list.format(names);
  } catch {
    // A browser without `Intl.ListFormat`: the names with commas, in every language.
    return names.join(', ');
  }
}
