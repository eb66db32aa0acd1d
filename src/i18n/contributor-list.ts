import type { Show } from '../data/contributors.js';
import type { ContributionCounts } from '../data/derive.js';
import type { FundingStatus, PersonnelKind, PersonnelStatus, Role } from '../data/schema.js';
import { formatNumber, pluralRules } from './format.js';
import { named } from './joins.js';
import type { LazyCatalog } from './languages.js';
import { messagesFor } from './locale.js';

export interface ContributorListMessages {
  /** The table's caption and the card list's name. */
  caption: string;
  /** "3 countries contribute personnel." or "… funding."; `one` from `Intl.PluralRules`. */
  countries: (count: string, one: boolean, money: boolean) => string;
  head: Record<'country' | 'role' | PersonnelStatus | 'since' | 'funding' | 'sources', string>;
  role: Record<Role, string>;
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
  /** A figure's sentence: "Jamaica: …". */
  named: (name: string, what: string) => string;
}

const EN_PEOPLE: Record<PersonnelKind | 'any', [string, string]> = {
  police: ['police officer', 'police officers'],
  military: ['soldier', 'soldiers'],
  mixed: ['soldier or police officer', 'soldiers and police'],
  any: ['person', 'people'],
};

export const contributorList: LazyCatalog<'contributorList'> = {
  key: 'contributorList',
  en: {
    caption: 'Contributing countries',
    countries: (count, one, money) =>
      `${count} ${one ? 'country contributes' : 'countries contribute'} ${money ? 'funding' : 'personnel'}.`,
    head: {
      country: 'Country',
      role: 'Role',
      deployed: 'Deployed',
      preparing: 'Preparing',
      pledged: 'Pledged',
      since: 'First arrival',
      funding: 'Funding',
      sources: 'Sources',
    },
    role: { lead: 'Lead nation', contributor: 'Contributor' },
    kind: { police: 'Police', military: 'Military', mixed: 'Police and military' },
    people: (count, one, kind, status, since) =>
      `${count} ${EN_PEOPLE[kind ?? 'any'][one ? 0 : 1]} ${status === 'preparing' ? 'preparing to deploy' : status}` +
      (since ? ` since ${since}` : ''),
    money: (amount, status) => `${amount} ${status}`,
    named,
  },
};

/** The line on top: "3 countries contribute personnel. 2 countries contribute funding." */
export function countriesLine(counts: ContributionCounts, show: Show, locale: string): string {
  const plural = pluralRules(locale);
  const { countries } = messagesFor(contributorList, locale);
  return (['personnel', 'funding'] as const)
    .filter((what) => show === 'all' || show === what)
    .map((what) => {
      const count = counts[what];
      return countries(formatNumber(count, locale), plural.select(count) === 'one', what === 'funding');
    })
    .join(' ');
}
