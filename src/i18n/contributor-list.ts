import type { ContributionCounts } from '../data/contributions.js';
import type { FundingStatus, PersonnelKind, PersonnelStatus } from '../data/schema.js';
import { formatNumber, pluralRules } from './format.js';
import { named } from './joins.js';
import type { LazyCatalog } from './languages.js';
import { messagesFor } from './locale.js';

export interface ContributorListMessages {
  /** The table's caption and the card list's name. */
  caption: string;
  /** "3 countries contribute personnel." or "… funding."; `one` from `Intl.PluralRules`. */
  countries: (count: string, one: boolean, money: boolean) => string;
  /** The same for organisations, which are never counted as countries. */
  organisations: (count: string, one: boolean, money: boolean) => string;
  /** The one country that contributes, by its name as in a sentence: "the United States contributes funding." (capitalised after). */
  sole: (name: string, money: boolean) => string;
  /** `country` heads a list of countries only, `contributor` one with organisations in it. */
  head: Record<
    'country' | 'contributor' | 'role' | PersonnelStatus | 'since' | 'funding' | 'sources',
    string
  >;
  role: Record<'lead' | 'contributor' | 'former' | 'organisation', string>;
  kind: Record<PersonnelKind, string>;
  /** "about 24 soldiers and police deployed since September 2024". */
  people: (
    count: string,
    one: boolean,
    kind: PersonnelKind | undefined,
    status: PersonnelStatus,
    since?: string,
  ) => string;
  /** "300 million US dollars pledged". */
  money: (amount: string, status: FundingStatus) => string;
  /** Money that covers a period: "… for 2025–2026". */
  period: (money: string, period: string) => string;
  /**
   * Money and the fund it went to: "… pledged to the UN trust fund for the MSS", "… received by
   * the …". `money` once, wherever the language puts it: the table keeps it whole on its line.
   */
  fund: (money: string, fund: string, status: FundingStatus) => string;
  /** A former contributor's time in the mission: "from September 2024 to February 2026". */
  between: (from: string | undefined, to: string) => string;
  /** A contributor's first arrival, under its name: "since June 2024". */
  since: (date: string) => string;
  /** Said for a "–" in the table of a former contributor's figure: it has none of them now. */
  none: string;
  /** Said for a "–" in the table where the data gives nothing: "not reported" (not "none", a 0 is shown). */
  unreported: string;
  /** Nothing to list by the day: "No contributions recorded as of June 1, 2024.", or of personnel, or of funding. */
  nothing: (show: 'all' | 'personnel' | 'funding', date: string) => string;
  /** A footnote mark's accessible name: "source 2: AP, 12 September 2024". */
  source: (n: string, detail: string) => string;
  /** A figure's sentence: "Jamaica: …". */
  named: (name: string, what: string) => string;
}

const EN_PEOPLE: Record<PersonnelKind | 'any', [string, string]> = {
  police: ['police officer', 'police officers'],
  military: ['soldier', 'soldiers'],
  civilian: ['civilian', 'civilians'],
  mixed: ['soldier or police officer', 'soldiers and police'],
  any: ['person', 'people'],
};

export const contributorList: LazyCatalog<'contributorList'> = {
  key: 'contributorList',
  en: {
    caption: 'Contributors',
    countries: (count, one, money) =>
      `${count} ${one ? 'country contributes' : 'countries contribute'} ${money ? 'funding' : 'personnel'}.`,
    organisations: (count, one, money) =>
      `${count} ${one ? 'organisation contributes' : 'organisations contribute'} ${money ? 'funding' : 'personnel'}.`,
    sole: (name, money) => `${name} contributes ${money ? 'funding' : 'personnel'}.`,
    head: {
      country: 'Country',
      contributor: 'Contributor',
      role: 'Role',
      deployed: 'Deployed',
      preparing: 'Preparing',
      pledged: 'Pledged',
      since: 'First arrival',
      funding: 'Funding',
      sources: 'Sources',
    },
    role: {
      lead: 'Lead nation',
      contributor: 'Contributor',
      former: 'Former contributor',
      organisation: 'Organisation',
    },
    kind: { police: 'Police', military: 'Military', civilian: 'Civilian', mixed: 'Police and military' },
    people: (count, one, kind, status, since) =>
      `${count} ${EN_PEOPLE[kind ?? 'any'][one ? 0 : 1]} ${status === 'preparing' ? 'preparing to deploy' : status}` +
      (since ? ` since ${since}` : ''),
    money: (amount, status) => `${amount} ${status}`,
    period: (money, period) => `${money} for ${period}`,
    // The data names a fund as a common noun ("UN trust fund for the MSS"): it takes "the".
    fund: (money, fund, status) =>
      `${money} ${{ pledged: 'to', committed: 'to', received: 'by', frozen: 'in', withdrawn: 'from' }[status]} the ${fund}`,
    between: (from, to) => (from ? `from ${from} to ${to}` : `until ${to}`),
    since: (date) => `since ${date}`,
    none: 'none',
    unreported: 'not reported',
    nothing: (show, date) =>
      `No ${{ all: 'contributions', personnel: 'personnel', funding: 'funding' }[show]} recorded as of ${date}.`,
    source: (n, detail) => `source ${n}: ${detail}`,
    named,
  },
};

/**
 * The line on top: "3 countries contribute personnel. 2 countries contribute funding. 1
 * organisation contributes funding."; a single country by name, from `sole`: "Jamaica
 * contributes personnel."; a kind the data records nothing of by the day (`unrecorded`, with
 * that day in words), not as "0 countries": "No funding recorded as of June 30, 2024."
 */
export function countriesLine(
  counts: ContributionCounts,
  show: 'all' | 'personnel' | 'funding',
  locale: string,
  sole: Record<'personnel' | 'funding', string | undefined> = { personnel: undefined, funding: undefined },
  unrecorded: ('personnel' | 'funding')[] = [],
  day = '',
): string {
  const plural = pluralRules(locale);
  const m = messagesFor(contributorList, locale);
  return (['personnel', 'funding'] as const)
    .filter((what) => show === 'all' || show === what)
    .flatMap((what) => {
      if (unrecorded.includes(what)) return [m.nothing(what, day)];
      const say = (count: number, words: typeof m.countries) =>
        words(formatNumber(count, locale), plural.select(count) === 'one', what === 'funding');
      const organisations = counts.organisations[what];
      const name = sole[what];
      const country = name ? m.sole(name, what === 'funding') : say(counts[what], m.countries);
      // "0 countries" only where no organisation contributes either.
      return [
        ...(counts[what] || !organisations ? [country.charAt(0).toUpperCase() + country.slice(1)] : []),
        ...(organisations ? [say(organisations, m.organisations)] : []),
      ];
    })
    .join(' ');
}
