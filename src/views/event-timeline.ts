/**
 * What a timeline shows: the events in bounds and in the chosen categories, with the phases'
 * beginnings and ends and the casualties among them, in blocks of at most a few events of one
 * year (the unit of progressive rendering), the categories readers can filter by, and which
 * event is the latest. Pure functions, no DOM.
 */
import { firstDay, isPartialDate, lastDay, type Day, type PartialDate } from '../data/dates.js';
import { categoryOf, inBounds, selectEvents, type EventQuery } from '../data/mission-events.js';
import { CATEGORIES } from '../data/categories.js';
import type { Category, Decision, MissionData, MissionEvent, Text } from '../data/schema.js';
import { formatDate, formatNumber } from '../i18n/format.js';
import { isOne } from '../i18n/joins.js';
import { messagesFor } from '../i18n/locale.js';
import { timeline } from '../i18n/event-timeline.js';
import { contributorName } from './names.js';
import { isolate } from '../data/isolate.js';
import { words } from './scope.js';
import { textIn } from './words.js';

export { words };

/**
 * How many events always render: their mean height is what each of the others reserves while
 * it skips rendering off screen. A timeline of up to this many renders every event.
 */
export const SAMPLE = 100;

/** The sample's runs: the first events, the last and evenly between, each of consecutive events. */
const RUNS = 5;

/**
 * The indexes (in display order) of the events that always render: `SAMPLE` of them in `RUNS`
 * runs spread over the whole list, not its first ones only, so that what changes along it is in
 * the measure (titles that grow longer with the years: the first 100 events of 10,000 reserved
 * 12 % too little in WebKit). A run is of consecutive events, so events that alternate (a
 * summary every other one) are there as often as in the list; and few runs leave most years
 * free to skip rendering as a whole.
 */
export function samplesOf(count: number): ReadonlySet<number> {
  if (count <= SAMPLE) return new Set(Array.from({ length: count }, (_, i) => i));
  const run = SAMPLE / RUNS;
  return new Set(
    Array.from(
      { length: SAMPLE },
      (_, k) => Math.floor(((k - (k % run)) / run) * ((count - run) / (RUNS - 1))) + (k % run),
    ),
  );
}

/** Whether one of `samples` is among the `count` events from index `first`. */
export function sampledIn(samples: ReadonlySet<number>, first: number, count: number): boolean {
  for (const index of samples) if (index >= first && index < first + count) return true;
  return false;
}

/** Events per block: the unit of progressive rendering. */
export const BLOCK_SIZE = 25;

/** A phase of the mission, for the bands beside the events it spans. */
export interface TimelinePhase {
  id: string;
  name: string;
  /** The name as the data gives it, in every language it has. */
  named: Text;
}

/** Consecutive events of one year. */
export interface Block {
  year: string;
  events: MissionEvent[];
}

export interface TimelineQuery {
  /** The locale of the words the timeline adds (phase marks, casualties); English without one. */
  locale?: string;
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
  /** Events within the bounds and the `category` attribute, before the reader's picks. */
  total: number;
  /** Events shown, after the reader's picks. */
  count: number;
  /** The mission's phases, in order of their start; none when it has only one. */
  phases: TimelinePhase[];
  /** The phase (an index into `phases`) of each shown event that falls within one. */
  phaseOf: ReadonlyMap<string, number>;
  /** Events where a phase's band begins, in display order: where its name is shown. */
  bandStarts: ReadonlySet<string>;
  /** The events the timeline added (phases, decisions, casualties), worded in its own language. */
  marked: ReadonlySet<string>;
  /** Indexes of the events that always render, whose mean height the others reserve. */
  samples: ReadonlySet<number>;
  /** No event at all by `asOf` (whatever the other bounds): the sentence that says so, with the day. */
  none?: string;
}

/** The view of no data. */
export const EMPTY_VIEW: TimelineView = {
  blocks: [],
  categories: [],
  total: 0,
  count: 0,
  phases: [],
  phaseOf: new Map(),
  bandStarts: new Set(),
  marked: new Set(),
  samples: new Set(),
};

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

/** One year's blocks, and the years without events between it and the year before it. */
export interface Year {
  year: string;
  blocks: Block[];
  /** The first and last year of the empty period before this year (in display order). */
  gap?: [string, string];
  /** Events in the year. */
  size: number;
}

/** Consecutive blocks of the same year, together, with the empty years between them. */
export function yearsOf(blocks: readonly Block[]): Year[] {
  const years: Year[] = [];
  for (const block of blocks) {
    const last = years.at(-1);
    if (last?.year === block.year) {
      last.blocks.push(block);
      last.size += block.events.length;
    } else
      years.push({
        year: block.year,
        blocks: [block],
        size: block.events.length,
        gap: last && gapBetween(last.year, block.year),
      });
  }
  return years;
}

/** The years strictly between two years, as their first and last, if there are any. */
export function gapBetween(a: string, b: string): [string, string] | undefined {
  const [low, high] = [Number(a), Number(b)].sort((x, y) => x - y);
  const first = low + 1;
  const last = high - 1;
  const year = (n: number) => String(n).padStart(4, '0');
  return first <= last
    ? Number(a) < Number(b)
      ? [year(first), year(last)]
      : [year(last), year(first)]
    : undefined;
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
  const eventQuery: EventQuery = {
    from: partial(query.from),
    to: partial(query.to),
    asOf,
    categories: words(query.category),
    order: query.order === 'desc' ? 'desc' : 'asc',
  };
  const marks = markedEvents(data, query.locale ?? 'en');
  const added = { ...data, events: [...data.events, ...marks] };
  const bounded = selectEvents(added, eventQuery);
  const shown = new Set(bounded.map(categoryOf));
  const categories = CATEGORIES.filter((category) => shown.has(category));
  const picked = categories.filter((category) => query.picked?.includes(category));
  const events = picked.length ? bounded.filter((event) => picked.includes(categoryOf(event))) : bounded;
  const text = textIn(query.locale ?? 'en', data.language);
  // One phase is the whole story: a band beside every event would say nothing.
  const phases =
    data.phases.length < 2
      ? []
      : [...data.phases].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const phaseOf = new Map<string, number>();
  for (const event of events) {
    const day = firstDay(event.date);
    const index = phases.findIndex(
      (phase) => firstDay(phase.start) <= day && (!phase.end || day <= lastDay(phase.end)),
    );
    if (index >= 0) phaseOf.set(event.id, index);
  }
  const bandStarts = new Set<string>();
  events.forEach((event, i) => {
    const phase = phaseOf.get(event.id);
    if (phase !== undefined && (i === 0 || phaseOf.get(events[i - 1].id) !== phase)) bandStarts.add(event.id);
  });
  const none =
    asOf && !added.events.some((event) => inBounds(event.date, { asOf }))
      ? messagesFor(timeline, query.locale ?? 'en').noneYet(formatDate(asOf, query.locale ?? 'en'))
      : undefined;
  return {
    none,
    blocks: blocksOf(events, size),
    categories,
    latest: latestEvent(data.events, asOf)?.id,
    total: bounded.length,
    count: events.length,
    phases: phases.map((phase) => ({ id: phase.id, name: text(phase.name), named: phase.name })),
    phaseOf,
    bandStarts,
    marked: new Set(marks.map((event) => event.id)),
    samples: samplesOf(events.length),
  };
}

/**
 * What the timeline adds to the file's events, in words: where each phase begins (with the
 * decisions of that day) and ends, each of its other decisions (one that creates it days before,
 * a renewal) on its own day, and each casualty among mission personnel. A mark the file already
 * tells in its own words, by an event of its kind on the same date, is left out: a mandate event
 * for a phase or a decision, a casualty event for a casualty.
 */
export function markedEvents(data: MissionData, locale: string): MissionEvent[] {
  const m = messagesFor(timeline, locale);
  const text = textIn(locale, data.language);
  const n = (value: number) => formatNumber(value, locale);
  const toldAs = (category: Category) =>
    new Set(data.events.filter((e) => categoryOf(e) === category).map((e) => e.date));
  const mandates = toldAs('mandate');
  // A decision's own mark is titled with its name, so its summary leaves the name out.
  const said = (d: Decision, named = true) =>
    m.decision(
      text(d.body),
      named ? text(d.name) : '',
      d.vote && [n(d.vote.for), n(d.vote.against), n(d.vote.abstain)],
    );
  // A phase marks the timeline only where the data sources it (a migrated version-1 file's
  // phase is a frame, not a dated fact).
  const sourced = data.phases.filter((phase) => phase.sources.length || phase.decisions.length);
  const phases = sourced.flatMap((phase): MissionEvent[] => {
    const name = text(phase.name);
    const mark = (
      id: string,
      date: PartialDate,
      title: string,
      summary?: string,
      sources: string[] = [],
    ) => ({
      id: `phase-${phase.id}-${id}`,
      date,
      title,
      summary,
      category: 'mandate' as const,
      countries: [],
      sources,
    });
    const ofTheDay = phase.decisions.filter((d) => d.date === phase.start);
    const start = mark(
      'start',
      phase.start,
      m.phaseStart(name),
      ofTheDay.map((d) => said(d)).join(' ') || undefined,
      [...new Set([...phase.sources, ...ofTheDay.flatMap((d) => d.sources)])],
    );
    const decisions = phase.decisions
      .filter((d) => d.date !== phase.start)
      .map((d, i) =>
        mark(
          `decision-${i}`,
          d.date,
          text(d.name),
          d.note ? `${said(d, false)} ${text(d.note)}` : said(d, false),
          d.sources,
        ),
      );
    // The end cites the phase's record, where its date comes from.
    const end = phase.end ? [mark('end', phase.end, m.phaseEnd(name), undefined, [...phase.sources])] : [];
    return [start, ...decisions, ...end].filter((event) => !mandates.has(event.date));
  });
  const told = toldAs('casualty');
  const casualties = data.casualties.flatMap((c, i): MissionEvent[] => {
    if (told.has(c.date)) return [];
    const contributor = data.contributors.find((x) => x.id === c.contributor);
    const who = contributor ? contributorName(contributor, locale, text) : isolate(c.contributor);
    const counts = (['killed', 'injured', 'missing'] as const)
      .filter((key) => c[key])
      .map((key) => m.casualty(key, n(c[key]!), isOne(locale, c[key]!)));
    return [
      {
        id: `casualty-${i}`,
        date: c.date,
        title: `${who}: ${counts.join(', ')}`,
        summary: c.note === undefined ? undefined : text(c.note),
        category: 'casualty',
        countries: contributor?.type === 'country' ? [contributor.country] : [],
        sources: c.sources,
      },
    ];
  });
  return [...phases, ...casualties];
}

export { inBounds };
