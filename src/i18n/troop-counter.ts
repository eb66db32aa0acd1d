import type { PersonnelStatus } from '../data/schema.js';
import type { Target } from '../data/headline.js';
import { figureFirst, formatList, named } from './joins.js';
import type { LazyCatalog } from './languages.js';

/** Interface strings of `<troop-counter>`. Figures, dates and names arrive already formatted. */
export interface TroopCounterMessages {
  /**
   * What the headline figure counts: "personnel deployed in Haiti"; `noun` is the data's own word
   * for the people counted (`labels.personnel`), `host` may be absent, `count` picks the plural.
   */
  label: (status: PersonnelStatus, host: string | undefined, count: number, noun?: string) => string;
  /** The headline figure with its label, as a sentence begins: "about 426 personnel deployed…". */
  head: (figure: string, label: string) => string;
  /** After the deployed figure: "of 1,250 pledged", "of 5,550 authorised", "of 2,500 planned". */
  of: (kind: Target['kind'], figure: string) => string;
  /** The target on its own, where no figure of deployed is reported: "800 pledged", "5,550 authorised". */
  target: (kind: Target['kind'], figure: string) => string;
  /** Deployed above the target, said plainly: "110 more than the 400 pledged". */
  above: (kind: Target['kind'], excess: string, figure: string) => string;
  /** Beside another headline figure: "about 426 deployed". */
  deployed: (figure: string) => string;
  /** "600 more preparing"; without a figure, more are preparing but their number is not reported. */
  preparing: (figure?: string) => string;
  /** "as of September 21, 2024". */
  asOf: (date: string) => string;
  /** A text about one contributor, or in one phase: "Jamaica: about 24 personnel…". */
  scoped: (name: string, text: string) => string;
  /** A phase that has ended: "Multinational Security Support mission (ended)". */
  ended: (phase: string) => string;
  /** What is said of a contributor that gives no personnel (money only, say). */
  noPersonnel: string;
  /**
   * No figure of what the headline counts is reported by the day: "no figure reported as of
   * January 1, 2023"; with `label`, what it counts, for the sentence that stands alone.
   */
  noFigure: (date: string, label?: string) => string;
  /** A former contributor: "left the mission on June 30, 2024" (`day`), "in June 2024". */
  left: (date: string, day: boolean) => string;
  /** What a former contributor had, as the headline: "had 600" (before its label). */
  had: (figure: string) => string;
  /** The sources in one line: "Sources: AP, The Standard and 4 more"; `more` is formatted, absent for none. */
  sources: (publishers: string[], more?: string) => string;
  /** The headline shows the mission's total, and the contributors' figures add up otherwise. */
  totalShown: (sum: string) => string;
  /** The headline adds the contributors' figures, newer than the mission's last total. */
  sumShown: (total: string, date: string) => string;
  /** How old parts of a sum are: "Guatemala's figure is from January 2025"; `several` names. */
  partDate: (names: string, date: string, several: boolean) => string;
  /** Casualties among mission personnel: "3 killed and 5 injured among mission personnel". */
  casualties: (killed: string, injured: string, one: [boolean, boolean]) => string;
}

const EN_STATUS = { deployed: 'deployed', pledged: 'pledged', preparing: 'preparing' };
const EN_WHERE = { deployed: 'in', pledged: 'for', preparing: 'for' };
const EN_TARGET = { pledged: 'pledged', authorised: 'authorised', planned: 'planned' };

export const troopCounter: LazyCatalog<'troopCounter'> = {
  key: 'troopCounter',
  en: {
    label: (status, host, _count, noun = 'personnel') =>
      `${noun} ${EN_STATUS[status]}${host ? ` ${EN_WHERE[status]} ${host}` : ''}`,
    head: figureFirst,
    of: (kind, figure) => `of ${figure} ${EN_TARGET[kind]}`,
    target: (kind, figure) => `${figure} ${EN_TARGET[kind]}`,
    above: (kind, excess, figure) => `${excess} more than the ${figure} ${EN_TARGET[kind]}`,
    deployed: (figure) => `${figure} deployed`,
    preparing: (figure) => (figure ? `${figure} more preparing` : 'more preparing, number not reported'),
    asOf: (date) => `as of ${date}`,
    scoped: named,
    ended: (phase) => `${phase} (ended)`,
    noPersonnel: 'no personnel in this mission',
    noFigure: (date, label) => `no figure reported${label ? ` for ${label}` : ''} as of ${date}`,
    left: (date, day) => `left the mission ${day ? 'on' : 'in'} ${date}`,
    had: (figure) => `had ${figure}`,
    sources: (names, more) =>
      `Sources: ${more ? `${names.join(', ')} and ${more} more` : formatList(names, 'en')}`,
    totalShown: (sum) =>
      `This is the mission's reported total; the contributors' own figures add up to ${sum}`,
    sumShown: (total, date) =>
      `This adds up the contributors' latest figures, newer than the mission's last reported total (${total}, ${date})`,
    partDate: (names, date, several) =>
      several ? `figures from ${date} for ${names}` : `${names}'s figure is from ${date}`,
    casualties: (killed, injured) => `${killed} killed and ${injured} injured among mission personnel`,
  },
};
