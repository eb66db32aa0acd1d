import type { Category } from '../data/schema.js';
import { countryInText, formatList } from './joins.js';
import type { LazyCatalog } from './languages.js';

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
  /** No event in the data by the `as-of` day: "No events recorded as of January 1, 2020." */
  noneYet: (date: string) => string;
  /** The filter button that shows every category again. */
  all: string;
  /** How many events the filters leave: "6 of 12 events"; "12 events" when they are all shown. */
  count: (shown: string, total: string | undefined, rule: Intl.LDMLPluralRule) => string;
  /** The break for years without events: "No events in 2022", "No events from 2019 to 2021". */
  gap: (from: string, to: string) => string;
  /** The horizontal strip's buttons, which scroll it a page back or on. */
  previous: string;
  next: string;
  /** The mark where a phase begins: "Multinational Security Support mission begins". */
  phaseStart: (phase: string) => string;
  /** The mark where a phase ends. */
  phaseEnd: (phase: string) => string;
  /** A decision that authorises a phase: "UN Security Council, Resolution 2699: 13 for, 0 against, 2 abstentions."; with no name (a mark titled with it), "UN Security Council: …". */
  decision: (body: string, name: string, vote?: [string, string, string]) => string;
  /** One count of a casualty entry: "1 killed", "2 injured", "1 missing". */
  casualty: (what: 'killed' | 'injured' | 'missing', count: string, one: boolean) => string;
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
      casualty: 'Casualties',
      politics: 'Politics',
      other: 'Other',
    },
    latest: 'Latest',
    fresh: 'New',
    added: (count, rule) => `${count} new ${rule === 'one' ? 'event' : 'events'}.`,
    filter: 'Show only these categories',
    summary: 'Summary',
    none: 'No events to show.',
    noneYet: (date) => `No events recorded as of ${date}.`,
    all: 'All',
    count: (shown, total, rule) =>
      `${total === undefined ? shown : `${shown} of ${total}`} ${rule === 'one' && total === undefined ? 'event' : 'events'}`,
    gap: (from, to) => (from === to ? `No events in ${from}` : `No events from ${from} to ${to}`),
    previous: 'Previous events',
    next: 'Next events',
    phaseStart: (phase) => `${phase} begins`,
    phaseEnd: (phase) => `${phase} ends`,
    decision: (body, name, vote) =>
      `${body}${name && `, ${name}`}${vote ? `: ${vote[0]} for, ${vote[1]} against, ${vote[2]} abstaining` : ''}.`,
    casualty: (what, count) => `${count} ${what}`,
  },
};

export { formatList } from './joins.js';

/** Countries in a sentence: "Kenya and the United States", "le Kenya et les États-Unis". */
export const countriesInText = (codes: readonly string[], locale: string): string =>
  formatList(
    codes.map((code) => countryInText(code, locale)),
    locale,
  );
