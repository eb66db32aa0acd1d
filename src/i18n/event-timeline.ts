import type { Category } from '../data/schema.js';
import { intlLocales, type Catalog } from './locale.js';

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
    fresh: 'New',
    added: (count, rule) => `${count} new ${rule === 'one' ? 'event' : 'events'}.`,
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
    fresh: 'Nouveau',
    added: (count, rule) => (rule === 'one' ? `${count} nouvel événement.` : `${count} nouveaux événements.`),
    filter: 'Afficher seulement ces catégories',
    summary: 'Résumé',
    none: 'Aucun événement à afficher.',
  },
  ht: {
    categories: {
      crisis: 'Kriz',
      diplomacy: 'Diplomasi',
      mandate: 'Manda',
      funding: 'Finansman',
      deployment: 'Deplwaman',
      politics: 'Politik',
      other: 'Lòt',
    },
    latest: 'Pi resan',
    fresh: 'Nouvo',
    added: (count) => `${count} nouvo evènman.`,
    filter: 'Montre sèlman kategori sa yo',
    summary: 'Rezime',
    none: 'Pa gen evènman pou montre.',
  },
  es: {
    categories: {
      crisis: 'Crisis',
      diplomacy: 'Diplomacia',
      mandate: 'Mandato',
      funding: 'Financiación',
      deployment: 'Despliegue',
      politics: 'Política',
      other: 'Otros',
    },
    latest: 'Más reciente',
    fresh: 'Nuevo',
    added: (count, rule) => (rule === 'one' ? `${count} evento nuevo.` : `${count} eventos nuevos.`),
    filter: 'Mostrar solo estas categorías',
    summary: 'Resumen',
    none: 'No hay eventos que mostrar.',
  },
  sw: {
    categories: {
      crisis: 'Mgogoro',
      diplomacy: 'Diplomasia',
      mandate: 'Mamlaka',
      funding: 'Ufadhili',
      deployment: 'Upelekaji',
      politics: 'Siasa',
      other: 'Mengineyo',
    },
    latest: 'Mpya zaidi',
    fresh: 'Jipya',
    added: (count, rule) => (rule === 'one' ? `Tukio ${count} jipya.` : `Matukio ${count} mapya.`),
    filter: 'Onyesha aina hizi tu',
    summary: 'Muhtasari',
    none: 'Hakuna matukio ya kuonyesha.',
  },
};

const lists = new Map<string, Intl.ListFormat>();

/** Names joined as the locale does: "Kenya and United States", "Kenya et États-Unis". */
export function formatList(names: readonly string[], locale: string): string {
  let list = lists.get(locale);
  if (!list) lists.set(locale, (list = new Intl.ListFormat(intlLocales(locale))));
  return list.format(names);
}
