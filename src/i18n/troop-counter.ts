import type { Figure } from '../data/derive.js';
import type { Headline } from '../data/headline.js';
import type { PersonnelStatus } from '../data/schema.js';
import { figureFirst, named } from './joins.js';
import type { LazyCatalog } from './languages.js';

/** Interface strings of `<troop-counter>`. Figures and dates arrive already formatted. */
export interface TroopCounterMessages {
  /** What the headline figure counts: "personnel deployed in Haiti"; `count` picks the plural. */
  label: (status: PersonnelStatus, host: string, count: number) => string;
  /** The headline figure with its label, as a sentence begins: "about 426 personnel deployed…". */
  head: (figure: string, label: string) => string;
  /** After the deployed figure: "of 1,250 pledged". */
  ofPledged: (figure: string) => string;
  /** Beside another headline figure: "about 426 deployed". */
  deployed: (figure: string) => string;
  /** "600 more preparing". */
  preparing: (figure: string) => string;
  /** "as of September 21, 2024". */
  asOf: (date: string) => string;
  /** A text about one contributor: "Jamaica: about 24 personnel…". */
  scoped: (country: string, text: string) => string;
  /** What is said of a contributor that gives no personnel (money only, say). */
  noPersonnel: string;
  /** The accessible name of the progress bar. */
  progress: string;
  /** The sparkline's description, from its points. */
  history: (points: string[]) => string;
  /** One point of the sparkline: "about 200 on June 25, 2024". */
  point: (figure: string, date: string) => string;
}

const EN_STATUS = { deployed: 'deployed in', pledged: 'pledged for', preparing: 'preparing for' };

export const troopCounter: LazyCatalog<'troopCounter'> = {
  key: 'troopCounter',
  en: {
    label: (status, host) => `personnel ${EN_STATUS[status]} ${host}`,
    head: figureFirst,
    ofPledged: (figure) => `of ${figure} pledged`,
    deployed: (figure) => `${figure} deployed`,
    preparing: (figure) => `${figure} more preparing`,
    asOf: (date) => `as of ${date}`,
    scoped: named,
    noPersonnel: 'no personnel in this mission',
    progress: 'Deployed out of pledged',
    history: (points) => `Personnel deployed over time: ${points.join('; ')}.`,
    point: (figure, date) => `${figure} on ${date}`,
  },
};

export interface CounterInput {
  status: PersonnelStatus;
  figures: Headline;
  /** A figure in words: "about 426". */
  format: (figure: Figure) => string;
  /** What the headline figure counts. */
  label: string;
  /** The formatted day of the latest snapshot used, if any. */
  date?: string;
  /** The contributor's name, when the counter shows one only. */
  country?: string;
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The lines shown under the headline figure and the one sentence that says everything to
 * screen readers: "About 426 personnel deployed in Haiti of 1,250 pledged, 600 more preparing,
 * as of September 21, 2024."
 */
export function counterWords(
  m: TroopCounterMessages,
  { status, figures: f, format, label, date, country }: CounterInput,
): { lines: string[]; sentence: string } {
  const pledged = f.pledged.count ? m.ofPledged(format(f.pledged)) : '';
  const deployed = m.deployed(format(f.deployed));
  const detail = { deployed: pledged, pledged: deployed, preparing: `${deployed} ${pledged}`.trim() }[status];
  const preparing = status !== 'preparing' && f.preparing.count ? m.preparing(format(f.preparing)) : '';
  const asOf = date ? m.asOf(date) : '';
  const head = m.head(format(f[status]), label);
  const parts =
    status === 'deployed' ? [`${head} ${detail}`.trim(), preparing, asOf] : [head, detail, preparing, asOf];
  const text = f.hasPersonnel ? parts.filter(Boolean).join(', ') : m.noPersonnel;
  return {
    lines: [detail, preparing, cap(asOf)].filter(Boolean),
    sentence: `${country ? m.scoped(country, text) : cap(text)}.`,
  };
}
