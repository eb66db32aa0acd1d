/**
 * The figures a headline counter shows for a scope, and the geometry of its sparkline.
 * Pure functions, no DOM.
 */
import { toUtcDate } from './dates.js';
import {
  contributorsInScope,
  personnelTotal,
  sumFigures,
  type Figure,
  type HistoryPoint,
  type Scope,
} from './derive.js';
import type { MissionData, PersonnelStatus } from './schema.js';

export interface Headline extends Record<PersonnelStatus, Figure> {
  /** The three figures together: the latest snapshot day used and every source cited. */
  used: Figure;
  /** False when no contributor in scope has any personnel snapshot at all (funding only). */
  hasPersonnel: boolean;
}

/** Deployed, pledged and preparing totals for a scope, and what stands behind them. */
export function headlineFigures(data: MissionData, scope: Scope = {}): Headline {
  const deployed = personnelTotal(data, 'deployed', scope);
  const pledged = personnelTotal(data, 'pledged', scope);
  const preparing = personnelTotal(data, 'preparing', scope);
  return {
    deployed,
    pledged,
    preparing,
    used: sumFigures([deployed, pledged, preparing]),
    hasPersonnel: contributorsInScope(data, scope).some((c) => c.personnel.length > 0),
  };
}

/**
 * SVG polyline points for a step line of the history in a `width` × `height` box: time runs
 * along x, each count holds until the next one, 0 is the bottom and the largest count the top
 * (1 unit inside the box, so that a stroke is not cut in half).
 */
export function sparklinePoints(history: readonly HistoryPoint[], width: number, height: number): string {
  if (!history.length) return '';
  const times = history.map(({ date }) => toUtcDate(date).getTime());
  const first = times[0];
  const span = times[times.length - 1] - first || 1;
  const max = Math.max(...history.map(({ count }) => count)) || 1;
  const round = (n: number) => Math.round(n * 10) / 10;
  const points: string[] = [];
  let y = height - 1;
  history.forEach(({ count }, i) => {
    const x = round(((times[i] - first) / span) * width);
    if (i) points.push(`${x},${y}`);
    y = round(height - 1 - (count / max) * (height - 2));
    points.push(`${x},${y}`);
  });
  if (history.length === 1) points.push(`${width},${y}`);
  return points.join(' ');
}
