/**
 * What `<troop-counter history>` shows of the deployed figure over time, as plain words and
 * numbers: its step line, its first and last figures, the phase boundaries along it, and the
 * caption that says every point. Apart from ./troop-counter.ts, so that it loads only with a
 * counter that shows a history (../components/troop-counter-history.ts).
 */
import { deployedHistory, type HistoryPoint } from '../data/headline.js';
import { phaseBoundaries, sparklinePoints, timeX } from '../data/history.js';
import type { MissionData } from '../data/schema.js';
import { formatDate } from '../i18n/format.js';
import { messagesFor, otherLanguage } from '../i18n/locale.js';
import { counterHistoryMessages } from '../i18n/counter-history.js';
import type { CounterHistory, CounterSettings, HistoryEnd } from './troop-counter.js';
import { readScope } from './scope.js';
import { noting, quantityText, textIn, type Mark } from './words.js';

/** The history of the counter's scope (`country`, `as-of`), or none when no deployed figure is dated. */
export function counterHistory(data: MissionData, settings: CounterSettings): CounterHistory | undefined {
  const { locale } = settings;
  const scope = readScope(settings);
  const points = deployedHistory(data, scope);
  if (!points.length) return undefined;
  const m = messagesFor(counterHistoryMessages, locale);
  const langs: Mark[] = [];
  const text = noting(
    textIn(locale, data.language),
    (value) => otherLanguage(value, locale, data.language),
    langs,
  );
  const boundaries = phaseBoundaries(data, points).map(({ date, phase, edge }) => {
    const name = text(phase.shortName ?? phase.name);
    return {
      x: timeX(points, date, 100),
      name,
      edge,
      text: m.boundary(name, edge, formatDate(date, locale)),
    };
  });
  const said = points.map((p) => m.point(quantityText(p.figure, locale), formatDate(p.date, locale)));
  const line = sparklinePoints(points, 100, 20);
  const end = (p: HistoryPoint): HistoryEnd => ({
    figure: quantityText(p.figure, locale),
    date: formatDate(p.date, locale),
  });
  const marks = boundaries
    .filter(
      ({ x, edge }, i) => edge === 'start' || !boundaries.some((o, j) => j !== i && Math.abs(o.x - x) < 8),
    )
    .map(({ x, name }) => ({ x, name }));
  return {
    points: line,
    endY: Number(line.slice(line.lastIndexOf(',') + 1)) * 5,
    start: end(points[0]),
    end: end(points[points.length - 1]),
    marks,
    caption: m.history([...said, ...boundaries.map((b) => b.text)]),
    langs,
  };
}
