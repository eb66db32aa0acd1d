/**
 * The geometry of a headline counter's history (`history`): where phases begin and end along it,
 * and its step line. Apart from ./headline.ts, so that it loads only with a counter that shows a
 * history. Pure functions: no DOM, no locale.
 */
import { firstDay, lastDay, toUtcDate, type PartialDate } from './dates.js';
import { compareDates } from './derive.js';
import type { HistoryPoint } from './headline.js';
import { pointOf } from './quantity.js';
import type { MissionData, Phase } from './schema.js';

/** Where phases begin and end within a history's span, as partial dates, oldest first. */
export function phaseBoundaries(
  data: MissionData,
  history: readonly HistoryPoint[],
): { date: PartialDate; phase: Phase; edge: 'start' | 'end' }[] {
  if (!history.length) return [];
  const [first, last] = [firstDay(history[0].date), lastDay(history[history.length - 1].date)];
  return data.phases
    .flatMap((phase) => [
      { date: phase.start, phase, edge: 'start' as const },
      ...(phase.end ? [{ date: phase.end, phase, edge: 'end' as const }] : []),
    ])
    .filter(({ date }) => firstDay(date) > first && firstDay(date) <= last)
    .sort((a, b) => compareDates(a.date, b.date));
}

/** Where a date falls along a history's time axis, from 0 to `width`. */
export function timeX(history: readonly HistoryPoint[], date: PartialDate, width: number): number {
  // A month or a year stands at its last day, where the history sorts it, so that a point of
  // "December 2025" never lies before one of December 8, nor the line beyond its box.
  const time = (d: PartialDate) => toUtcDate(lastDay(d)).getTime();
  const times = [history[0].date, history[history.length - 1].date].map(time);
  const span = times[1] - times[0] || 1;
  return Math.round(((time(date) - times[0]) / span) * width * 10) / 10;
}

/**
 * SVG polyline points for a step line of the history in a `width` × `height` box: time runs
 * along x, each figure holds until the next one (falls as well as rises), 0 is the bottom and
 * the largest figure the top (1 unit inside the box, so that a stroke is not cut in half).
 */
export function sparklinePoints(history: readonly HistoryPoint[], width: number, height: number): string {
  if (!history.length) return '';
  const counts = history.map(({ figure }) => pointOf(figure));
  const max = Math.max(...counts) || 1;
  const round = (n: number) => Math.round(n * 10) / 10;
  const points: string[] = [];
  let y = height - 1;
  history.forEach(({ date }, i) => {
    const x = timeX(history, date, width);
    if (i) points.push(`${x},${y}`);
    y = round(height - 1 - (counts[i] / max) * (height - 2));
    points.push(`${x},${y}`);
  });
  if (history.length === 1) points.push(`${width},${y}`);
  return points.join(' ');
}
