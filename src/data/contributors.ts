/**
 * The rows of a contributor list: one per contributing country, as it stood on a day, filtered
 * and sorted. Pure functions, no DOM; country names come from `Intl` through `countryName`.
 */
import { countryName } from '../i18n/format.js';
import { isPartialDate, lastDay, type Day } from './dates.js';
import {
  contributionCounts,
  contributorFigure,
  contributorsInScope,
  firstArrival,
  fundingFigures,
  hasStarted,
  type ContributionCounts,
  type Figure,
  type FundingFigure,
} from './derive.js';
import type { MissionData, PersonnelKind, PersonnelStatus, Role } from './schema.js';

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

export interface ContributorRow {
  country: string;
  /** The country's name in the query's locale. */
  name: string;
  role: Role;
  kind?: PersonnelKind;
  /** The figure per status, for the statuses with a snapshot by the day. */
  personnel: Partial<Record<PersonnelStatus, Figure>>;
  /** The day its first personnel were deployed. */
  arrival?: Day;
  funding: FundingFigure[];
  /** Ids of the sources behind what the row shows, in order of first use. */
  sources: string[];
}

export interface RowQuery {
  locale: string;
  /** As the list stood on this day; the latest when absent. */
  asOf?: Day;
  /** Only these countries (ISO alpha-2 codes); all when empty. */
  countries?: readonly string[];
  show?: Show;
  sort?: SortOrder;
}

/** A column of the list, after the country. */
export type Column = 'role' | PersonnelStatus | 'since' | 'funding' | 'sources';

/** The element's settings, as its attributes give them. */
export interface ListSettings {
  locale: string;
  sort?: string;
  country?: string;
  show?: string;
  asOf?: string;
}

export interface ContributorView {
  show: Show;
  columns: Column[];
  rows: ContributorRow[];
  /** How many countries in scope give people, and money, by the day. */
  counts: ContributionCounts;
}

/** Everything the list shows, from its settings; unknown values fall back to the defaults. */
export function contributorView(data: MissionData, settings: ListSettings): ContributorView {
  const show = oneOf(settings.show, SHOW_OPTIONS);
  const scope = { asOf: asOfDay(settings.asOf), countries: countryCodes(settings.country) };
  const sort = oneOf(settings.sort, SORT_ORDERS);
  return {
    show,
    columns: [
      'role',
      ...(show === 'funding' ? [] : ([...STATUS_ORDER, 'since'] as const)),
      ...(show === 'personnel' ? [] : (['funding'] as const)),
      'sources',
    ],
    rows: contributorRows(data, { ...scope, locale: settings.locale, show, sort }),
    counts: contributionCounts(data, scope),
  };
}

/** The `as-of` attribute as a day: a partial date means its last day; anything else, none. */
export function asOfDay(value: string | null | undefined): Day | undefined {
  return value && isPartialDate(value) ? lastDay(value) : undefined;
}

/** The `country` attribute as codes: "ke jm" → ["KE", "JM"]. */
export function countryCodes(value: string | null | undefined): string[] {
  return (value ?? '')
    .toUpperCase()
    .split(/[\s,]+/)
    .filter(Boolean);
}

/** A value among the allowed ones, or the default for anything else. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T {
  return allowed.includes(value as T) ? (value as T) : allowed[0];
}

const byStatus = (row: ContributorRow, status: PersonnelStatus) => row.personnel[status]?.count ?? 0;

/** The contributor list's rows, filtered by `countries`, `asOf` and `show`, then sorted. */
export function contributorRows(data: MissionData, query: RowQuery): ContributorRow[] {
  const { locale, asOf, show = 'all', sort = 'personnel' } = query;
  const rows: ContributorRow[] = [];
  for (const contributor of contributorsInScope(data, { countries: query.countries })) {
    if (!hasStarted(contributor, asOf)) continue;
    const row: ContributorRow = {
      country: contributor.country,
      name: countryName(contributor.country, locale),
      role: contributor.role,
      kind: contributor.personnelKind,
      personnel: {},
      funding: show === 'personnel' ? [] : fundingFigures(contributor, asOf),
      sources: [],
    };
    const cite = (ids: readonly string[]) => {
      for (const id of ids) if (!row.sources.includes(id)) row.sources.push(id);
    };
    if (show !== 'funding') {
      for (const status of STATUS_ORDER) {
        const figure = contributorFigure(contributor, status, asOf);
        if (!figure) continue;
        row.personnel[status] = figure;
        cite(figure.sources);
      }
      row.arrival = firstArrival(contributor, asOf);
      const first = contributor.personnel.find(
        ({ status, date, count }) => status === 'deployed' && date === row.arrival && count > 0,
      );
      if (first) cite(first.sources);
    }
    row.funding.forEach((figure) => cite(figure.sources));
    const givesPeople = STATUS_ORDER.some((status) => byStatus(row, status) > 0);
    const givesMoney = row.funding.some(({ amount }) => amount > 0);
    if (show === 'all' || (show === 'personnel' ? givesPeople : givesMoney)) rows.push(row);
  }
  return sortRows(rows, sort, locale);
}

/**
 * `personnel`: most deployed first, then most preparing, then most pledged; `arrival`: earliest
 * first arrival first, those without one last; `name`: by name in the locale's collation. Ties
 * go by name.
 */
export function sortRows(rows: ContributorRow[], sort: SortOrder, locale: string): ContributorRow[] {
  const collator = new Intl.Collator(locale);
  const byName = (a: ContributorRow, b: ContributorRow) => collator.compare(a.name, b.name);
  const compare: Record<SortOrder, (a: ContributorRow, b: ContributorRow) => number> = {
    personnel: (a, b) =>
      STATUS_ORDER.reduce((order, status) => order || byStatus(b, status) - byStatus(a, status), 0),
    // Days compare as text; no arrival sorts after every day.
    arrival: ({ arrival: x = '~' }, { arrival: y = '~' }) => (x < y ? -1 : x > y ? 1 : 0),
    name: () => 0,
  };
  return [...rows].sort((a, b) => compare[sort](a, b) || byName(a, b));
}
