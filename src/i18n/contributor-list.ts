import type { Show } from '../data/contributors.js';
import type { ContributionCounts } from '../data/derive.js';
import type { FundingStatus, PersonnelKind, PersonnelStatus, Role } from '../data/schema.js';
import { formatNumber, pluralRules } from './format.js';
import { messagesFor, type Catalog } from './locale.js';

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
const FR_PEOPLE: Record<PersonnelKind | 'any', [string, string]> = {
  police: ['policier', 'policiers'],
  military: ['militaire', 'militaires'],
  mixed: ['militaire ou policier', 'militaires et policiers'],
  any: ['membre du personnel', 'membres du personnel'],
};
// Haitian Creole nouns do not change in the plural.
const HT_PEOPLE: Record<PersonnelKind | 'any', string> = {
  police: 'polisye',
  military: 'sòlda',
  mixed: 'sòlda ak polisye',
  any: 'moun',
};
const ES_PEOPLE: Record<PersonnelKind | 'any', [string, string]> = {
  police: ['policía', 'policías'],
  military: ['soldado', 'soldados'],
  mixed: ['militar o policía', 'militares y policías'],
  any: ['efectivo', 'efectivos'],
};
const SW_PEOPLE: Record<PersonnelKind | 'any', [string, string]> = {
  police: ['polisi', 'polisi'],
  military: ['mwanajeshi', 'wanajeshi'],
  mixed: ['mwanajeshi au polisi', 'wanajeshi na polisi'],
  any: ['askari', 'askari'],
};
const SW_STATUS: Record<PersonnelStatus, [string, string]> = {
  deployed: ['aliyetumwa', 'waliotumwa'],
  preparing: ['anayejiandaa', 'wanaojiandaa'],
  pledged: ['aliyeahidiwa', 'walioahidiwa'],
};
const named = (name: string, what: string) => `${name}: ${what}`;

export const contributorList: Catalog<ContributorListMessages> = {
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
  fr: {
    caption: 'Pays contributeurs',
    countries: (count, one, money) =>
      `${count} pays ${money ? `contribue${one ? '' : 'nt'} au financement` : `fourni${one ? 't' : 'ssent'} du personnel`}.`,
    head: {
      country: 'Pays',
      role: 'Rôle',
      deployed: 'Déployés',
      preparing: 'En préparation',
      pledged: 'Promis',
      since: 'Première arrivée',
      funding: 'Financement',
      sources: 'Sources',
    },
    role: { lead: 'Pays chef de file', contributor: 'Contributeur' },
    kind: { police: 'Policiers', military: 'Militaires', mixed: 'Policiers et militaires' },
    people: (count, one, kind, status, since) =>
      `${count} ${FR_PEOPLE[kind ?? 'any'][one ? 0 : 1]} ` +
      { deployed: one ? 'déployé' : 'déployés', preparing: 'en préparation', pledged: 'promis' }[status] +
      (since ? ` depuis ${since}` : ''),
    money: (amount, status) => `${amount} ${status === 'pledged' ? 'promis' : 'versés'}`,
    named: (name, what) => `${name}\u00a0: ${what}`,
  },
  ht: {
    caption: 'Peyi ki kontribye',
    countries: (count, _one, money) => `${count} peyi bay ${money ? 'lajan' : 'pèsonèl'}.`,
    head: {
      country: 'Peyi',
      role: 'Wòl',
      deployed: 'Deplwaye',
      preparing: 'Ap prepare',
      pledged: 'Pwomèt',
      since: 'Premye rive',
      funding: 'Finansman',
      sources: 'Sous',
    },
    role: { lead: 'Peyi ki dirije', contributor: 'Kontribitè' },
    kind: { police: 'Polis', military: 'Militè', mixed: 'Polis ak militè' },
    people: (count, _one, kind, status, since) =>
      `${count} ${HT_PEOPLE[kind ?? 'any']} ` +
      { deployed: 'deplwaye', preparing: 'k ap prepare', pledged: 'yo pwomèt' }[status] +
      (since ? ` depi ${since}` : ''),
    money: (amount, status) => `${amount} ${status === 'pledged' ? 'yo pwomèt' : 'yo vèse'}`,
    named,
  },
  es: {
    caption: 'Países contribuyentes',
    countries: (count, one, money) =>
      `${count} ${one ? 'país aporta' : 'países aportan'} ${money ? 'financiación' : 'personal'}.`,
    head: {
      country: 'País',
      role: 'Función',
      deployed: 'Desplegados',
      preparing: 'En preparación',
      pledged: 'Comprometidos',
      since: 'Primera llegada',
      funding: 'Financiación',
      sources: 'Fuentes',
    },
    role: { lead: 'País líder', contributor: 'Contribuyente' },
    kind: { police: 'Policía', military: 'Militar', mixed: 'Policía y militares' },
    people: (count, one, kind, status, since) =>
      `${count} ${ES_PEOPLE[kind ?? 'any'][one ? 0 : 1]} ` +
      { deployed: 'desplegado', preparing: 'en preparación', pledged: 'comprometido' }[status] +
      (status === 'preparing' || one ? '' : 's') +
      (since ? ` desde ${since}` : ''),
    money: (amount, status) => `${amount} ${status === 'pledged' ? 'comprometidos' : 'desembolsados'}`,
    named,
  },
  sw: {
    caption: 'Nchi zinazochangia',
    // Swahili puts the number after the noun: "nchi 3".
    countries: (count, one, money) =>
      `Nchi ${count} ${one ? 'inachangia' : 'zinachangia'} ${money ? 'fedha' : 'askari'}.`,
    head: {
      country: 'Nchi',
      role: 'Jukumu',
      deployed: 'Waliotumwa',
      preparing: 'Wanaojiandaa',
      pledged: 'Walioahidiwa',
      since: 'Kuwasili kwa kwanza',
      funding: 'Ufadhili',
      sources: 'Vyanzo',
    },
    role: { lead: 'Nchi kiongozi', contributor: 'Mchangiaji' },
    kind: { police: 'Polisi', military: 'Jeshi', mixed: 'Polisi na jeshi' },
    people: (count, one, kind, status, since) =>
      `${SW_PEOPLE[kind ?? 'any'][one ? 0 : 1]} ${count} ${SW_STATUS[status][one ? 0 : 1]}` +
      (since ? ` tangu ${since}` : ''),
    money: (amount, status) => `${amount} ${status === 'pledged' ? 'zilizoahidiwa' : 'zilizotolewa'}`,
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
