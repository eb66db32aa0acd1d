/**
 * What `<contributor-list>` shows: one row per contributor (countries and organisations, never
 * mixed up) as it stood on a day, filtered and sorted, the line that counts them, and the
 * mission's own funds. Names and words come from i18n; the figures from the data room.
 */
import type { Day, PartialDate } from '../data/dates.js';
import {
  contributionCounts,
  contributorsGiving,
  type ContributorsGiving,
  firstArrival,
  hasStarted,
  kindsOf,
  type ContributionCounts,
} from '../data/contributions.js';
import { contributorFigure, contributorsInScope, hasLeft, phaseOn, type Figure } from '../data/derive.js';
import { fundFigures, fundingFigures, namesFund, type MoneyFigure } from '../data/money.js';
import { isNone, pointOf } from '../data/quantity.js';
import type { Contributor, MissionData, PersonnelKind, PersonnelStatus, Text } from '../data/schema.js';
import { common } from '../i18n/common.js';
import { contributorList, countriesLine } from '../i18n/contributor-list.js';
import { formatDate } from '../i18n/format.js';
import { countryInText } from '../i18n/joins.js';
import { messagesFor, otherLanguage } from '../i18n/locale.js';
import { formatMoney } from '../i18n/money.js';
import { readScope, oneOf, type ScopeSettings } from './scope.js';
import { contributorName } from './names.js';
import { textIn } from './words.js';

export { asOfDay, oneOf, words } from './scope.js';

/** The first is the default. */
export const SORT_ORDERS = ['personnel', 'arrival', 'name'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
/** The first is the default. */
export const SHOW_OPTIONS = ['all', 'personnel', 'funding'] as const;
export type Show = (typeof SHOW_OPTIONS)[number];
/** Statuses in the order a reader meets them: what is there, what is coming, what was promised. */
export const STATUS_ORDER = [
  'deployed',
  'preparing',
  'pledged',
] as const satisfies readonly PersonnelStatus[];

/** A row's role: the lead of the phase in force, a contributor, or one that has left. */
export type Role = 'lead' | 'contributor' | 'former';

export interface ContributorRow {
  id: string;
  type: Contributor['type'];
  /** The name in the query's locale: a country's from `Intl`, an organisation's from the data. */
  name: string;
  /** An organisation's name's language, where it is not the one the list speaks. */
  lang?: string;
  /** The ISO code of a country, the short name of an organisation. */
  badge: string;
  role: Role;
  /** The kind of personnel its figures count: one, or `mixed` when they name several. */
  kind?: PersonnelKind;
  /** The figure per status, for the statuses with a figure by the day. */
  personnel: Partial<Record<PersonnelStatus, Figure>>;
  /** The date its first personnel were deployed. */
  arrival?: PartialDate;
  /** The date it left, for a former contributor. */
  left?: PartialDate;
  funding: MoneyFigure[];
  /** Ids of the sources behind what the row shows, in order of first use. */
  sources: string[];
  /** Its deployed personnel as a share of the most any row has deployed (0–1), for its bar. */
  share?: number;
}

export interface RowQuery {
  locale: string;
  /** As the list stood on this day; the latest when absent. */
  asOf?: Day;
  /** Only these contributors (ISO codes or ids); all when empty. */
  contributors?: readonly string[];
  show?: Show;
  sort?: SortOrder;
}

/** A column of the list, after the name (which also says the role and the kind of personnel). */
export type Column = PersonnelStatus | 'funding' | 'sources';

/** The element's settings, as its attributes give them. */
export interface ListSettings extends ScopeSettings {
  locale: string;
  sort?: string;
  show?: string;
}

export interface FundLine {
  id: string;
  name: string;
  money: MoneyFigure[];
  /** Its figures' sources, then its own (its note's), in order of first use. */
  sources: string[];
  note?: Text;
}

export interface ContributorView {
  /** What the list shows: its `show`, or the one kind that the contributors `country` names give. */
  show: Show;
  columns: Column[];
  rows: ContributorRow[];
  /** How many countries, and organisations, in scope give people and money by the day. */
  counts: ContributionCounts;
  /** The one country that gives people, or money, where one does: its name in a sentence ("the United States"). */
  sole: Record<'personnel' | 'funding', string | undefined>;
  /** The mission's funds, with money by the day (unless only personnel is shown). */
  funds: FundLine[];
  /** The sources of the fund lines, then of every row, numbered as footnotes: each cites them by position + 1. */
  footnotes: string[];
  /**
   * Nothing to list by the day (an `as-of` before the first entry, contributors the data does
   * not have): the sentence that says so, in place of zero counts and an empty table.
   */
  empty?: string;
  /**
   * The line on top: who contributes each kind shown, or that the data records none of it by
   * the day (personnel only, or money not yet given): never "0 countries contribute funding".
   */
  summary: string;
}

/** Everything the list shows, from its settings; unknown values fall back to the defaults. */
export function contributorView(data: MissionData, settings: ListSettings): ContributorView {
  const show = oneOf(settings.show, SHOW_OPTIONS);
  const scope = readScope(settings);
  const sort = oneOf(settings.sort, SORT_ORDERS);
  const text = textIn(settings.locale, data.language);
  const rows = contributorRows(data, { ...scope, locale: settings.locale, show, sort });
  const giving = contributorsGiving(data, scope);
  const funds =
    show === 'personnel' || scope.contributors?.length
      ? []
      : data.funds
          .map((fund) => {
            const money = fundFigures(fund, scope.asOf);
            const sources = [...new Set([...money.flatMap((figure) => figure.sources), ...fund.sources])];
            return { id: fund.id, name: text(fund.name), money, sources, note: fund.note };
          })
          .filter((fund) => fund.money.length > 0);
  // Contributors chosen by name show only the kind they give, if they give one: a column of
  // dashes, and "0 countries contribute funding" on top, would read as if nobody funded the mission.
  const people = rows.some((row) => Object.keys(row.personnel).length > 0);
  const money = rows.some((row) => row.funding.length > 0);
  const shown =
    show === 'all' && scope.contributors?.length && people !== money
      ? people
        ? 'personnel'
        : 'funding'
      : show;
  const day = formatDate(scope.asOf ?? data.updated, settings.locale);
  const empty =
    rows.length || funds.length
      ? undefined
      : messagesFor(contributorList, settings.locale).nothing(shown, day);
  const counts = contributionCounts(data, scope, giving);
  const sole = soleCountries(giving, settings.locale);
  // A kind the data has no figure of by the day, for anyone: not even a former contributor's
  // people, or money in the mission's funds (then "0 countries" is true, and said).
  const unrecorded = (['personnel', 'funding'] as const).filter((what) =>
    what === 'personnel' ? !people && !rows.some((row) => row.left) : !money && !funds.length,
  );
  return {
    show: shown,
    empty,
    columns: [
      ...(shown === 'funding' ? [] : STATUS_ORDER),
      ...(shown === 'personnel' ? [] : (['funding'] as const)),
      'sources',
    ],
    rows: withShares(rows),
    counts,
    sole,
    summary: countriesLine(counts, shown, settings.locale, sole, unrecorded, day),
    funds,
    // In reading order: the fund lines stand above the rows.
    footnotes: [...new Set([...funds, ...rows].flatMap((item) => item.sources))],
  };
}

/** Per kind, the name of the one country in scope that gives it, where exactly one does (organisations apart). */
function soleCountries(giving: ContributorsGiving, locale: string): ContributorView['sole'] {
  const sole = (what: keyof typeof giving) => {
    const codes = giving[what].flatMap((c) => (c.type === 'country' ? [c.country] : []));
    return codes.length === 1 ? countryInText(codes[0], locale) : undefined;
  };
  // Both keys its own: a kind with no single country must not find a name a page put on Object.prototype.
  return { personnel: sole('personnel'), funding: sole('funding') };
}

/**
 * An amount in words in three pieces: the words a named fund adds before it, the amount with its
 * status ("300 million US dollars pledged for 2025–2026"), and the fund's words after it ("… to
 * the UN trust fund for the MSS"), as the language orders them; no fund, no words around it.
 */
export function moneyParts(money: MoneyFigure, locale: string, fund?: string): [string, string, string] {
  const m = messagesFor(contributorList, locale);
  const amount = formatMoney(money.amount, money.currency, locale);
  const text = m.money(money.approximate ? messagesFor(common, locale).about(amount) : amount, money.status);
  const period =
    money.period && `${formatDate(money.period.start, locale)}–${formatDate(money.period.end, locale)}`;
  const said = period ? m.period(text, period) : text;
  // The fund's message said around a mark, which the amount then stands in for: wherever the
  // language names the fund, the amount and the fund's name come apart whole.
  const words = fund ? m.fund('\u0000', fund, money.status) : '\u0000';
  const at = words.indexOf('\u0000');
  return [words.slice(0, at), said, words.slice(at + 1)];
}

/**
 * An amount in words, as the list and the editors' list of changes say it: "300 million US
 * dollars pledged for 2025–2026", "… pledged to the UN trust fund for the MSS" when `fund` names
 * where it went.
 */
export const moneyText = (money: MoneyFigure, locale: string, fund?: string): string =>
  moneyParts(money, locale, fund).join('');

/** A fund's name by its id, in the words `text` picks; none for an id the data does not hold. */
export const fundNamed =
  (data: MissionData, text: (value: Text) => string) =>
  (id: string): string | undefined => {
    const fund = data.funds.find((f) => f.id === id);
    return fund && text(fund.name);
  };

/**
 * An amount as a row shows it, in `moneyParts`' three pieces: with its fund when another amount of
 * its status stands beside it.
 */
export const shownMoney = (
  money: MoneyFigure,
  all: readonly MoneyFigure[],
  locale: string,
  fundName: (id: string) => string | undefined,
) => moneyParts(money, locale, namesFund(money, all) ? fundName(money.to!) : undefined);

/** Each row's bar: its deployed personnel against the most deployed by any row. */
function withShares(rows: ContributorRow[]): ContributorRow[] {
  const most = Math.max(0, ...rows.map((row) => byStatus(row, 'deployed')));
  for (const row of rows) {
    const deployed = row.personnel.deployed;
    if (deployed && most > 0) row.share = pointOf(deployed) / most;
  }
  return rows;
}

const byStatus = (row: ContributorRow, status: PersonnelStatus) => {
  const figure = row.personnel[status];
  return figure ? pointOf(figure) : 0;
};

/** The contributor list's rows, filtered by `contributors`, `asOf` and `show`, then sorted. */
export function contributorRows(data: MissionData, query: RowQuery): ContributorRow[] {
  const { locale, asOf, show = 'all', sort = 'personnel' } = query;
  const text = textIn(locale, data.language);
  // The lead of the phase in force: a mission with none highlights nobody.
  const leads = phaseOn(data, asOf)?.phase.leads ?? [];
  const rows: ContributorRow[] = [];
  for (const contributor of contributorsInScope(data, { contributors: query.contributors })) {
    if (!hasStarted(contributor, asOf)) continue;
    const kinds = kindsOf(contributor);
    const left = hasLeft(contributor, asOf) ? contributor.left : undefined;
    const row: ContributorRow = {
      id: contributor.id,
      type: contributor.type,
      name: contributorName(contributor, locale, text),
      lang:
        contributor.type === 'organisation'
          ? otherLanguage(contributor.name, locale, data.language)
          : undefined,
      badge: contributorBadge(contributor, text),
      role: left ? 'former' : leads.includes(contributor.id) ? 'lead' : 'contributor',
      kind: kinds.length > 1 ? 'mixed' : kinds[0],
      personnel: {},
      left,
      funding: show === 'personnel' ? [] : fundingFigures(contributor, asOf),
      sources: [],
    };
    const cite = (ids: readonly string[]) => {
      for (const id of ids) if (!row.sources.includes(id)) row.sources.push(id);
    };
    if (show !== 'funding') {
      for (const status of STATUS_ORDER) {
        const figure = contributorFigure(contributor, status, asOf);
        // A former contributor is not "0 since": its dates say when it was there.
        if (!figure || left) continue;
        row.personnel[status] = figure;
        cite(figure.sources);
      }
      row.arrival = firstArrival(contributor, asOf);
      const first = contributor.personnel.find(
        ({ status, date }) => status === 'deployed' && date === row.arrival,
      );
      if (first) cite(first.sources);
    }
    row.funding.forEach((figure) => cite(figure.sources));
    const givesPeople = STATUS_ORDER.some(
      (status) => row.personnel[status] && !isNone(row.personnel[status]),
    );
    const givesMoney = row.funding.some(({ amount }) => amount > 0);
    if (show === 'all' || (show === 'personnel' ? givesPeople || !!left : givesMoney)) rows.push(row);
  }
  return sortRows(rows, sort, locale);
}

/** Names in the locale's collation; in code-point order where `Intl.Collator` is missing. */
function nameOrder(locale: string): (a: ContributorRow, b: ContributorRow) => number {
  try {
    const collator = new Intl.Collator(locale);
    return (a, b) => collator.compare(a.name, b.name);
  } catch {
    return ({ name: x }, { name: y }) => (x < y ? -1 : x > y ? 1 : 0);
  }
}

/**
 * `personnel`: most deployed first, then most preparing, then most pledged, former contributors
 * last; `arrival`: earliest first arrival first, those without one last; `name`: by name in the
 * locale's collation. Ties go by name.
 */
export function sortRows(rows: ContributorRow[], sort: SortOrder, locale: string): ContributorRow[] {
  const byName = nameOrder(locale);
  const former = (row: ContributorRow) => (row.role === 'former' ? 1 : 0);
  const compare: Record<SortOrder, (a: ContributorRow, b: ContributorRow) => number> = {
    personnel: (a, b) =>
      former(a) - former(b) ||
      STATUS_ORDER.reduce((order, status) => order || byStatus(b, status) - byStatus(a, status), 0),
    // Dates compare by their first day; no arrival sorts after every day.
    arrival: ({ arrival: x = '~' }, { arrival: y = '~' }) => (x < y ? -1 : x > y ? 1 : 0),
    name: () => 0,
  };
  return [...rows].sort((a, b) => compare[sort](a, b) || byName(a, b));
}

/** The short badge beside a name: a country's ISO code, an organisation's short name or id. */
function contributorBadge(contributor: Contributor, text: (value: Text) => string): string {
  if (contributor.type === 'country') return contributor.country;
  return contributor.shortName ? text(contributor.shortName) : contributor.id.toUpperCase();
}
