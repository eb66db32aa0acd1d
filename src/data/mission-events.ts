/**
 * The timeline's events: their category, and which fall within a query's dates, in date order.
 */
import { CATEGORIES } from './categories.js';
import { firstDay, lastDay, type Day, type PartialDate } from './dates.js';
import type { Category, MissionData, MissionEvent } from './schema.js';

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

/** Whether a date falls within a query's bounds. */
export function inBounds(date: PartialDate, { from, to, asOf }: EventQuery): boolean {
  if (from && lastDay(date) < firstDay(from)) return false;
  if (to && firstDay(date) > lastDay(to)) return false;
  return !(asOf && firstDay(date) > asOf);
}

/**
 * Events in date order within the bounds. A partial date sorts by its first day, and a
 * less precise date first among equals ("2024" before "2024-01-05").
 */
export function selectEvents(data: MissionData, query: EventQuery = {}): MissionEvent[] {
  const { categories, order = 'asc' } = query;
  const selected = data.events.filter(
    (event) => inBounds(event.date, query) && (!categories?.length || categories.includes(categoryOf(event))),
  );
  // Sort keys are computed once per event, not once per comparison.
  const sorted = selected
    .map((event, index) => ({ event, index, day: firstDay(event.date), length: event.date.length }))
    .sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.length - b.length || a.index - b.index))
    .map(({ event }) => event);
  return order === 'desc' ? sorted.reverse() : sorted;
}
