import type { Category } from '../data/schema.js';
import type { Catalog } from './locale.js';

/** Strings of `<event-timeline>`. */
export interface TimelineMessages {
  categories: Record<Category, string>;
  /** The mark on the latest event. */
  latest: string;
  /** The accessible name of the category toggle buttons. */
  filter: string;
  /** The disclosure that shows an event's summary. */
  summary: string;
  none: string;
}

export const timeline: Catalog<TimelineMessages> = {
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
    filter: 'Show only these categories',
    summary: 'Summary',
    none: 'No events to show.',
  },
  fr: {
    categories: {
      crisis: 'Crise',
      diplomacy: 'Diplomatie',
      mandate: 'Mandat',
      funding: 'Financement',
      deployment: 'Déploiement',
      politics: 'Politique',
      other: 'Autre',
    },
    latest: 'Le plus récent',
    filter: 'Afficher seulement ces catégories',
    summary: 'Résumé',
    none: 'Aucun événement à afficher.',
  },
};

const lists = new Map<string, Intl.ListFormat>();

/** Names joined as the locale does: "Kenya and United States", "Kenya et États-Unis". */
export function formatList(names: readonly string[], locale: string): string {
  let list = lists.get(locale);
  if (!list) lists.set(locale, (list = new Intl.ListFormat(locale)));
  return list.format(names);
}
