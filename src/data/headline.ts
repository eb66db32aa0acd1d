/**
 * The figures a headline counter shows for a scope, what they are measured against, and its
 * deployed figure over time (the geometry of its chart is ./history.ts). Pure functions: no DOM, no locale.
 */
import { lastDay, type Day, type PartialDate } from './dates.js';
import {
  ceilingOn,
  compareDates,
  contributorsInScope,
  figureParts,
  onOrBefore,
  phaseOn,
  reportedTotal,
  sumFigures,
  type Figure,
  type Part,
  type Scope,
} from './derive.js';
import { pointOf } from './quantity.js';
import type { MissionData, PersonnelStatus, Phase } from './schema.js';

/** Which figure a headline shows: the mission's reported total, or the contributors' figures added. */
export type Basis = 'total' | 'sum';

export interface Headline extends Record<PersonnelStatus, Figure> {
  /** What the headline status's figure is. */
  basis: Basis;
  /** The contributors' figures added, and the reported total, for the headline status. */
  sum: Figure;
  total?: Figure;
  /** The parts of the sum, for the headline status. */
  parts: Part[];
  /** What deployed is measured against: an authorised ceiling, the pledges, or a planning figure. */
  target?: Target;
  /** The phase in force on the day. */
  phase?: { phase: Phase; ended: boolean };
  /** The figures shown together: the latest date used and every source cited. */
  used: Figure;
  /** False when nothing in scope has any personnel figure at all (funding only). */
  hasPersonnel: boolean;
}

export interface Target {
  kind: 'authorised' | 'planned' | 'pledged';
  count: number;
  sources: string[];
}

/**
 * A mission-wide figure shows the reported total when it is at least as recent as every part of
 * the sum (it is the mission's own count), else the sum, which is newer. One contributor's figure
 * is always its own.
 */
function chosen(data: MissionData, status: PersonnelStatus, scope: Scope) {
  const parts = figureParts(data, status, scope);
  const sum = sumFigures(parts.map(({ figure }) => figure));
  const total = scope.contributors?.length ? undefined : reportedTotal(data, status, scope.asOf);
  const useTotal = total?.date !== undefined && (!sum.date || compareDates(total.date, sum.date) >= 0);
  return { parts, sum, total, basis: (useTotal ? 'total' : 'sum') as Basis, figure: useTotal ? total : sum };
}

export function headlineFigures(
  data: MissionData,
  scope: Scope = {},
  status: PersonnelStatus = 'deployed',
): Headline {
  const all = {
    deployed: chosen(data, 'deployed', scope),
    pledged: chosen(data, 'pledged', scope),
    preparing: chosen(data, 'preparing', scope),
  };
  const head = all[status];
  const phase = phaseOn(data, scope.asOf);
  const missionWide = !scope.contributors?.length;
  const ceiling = missionWide && phase && !phase.ended ? ceilingOn(phase.phase, scope.asOf) : undefined;
  const pledged = all.pledged.figure;
  // The phase's own frame first (its authorised ceiling, else its planning figure), else the pledges.
  const target: Target | undefined = ceiling
    ? { kind: ceiling.planned ? 'planned' : 'authorised', count: ceiling.count, sources: ceiling.sources }
    : pledged.high > 0
      ? { kind: 'pledged', count: pointOf(pledged), sources: pledged.sources }
      : undefined;
  const contributors = contributorsInScope(data, scope);
  return {
    deployed: all.deployed.figure,
    pledged,
    preparing: all.preparing.figure,
    basis: head.basis,
    sum: head.sum,
    total: head.total,
    parts: head.parts,
    target,
    phase,
    used: withSources(
      sumFigures([all.deployed.figure, pledged, all.preparing.figure]),
      target?.sources ?? [],
    ),
    hasPersonnel: contributors.some((c) => c.personnel.length > 0) || (missionWide && data.totals.length > 0),
  };
}

function withSources(figure: Figure, sources: readonly string[]): Figure {
  for (const id of sources) if (!figure.sources.includes(id)) figure.sources.push(id);
  return figure;
}

export interface HistoryPoint {
  /** The date of the entry that changed the figure, at its own precision. */
  date: PartialDate;
  figure: Figure;
}

/** The headline's deployed figure at every date an entry changes it, oldest first. */
export function deployedHistory(data: MissionData, scope: Scope = {}): HistoryPoint[] {
  const dates = new Map<Day, PartialDate>();
  const add = (date: PartialDate | undefined) => {
    if (!date || !onOrBefore(date, scope.asOf)) return;
    const day = lastDay(date);
    const known = dates.get(day);
    if (!known || date.length > known.length) dates.set(day, date);
  };
  for (const contributor of contributorsInScope(data, scope)) {
    contributor.personnel.filter((f) => f.status === 'deployed').forEach((f) => add(f.date));
    add(contributor.left);
  }
  if (!scope.contributors?.length)
    data.totals.filter((t) => t.status === 'deployed').forEach((t) => add(t.date));
  return (
    [...dates.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      // The deployed figure alone, as the headline would choose it that day (its sum or its total).
      .map(([day, date]) => ({ date, figure: chosen(data, 'deployed', { ...scope, asOf: day }).figure }))
  );
}
