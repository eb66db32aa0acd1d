/**
 * What a timeline shows: the events in bounds and in the chosen categories, in blocks of at
 * most a few events of one year (the unit of progressive rendering), the categories readers
 * can filter by, and which event is the latest. Pure functions, no DOM.
 */
import { firstDay, isPartialDate, lastDay, type Day, type PartialDate } from './dates.js';
import { categoryOf, selectEvents } from './derive.js';
import { CATEGORIES } from './constants.js';
import type { Category, MissionData, MissionEvent } from './schema.js';

/** Events per block: the unit of progressive rendering. */
export const BLOCK_SIZE = 25;

/** Consecutive events of one year. */
export interface Block {
  year: string;
  events: MissionEvent[];
}

export interface TimelineQuery {
  from?: string;
  to?: string;
  /** A day, or a month or year meaning its last day. */
  asOf?: string;
  /** Space-separated categories (the `category` attribute). */
  category?: string;
  order?: string;
  /** Categories the reader picked with the toggle buttons. */
  picked?: readonly string[];
}

export interface TimelineView {
  blocks: Block[];
  /** The categories present within the bounds and the `category` attribute, in model order. */
  categories: Category[];
  /** Id of the latest event on or before `asOf` (among all categories). */
  latest?: string;
}

/** Words of a space-separated attribute: `" a  b "` → `["a", "b"]`. */
export function words(value?: string | null): string[] {
  return value?.split(/\s+/).filter(Boolean) ?? [];
}

const partial = (value?: string): PartialDate | undefined =>
  value && isPartialDate(value) ? value : undefined;

/** Events cut into blocks at each change of year and every `size` events. */
export function blocksOf(events: readonly MissionEvent[], size: number): Block[] {
  const blocks: Block[] = [];
  let block: Block | undefined;
  for (const event of events) {
    const year = event.date.slice(0, 4);
    if (block?.year !== year || block.events.length >= size) {
      block = { year, events: [] };
      blocks.push(block);
    }
    block.events.push(event);
  }
  return blocks;
}

/** Consecutive blocks of the same year, together. */
export function yearsOf(blocks: readonly Block[]): { year: string; blocks: Block[] }[] {
  const years: { year: string; blocks: Block[] }[] = [];
  for (const block of blocks) {
    const last = years.at(-1);
    if (last?.year === block.year) last.blocks.push(block);
    else years.push({ year: block.year, blocks: [block] });
  }
  return years;
}

/**
 * The event that sorts last among those on or before `asOf`, as `selectEvents` sorts: by first
 * day, the more precise date later, then the later in the list. One pass, no sorting.
 */
export function latestEvent(events: readonly MissionEvent[], asOf?: Day): MissionEvent | undefined {
  let latest: MissionEvent | undefined;
  let latestKey = '';
  for (const event of events) {
    const day = firstDay(event.date);
    const key = day + String(event.date.length).padStart(2, '0');
    if ((!asOf || day <= asOf) && key >= latestKey) [latest, latestKey] = [event, key];
  }
  return latest;
}

/**
 * The events to show and how. Malformed bounds are ignored; the reader's picks narrow the
 * attribute's categories, and picks outside them are ignored.
 */
export function timelineView(data: MissionData, query: TimelineQuery, size = BLOCK_SIZE): TimelineView {
  const asOfDate = partial(query.asOf);
  const asOf = asOfDate && lastDay(asOfDate);
  const bounded = selectEvents(data, {
    from: partial(query.from),
    to: partial(query.to),
    asOf,
    categories: words(query.category),
    order: query.order === 'desc' ? 'desc' : 'asc',
  });
  const shown = new Set(bounded.map(categoryOf));
  const categories = CATEGORIES.filter((category) => shown.has(category));
  const picked = categories.filter((category) => query.picked?.includes(category));
  const events = picked.length ? bounded.filter((event) => picked.includes(categoryOf(event))) : bounded;
  return {
    blocks: blocksOf(events, size),
    categories,
    latest: latestEvent(data.events, asOf)?.id,
  };
}
