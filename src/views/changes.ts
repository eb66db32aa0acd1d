/**
 * What readers will see change between two versions of a mission file, for an editor to check
 * before uploading. Every line quotes the widgets' own views, so it says exactly what the pages
 * will say: the counter's sentence for the whole mission and for each contributor, the
 * contributor list's rows and money, the timeline's events (with the phase starts and ends and
 * the casualties it adds), and the sources links name. Data text is isolated in every line.
 */
import type { MoneyFigure } from '../data/money.js';
import type { MissionData, MissionEvent, Source } from '../data/schema.js';
import { common } from '../i18n/common.js';
import { formatDate } from '../i18n/format.js';
import { messagesFor } from '../i18n/locale.js';
import { contributorView, fundNamed, shownMoney, type ContributorRow } from './contributor-list.js';
import { timelineView } from './event-timeline.js';
import { isolate } from '../data/isolate.js';
import { counterView, NO_FIGURE } from './troop-counter.js';
import { contributorName } from './names.js';
import { textIn } from './words.js';

const LOCALE = 'en';

/** "was → is", each quoted as the page says it; nothing when they read the same. */
function change(what: string, was: string, is: string): string[] {
  return was === is ? [] : [`${what}: “${was}” → “${is}”`];
}

/** The counter's headline sentence, and its notes (casualties among them) apart. */
function counter(data: MissionData, country?: string) {
  const view = counterView(data, { locale: LOCALE, country, casualties: true });
  const notes = view.notes.map((note) => `${note}.`);
  const tail = notes.map((note) => ` ${note}`).join('');
  const headline = view.sentence.endsWith(tail)
    ? view.sentence.slice(0, view.sentence.length - tail.length)
    : view.sentence;
  // No figure reported: the sentence says the day it is as of, without `as-of` the file's own.
  const day = view.figure === NO_FIGURE && formatDate(data.updated, LOCALE);
  return { headline, notes: notes.join(' '), steady: day ? headline.replace(day, '') : headline };
}

/** Amounts as the list shows them: "300 million US dollars pledged; …", each fund named where the row names it. */
function moneyText(data: MissionData, list?: MoneyFigure[]): string {
  const fundName = fundNamed(data, textIn(LOCALE, data.language));
  return list?.length
    ? list.map((money) => shownMoney(money, list, LOCALE, fundName).join('')).join('; ')
    : 'none';
}

const roleWords = { lead: 'the lead', contributor: 'a contributor', former: 'a former contributor' };

function rowsById(data: MissionData): Map<string, ContributorRow> {
  return new Map(contributorView(data, { locale: LOCALE }).rows.map((row) => [row.id, row]));
}

function listChanges(before: MissionData, after: MissionData): string[] {
  const old = rowsById(before);
  const now = rowsById(after);
  const lines: string[] = [];
  for (const [id, row] of now) {
    const was = old.get(id);
    if (!was) lines.push(`Contributor list: new row, ${isolate(row.name)}, shown as ${roleWords[row.role]}.`);
    else if (was.role !== row.role)
      lines.push(
        `Contributor list: ${isolate(row.name)} now shown as ${roleWords[row.role]} (was ${roleWords[was.role]}).`,
      );
    lines.push(
      ...change(
        `Contributor list, ${isolate(row.name)}, funding`,
        moneyText(before, was?.funding),
        moneyText(after, row.funding),
      ),
    );
  }
  for (const [id, row] of old)
    if (!now.has(id)) lines.push(`Contributor list: ${isolate(row.name)} removed.`);

  const funds = (data: MissionData) =>
    new Map(contributorView(data, { locale: LOCALE }).funds.map((fund) => [fund.id, fund]));
  const oldFunds = funds(before);
  for (const [id, fund] of funds(after)) {
    lines.push(
      ...change(
        `Contributor list, fund ${fund.name}`,
        moneyText(before, oldFunds.get(id)?.money),
        moneyText(after, fund.money),
      ),
    );
  }
  return lines;
}

function eventsById(data: MissionData): Map<string, MissionEvent> {
  const view = timelineView(data, { locale: LOCALE }, Number.MAX_SAFE_INTEGER);
  return new Map(view.blocks.flatMap((block) => block.events).map((event) => [event.id, event]));
}

function timelineChanges(before: MissionData, after: MissionData): string[] {
  const old = eventsById(before);
  const now = eventsById(after);
  const title = (data: MissionData, event: MissionEvent) => textIn(LOCALE, data.language)(event.title);
  const summary = (data: MissionData, event: MissionEvent) =>
    event.summary ? textIn(LOCALE, data.language)(event.summary) : '';
  const when = (event: MissionEvent) => formatDate(event.date, LOCALE);
  const lines: string[] = [];
  for (const [id, event] of now) {
    const was = old.get(id);
    if (!was) {
      lines.push(`Timeline: new event, ${when(event)}: ${title(after, event)}.`);
      continue;
    }
    const changed = [
      when(was) !== when(event) && `date was ${when(was)}`,
      title(before, was) !== title(after, event) && `title was “${title(before, was)}”`,
      summary(before, was) !== summary(after, event) && 'new summary',
      was.category !== event.category && `category ${was.category} → ${event.category}`,
    ].filter(Boolean);
    if (changed.length)
      lines.push(`Timeline: event changed, ${when(event)}: ${title(after, event)} (${changed.join('; ')}).`);
  }
  for (const [id, event] of old)
    if (!now.has(id)) lines.push(`Timeline: event removed, ${when(event)}: ${title(before, event)}.`);
  return lines;
}

function sourceChanges(before: MissionData, after: MissionData): string[] {
  const m = messagesFor(common, LOCALE);
  // As a source link reads ("AP, July 16, 2024"), with the title it shows on hover.
  const words = (data: MissionData, source: Source) =>
    `${m.source(isolate(source.publisher), source.date && formatDate(source.date, LOCALE))}, “${textIn(LOCALE, data.language)(source.title)}”`;
  const ids = (data: MissionData) => new Set(data.sources.map((source) => source.id));
  const oldIds = ids(before);
  const newIds = ids(after);
  return [
    ...after.sources.filter((s) => !oldIds.has(s.id)).map((s) => `New source: ${words(after, s)}.`),
    ...before.sources.filter((s) => !newIds.has(s.id)).map((s) => `Source removed: ${words(before, s)}.`),
  ];
}

/** One line per change readers will see, in the order of the page: counter, list, timeline, sources. */
export function describeChanges(before: MissionData, after: MissionData): string[] {
  const lines: string[] = [];
  if (before.updated !== after.updated)
    lines.push(`Updated: ${formatDate(before.updated, LOCALE)} → ${formatDate(after.updated, LOCALE)}.`);
  const name = (data: MissionData) => textIn(LOCALE, data.language)(data.name);
  lines.push(...change('Mission name', name(before), name(after)));

  const scopes = [
    undefined,
    ...new Set([...before.contributors, ...after.contributors].map((contributor) => contributor.id)),
  ];
  for (const scope of scopes) {
    const contributor = [...after.contributors, ...before.contributors].find((c) => c.id === scope);
    const what = contributor
      ? `Counter for ${isolate(contributorName(contributor, LOCALE, textIn(LOCALE, after.language)))}`
      : 'Counter for the whole mission';
    // A contributor in one file only: the other file's counter would read another by that code.
    const has = (data: MissionData) => !scope || data.contributors.some((c) => c.id === scope);
    const was = has(before) ? counter(before, scope) : undefined;
    const is = has(after) ? counter(after, scope) : undefined;
    if (!was) lines.push(`${what} (new): “${is!.headline}”`);
    else if (!is) lines.push(`${what}: no longer shown (was “${was.headline}”)`);
    else {
      // Still no figure, only the file's newer day: the "Updated" line says that already.
      if (was.steady !== is.steady) lines.push(...change(what, was.headline, is.headline));
      lines.push(...change(`${what}, notes`, was.notes || 'none', is.notes || 'none'));
    }
  }
  lines.push(
    ...listChanges(before, after),
    ...timelineChanges(before, after),
    ...sourceChanges(before, after),
  );
  return lines;
}
