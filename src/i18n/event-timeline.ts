import type { Category } from '../data/schema.js';
import type { LazyCatalog } from './languages.js';
import { intlLocales } from './locale.js';

/** Strings of `<event-timeline>`. */
export interface TimelineMessages {
  categories: Record<Category, string>;
  /** The mark on the latest event. */
  latest: string;
  /** The mark on an event a refresh just added. */
  fresh: string;
  /** Announced after a refresh added events: "2 new events". */
  added: (count: string, rule: Intl.LDMLPluralRule) => string;
  /** The accessible name of the category toggle buttons. */
  filter: string;
  /** The disclosure that shows an event's summary. */
  summary: string;
  none: string;
}

export const timeline: LazyCatalog<'timeline'> = {
  key: 'timeline',
  en: {
    categories: {
      crisis: 'Crisis',
      diplomacy: 'Diplomacy',
      mandate: 'Mandate',
      funding: 'Funding',
      deployment: 'Deployment',
      politics: 'Politics',
      other: 'Other',
    },
    latest: 'Latest',
    fresh: 'New',
    added: (count, rule) => `${count} new ${rule === 'one' ? 'event' : 'events'}.`,
    filter: 'Show only these categories',
    summary: 'Summary',
    none: 'No events to show.',
  },
};

const lists = new Map<string, Intl.ListFormat>();

/** Names joined as the locale does: "Kenya and United States", "Kenya et États-Unis". */
export function formatList(names: readonly string[], locale: string): string {
  let list = lists.get(locale);
  if (!list) lists.set(locale, (list = new Intl.ListFormat(intlLocales(locale))));
  return list.format(names);
}
