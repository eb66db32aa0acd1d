/**
 * Figures derived from the dated snapshots. Nothing here is stored: "as of a day" is the latest
 * snapshot on or before that day, per contributor and status. Pure functions, no DOM.
 */
import { firstDay, lastDay, type Day, type PartialDate } from './dates.js';
import type {
  Category,
  Contributor,
  FundingSnapshot,
  FundingStatus,
  MissionData,
  MissionEvent,
  PersonnelStatus,
} from './schema.js';
import { CATEGORIES } from './constants.js';

/** A derived figure and what stands behind it. */
export interface Figure {
  count: number;
  /** True when any part of the figure was given as approximate. */
  approximate: boolean;
  /** The latest snapshot day the figure uses; undefined when no snapshot applies. */
  date?: Day;
  /** Ids of the sources cited by the snapshots used, in order of first use. */
  sources: string[];
}

export interface Scope {
  /** Figures as they stood on this day; the latest figures when absent. */
  asOf?: Day;
  /** Only these contributors (ISO alpha-2 codes); all when absent or empty. */
  countries?: readonly string[];
}

const onOrBefore = (date: Day, asOf?: Day) => asOf === undefined || date <= asOf;

/** The latest snapshot with this status on or before `asOf`. */
export function latestSnapshot<T extends { date: Day; status: string }>(
  snapshots: readonly T[],
  status: string,
  asOf?: Day,
): T | undefined {
  let latest: T | undefined;
  for (const snapshot of snapshots) {
    if (snapshot.status !== status || !onOrBefore(snapshot.date, asOf)) continue;
    if (!latest || snapshot.date >= latest.date) latest = snapshot;
  }
  return latest;
}

/** One contributor's figure for one status, or undefined when it has no snapshot yet. */
export function contributorFigure(
  contributor: Contributor,
  status: PersonnelStatus,
  asOf?: Day,
): Figure | undefined {
  const snapshot = latestSnapshot(contributor.personnel, status, asOf);
  if (!snapshot) return undefined;
  return {
    count: snapshot.count,
    approximate: snapshot.approximate,
    date: snapshot.date,
    sources: [...snapshot.sources],
  };
}

/** Adds figures: approximate if any part is, dated by the latest part, citing every part. */
export function sumFigures(figures: readonly (Figure | undefined)[]): Figure {
  const total: Figure = { count: 0, approximate: false, sources: [] };
  for (const figure of figures) {
    if (!figure) continue;
    total.count += figure.count;
    total.approximate ||= figure.approximate;
    if (figure.date && (!total.date || figure.date > total.date)) total.date = figure.date;
    for (const id of figure.sources) if (!total.sources.includes(id)) total.sources.push(id);
  }
  return total;
}

export function contributorsInScope(data: MissionData, scope: Scope = {}): Contributor[] {
  const { countries } = scope;
  if (!countries?.length) return data.contributors;
  return data.contributors.filter((contributor) => countries.includes(contributor.country));
}

/** Total personnel with this status across the contributors in scope. */
export function personnelTotal(data: MissionData, status: PersonnelStatus, scope: Scope = {}): Figure {
  return sumFigures(contributorsInScope(data, scope).map((c) => contributorFigure(c, status, scope.asOf)));
}

/** The day a contributor's first personnel were deployed (count above 0), if by `asOf`. */
export function firstArrival(contributor: Contributor, asOf?: Day): Day | undefined {
  let first: Day | undefined;
  for (const { status, count, date } of contributor.personnel) {
    if (status === 'deployed' && count > 0 && onOrBefore(date, asOf) && (!first || date < first))
      first = date;
  }
  return first;
}

/** Whether a contributor had said or done anything by `asOf` (its first snapshot is not later). */
export function hasStarted(contributor: Contributor, asOf?: Day): boolean {
  return [...contributor.personnel, ...contributor.funding].some(({ date }) => onOrBefore(date, asOf));
}

export interface FundingFigure {
  status: FundingStatus;
  currency: string;
  amount: number;
  approximate: boolean;
  date: Day;
  sources: string[];
}

/** A contributor's funding as of a day: the latest amount per status and currency. */
export function fundingFigures(contributor: Contributor, asOf?: Day): FundingFigure[] {
  const latest = new Map<string, FundingSnapshot>();
  for (const snapshot of contributor.funding) {
    if (!onOrBefore(snapshot.date, asOf)) continue;
    const key = `${snapshot.status} ${snapshot.currency}`;
    const current = latest.get(key);
    if (!current || snapshot.date >= current.date) latest.set(key, snapshot);
  }
  return [...latest.values()].map(({ status, currency, amount, approximate, date, sources }) => ({
    status,
    currency,
    amount,
    approximate,
    date,
    sources: [...sources],
  }));
}

export interface HistoryPoint {
  date: Day;
  count: number;
  approximate: boolean;
}

/** Total deployed at each day a deployed snapshot changes it, oldest first. */
export function deployedHistory(data: MissionData, scope: Scope = {}): HistoryPoint[] {
  const contributors = contributorsInScope(data, scope);
  const days = new Set<Day>();
  for (const contributor of contributors) {
    for (const { status, date } of contributor.personnel) {
      if (status === 'deployed' && onOrBefore(date, scope.asOf)) days.add(date);
    }
  }
  return [...days].sort().map((date) => {
    const { count, approximate } = personnelTotal(data, 'deployed', { ...scope, asOf: date });
    return { date, count, approximate };
  });
}

export interface ContributionCounts {
  /** Countries with personnel pledged, preparing or deployed (count above 0). */
  personnel: number;
  /** Countries with funding pledged or disbursed (amount above 0). */
  funding: number;
}

export function contributionCounts(data: MissionData, scope: Scope = {}): ContributionCounts {
  const contributors = contributorsInScope(data, scope);
  const givesPeople = (c: Contributor) =>
    (['pledged', 'preparing', 'deployed'] as const).some(
      (s) => (contributorFigure(c, s, scope.asOf)?.count ?? 0) > 0,
    );
  const givesMoney = (c: Contributor) => fundingFigures(c, scope.asOf).some(({ amount }) => amount > 0);
  return {
    personnel: contributors.filter(givesPeople).length,
    funding: contributors.filter(givesMoney).length,
  };
}

/** A known category, or `other` for one this version does not know. */
export function categoryOf(event: MissionEvent): Category {
  return (CATEGORIES as readonly string[]).includes(event.category) ? (event.category as Category) : 'other';
}

export interface EventQuery {
  /** Earliest partial date shown (an event shows if it could be on or after its first day). */
  from?: PartialDate;
  /** Latest partial date shown. */
  to?: PartialDate;
  /** Hide what happened after this day. */
  asOf?: Day;
  categories?: readonly string[];
  order?: 'asc' | 'desc';
}

/**
 * Events in date order within the bounds. A partial date sorts by its first day, and a
 * less precise date first among equals ("2024" before "2024-01-05").
 */
export function selectEvents(data: MissionData, query: EventQuery = {}): MissionEvent[] {
  const { from, to, asOf, categories, order = 'asc' } = query;
  const selected = data.events.filter((event) => {
    if (from && lastDay(event.date) < firstDay(from)) return false;
    if (to && firstDay(event.date) > lastDay(to)) return false;
    if (asOf && firstDay(event.date) > asOf) return false;
    return !categories?.length || categories.includes(categoryOf(event));
  });
  // Sort keys are computed once per event, not once per comparison.
  const sorted = selected
    .map((event, index) => ({ event, index, day: firstDay(event.date), length: event.date.length }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.length - b.length || a.index - b.index))
    .map(({ event }) => event);
  return order === 'desc' ? sorted.reverse() : sorted;
}
