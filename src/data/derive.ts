/**
 * Figures derived from the dated entries. Nothing here is stored: "as of a day" is the latest
 * entry on or before that day. A figure dated with a month or a year counts from the last day it
 * covers (a `2025-06` total from 30 June), so that a day never uses data that may be from after
 * it; among entries of the same last day the more precise is the later. Pure functions: no DOM,
 * no locale (names and words are the views' and i18n's).
 */
import { firstDay, lastDay, type Day, type PartialDate } from './dates.js';
import { addQuantities, quantityOf, ZERO, type Quantity, type QuantityFields } from './quantity.js';
import type {
  Alternative,
  Ceiling,
  Contributor,
  MissionData,
  PersonnelFigure,
  PersonnelStatus,
  Phase,
  Text,
  Total,
} from './schema.js';

/** What a dated entry shares, for ordering. */
interface Dated {
  date: PartialDate;
}

/** Whether all of `date` is on or before `asOf` (always, without one). */
export const onOrBefore = (date: PartialDate, asOf?: Day): boolean =>
  asOf === undefined || lastDay(date) <= asOf;

/** Sorts dates by last day, the less precise first among equals ("2024-07" before "2024-07-31"). */
export function compareDates(a: PartialDate, b: PartialDate): number {
  const [x, y] = [lastDay(a), lastDay(b)];
  return x < y ? -1 : x > y ? 1 : a.length - b.length;
}

/** The later of two dates in that order. */
export const laterDate = (a: PartialDate | undefined, b: PartialDate | undefined) =>
  !a ? b : !b ? a : compareDates(b, a) >= 0 ? b : a;

/** The latest entry on or before `asOf` (the later in the list among equal dates). */
export function latest<T extends Dated>(entries: readonly T[], asOf?: Day): T | undefined {
  let found: T | undefined;
  for (const entry of entries) {
    if (onOrBefore(entry.date, asOf) && (!found || compareDates(entry.date, found.date) >= 0)) found = entry;
  }
  return found;
}

/** A derived figure and everything behind it. */
export interface Figure extends Quantity {
  /** The latest date of the entries used, at its own precision; undefined when none applies. */
  date?: PartialDate;
  /** Ids of the sources cited by the entries used, in order of first use. */
  sources: string[];
  /** The caveats of the entries used, for readers. */
  notes: Text[];
  /** Entries used whose sources disagree: the figure used, and the others'. */
  alternatives: Disagreement[];
}

export interface Disagreement {
  quantity: Quantity;
  others: Alternative[];
}

// `date` is an own field even when empty: a page's `Object.prototype.date` must not fill it.
const EMPTY: Figure = { ...ZERO, date: undefined, sources: [], notes: [], alternatives: [] };

/** The figure of one entry of the file. */
export function figureOf(
  entry: QuantityFields & { date: PartialDate; sources: string[]; note?: Text; alternatives?: Alternative[] },
): Figure {
  return {
    ...quantityOf(entry),
    date: entry.date,
    sources: [...entry.sources],
    notes: entry.note === undefined ? [] : [entry.note],
    alternatives: entry.alternatives?.length
      ? [{ quantity: quantityOf(entry), others: [...entry.alternatives] }]
      : [],
  };
}

/** Adds figures: every part's uncertainty, dated by the latest part, citing every part. */
export function sumFigures(figures: readonly (Figure | undefined)[]): Figure {
  const total: Figure = { ...EMPTY, sources: [], notes: [], alternatives: [] };
  for (const figure of figures) {
    if (!figure) continue;
    Object.assign(total, addQuantities(total, figure));
    total.date = laterDate(total.date, figure.date);
    for (const id of figure.sources) if (!total.sources.includes(id)) total.sources.push(id);
    total.notes.push(...figure.notes);
    total.alternatives.push(...figure.alternatives);
  }
  return total;
}

export interface Scope {
  /** Figures as they stood on this day; the latest figures when absent. */
  asOf?: Day;
  /** Only these contributors (by id, or by ISO alpha-2 code for a country); all when absent or empty. */
  contributors?: readonly string[];
}

/** Whether a contributor is one of `ids` (its id, or its country code). */
export function isNamed(contributor: Contributor, ids: readonly string[]): boolean {
  const keys = [contributor.id.toUpperCase(), contributor.type === 'country' ? contributor.country : ''];
  return ids.some((id) => keys.includes(id.toUpperCase()));
}

export function contributorsInScope(data: MissionData, scope: Scope = {}): Contributor[] {
  const ids = scope.contributors;
  return ids?.length ? data.contributors.filter((c) => isNamed(c, ids)) : data.contributors;
}

/** Whether a contributor had left by `asOf` (the latest data, without one). */
export const hasLeft = (contributor: Contributor, asOf?: Day): boolean =>
  contributor.left !== undefined && onOrBefore(contributor.left, asOf);

/** Kinds of a contributor's figures with this status, with the latest figure of each. */
function latestByKind(contributor: Contributor, status: PersonnelStatus, asOf?: Day) {
  const byKind = new Map<string, PersonnelFigure[]>();
  for (const figure of contributor.personnel) {
    if (figure.status !== status) continue;
    const key = figure.kind ?? '';
    byKind.set(key, [...(byKind.get(key) ?? []), figure]);
  }
  return [...byKind.values()].flatMap((figures) => {
    const found = latest(figures, asOf);
    return found ? [found] : [];
  });
}

/**
 * One contributor's figure for one status: the latest figure of each kind of personnel, added
 * (figures fall as well as rise). Once it has left, deployed is 0 as of the day it left.
 */
export function contributorFigure(
  contributor: Contributor,
  status: PersonnelStatus,
  asOf?: Day,
): Figure | undefined {
  const figures = latestByKind(contributor, status, asOf);
  if (!figures.length) return undefined;
  const sum = sumFigures(figures.map(figureOf));
  if (status === 'deployed' && hasLeft(contributor, asOf))
    return { ...sum, ...ZERO, date: laterDate(sum.date, contributor.left) };
  return sum;
}

/** A part of a sum: whose figure, and the figure. */
export interface Part {
  contributor: Contributor;
  figure: Figure;
}

/** The contributors' figures with this status, the parts of their sum. */
export function figureParts(data: MissionData, status: PersonnelStatus, scope: Scope = {}): Part[] {
  return contributorsInScope(data, scope).flatMap((contributor) => {
    const figure = contributorFigure(contributor, status, scope.asOf);
    return figure ? [{ contributor, figure }] : [];
  });
}

/** Total personnel with this status across the contributors in scope. */
export function personnelTotal(data: MissionData, status: PersonnelStatus, scope: Scope = {}): Figure {
  return sumFigures(figureParts(data, status, scope).map(({ figure }) => figure));
}

/** The mission's latest reported total with this status, on or before `asOf`. */
export function reportedTotal(data: MissionData, status: PersonnelStatus, asOf?: Day): Figure | undefined {
  const found = latest(
    data.totals.filter((total: Total) => total.status === status),
    asOf,
  );
  return found && figureOf(found);
}

/** Whether a phase is in force on a day (its first day to its last, open-ended without `end`). */
export const inForce = (phase: Phase, day: Day): boolean =>
  firstDay(phase.start) <= day && (phase.end === undefined || day <= lastDay(phase.end));

/**
 * The phase in force on a day (the document's update day without one). A day after the last
 * phase ended gives that phase, marked ended; a day before the first, none.
 */
export function phaseOn(
  data: MissionData,
  day: Day = data.updated,
): { phase: Phase; ended: boolean } | undefined {
  const current = data.phases.find((phase) => inForce(phase, day));
  if (current) return { phase: current, ended: false };
  const started = data.phases.filter((phase) => firstDay(phase.start) <= day).at(-1);
  return started && { phase: started, ended: true };
}

export interface CeilingFigure {
  count: number;
  /** A planning figure, not an authorised ceiling. */
  planned: boolean;
  date: PartialDate;
  sources: string[];
  notes: Text[];
}

/**
 * A phase's ceiling on a day: its `total` when it states one, else its uniformed and civilian
 * ceilings added (5,500 + 50 = 5,550); the latest of each kind.
 */
export function ceilingOn(phase: Phase, asOf?: Day): CeilingFigure | undefined {
  const of = (kind: string) =>
    latest(
      phase.ceilings.filter((c: Ceiling) => c.kind === kind),
      asOf,
    );
  const total = of('total');
  const parts = total
    ? [total]
    : [of('uniformed'), of('civilian')].filter((c): c is Ceiling => c !== undefined);
  if (!parts.length) return undefined;
  return {
    count: parts.reduce((sum, c) => sum + c.count, 0),
    planned: parts.some((c) => c.planned === true),
    date: parts.map((c) => c.date).reduce((a, b) => laterDate(a, b) ?? a),
    sources: [...new Set(parts.flatMap((c) => c.sources))],
    notes: parts.flatMap((c) => (c.note === undefined ? [] : [c.note])),
  };
}

export interface CasualtyCount {
  killed: number;
  injured: number;
  missing: number;
  date?: PartialDate;
  sources: string[];
}

/** Casualties among mission personnel up to a day, for the contributors in scope. */
export function casualtiesTotal(data: MissionData, scope: Scope = {}): CasualtyCount {
  const ids = new Set(contributorsInScope(data, scope).map((c) => c.id));
  const count: CasualtyCount = { killed: 0, injured: 0, missing: 0, sources: [] };
  for (const entry of data.casualties) {
    if (!ids.has(entry.contributor) || !onOrBefore(entry.date, scope.asOf)) continue;
    count.killed += entry.killed ?? 0;
    count.injured += entry.injured ?? 0;
    // A death confirmed of someone listed missing moves them from missing to killed.
    count.missing += (entry.missing ?? 0) - (entry.wasMissing ?? 0);
    count.date = laterDate(count.date, entry.date);
    for (const id of entry.sources) if (!count.sources.includes(id)) count.sources.push(id);
  }
  count.missing = Math.max(count.missing, 0);
  return count;
}
