/**
 * What readers will see change between two versions of a mission file, in words, for an editor
 * to check before uploading: the headline figures of each contributor and of the mission, money,
 * casualties, phases, events and sources. Reads both files defensively (a file may be broken).
 */
import { firstDay } from './dates.js';

type Json = Record<string, unknown>;
const asRecord = (value: unknown): Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
const asList = (value: unknown): Json[] => (Array.isArray(value) ? value.map(asRecord) : []);
const asString = (value: unknown) => (typeof value === 'string' ? value : '');
const number = (value: number) => value.toLocaleString('en');

/** A text in the file's language, else English, else any. */
function say(text: unknown, lang: string): string {
  if (typeof text === 'string') return text;
  const map = asRecord(text);
  return asString(map[lang] ?? map.en ?? Object.values(map)[0]);
}

let regions: Intl.DisplayNames | undefined;
function contributorName(contributor: Json, lang: string): string {
  const country = asString(contributor.country);
  if (country) {
    regions ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });
    try {
      return regions.of(country) ?? country;
    } catch {
      return country;
    }
  }
  return say(contributor.name, lang) || asString(contributor.id);
}

/** "about 400", "800–1,500", "present (number not reported)". */
function figureWords(figure: Json): string {
  const range = Array.isArray(figure.range) ? figure.range : undefined;
  const about = figure.approximate === true ? 'about ' : '';
  if (range) return `${about}${number(Number(range[0]))}–${number(Number(range[1]))}`;
  if (typeof figure.count === 'number') return `${about}${number(figure.count)}`;
  if (figure.present === true) return 'present (number not reported)';
  return 'no figure';
}

/** The latest entry of each group, as the widgets read running totals: a later one replaces. */
function latest(entries: Json[], keyOf: (entry: Json) => string): Map<string, Json> {
  const out = new Map<string, Json>();
  for (const entry of entries) {
    const key = keyOf(entry);
    const held = out.get(key);
    if (!held || firstDay(asString(entry.date)) >= firstDay(asString(held.date))) out.set(key, entry);
  }
  return out;
}

const figureKey = (entry: Json) => [entry.status, entry.kind ?? ''].join(' ').trim();
const moneyKey = (entry: Json) => [entry.status, entry.currency, entry.to ?? ''].join(' ').trim();
const moneyWords = (entry: Json) =>
  `${entry.approximate === true ? 'about ' : ''}${asString(entry.currency)} ${number(Number(entry.amount))}`;

/** One line per group whose latest entry reads differently. */
function compareLatest(
  label: string,
  before: Json[],
  after: Json[],
  keyOf: (entry: Json) => string,
  words: (entry: Json) => string,
): string[] {
  const old = latest(before, keyOf);
  const now = latest(after, keyOf);
  const lines: string[] = [];
  for (const key of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(key);
    const b = now.get(key);
    const was = a ? words(a) : 'none';
    const is = b ? words(b) : 'none';
    if (was === is) continue;
    const when = b ? ` (as of ${asString(b.date)})` : '';
    lines.push(`${label} ${key}: ${was} → ${is}${when}.`);
  }
  return lines;
}

/** Items by id; a version 1 contributor has none, and goes by its country. */
function byId(list: Json[]): Map<string, Json> {
  return new Map(list.map((item) => [asString(item.id) || asString(item.country), item]));
}

export function describeChanges(beforeDoc: unknown, afterDoc: unknown): string[] {
  const before = asRecord(beforeDoc);
  const after = asRecord(afterDoc);
  const lang = asString(after.language) || 'en';
  const lines: string[] = [];
  if (before.updated !== after.updated) {
    lines.push(`Updated: ${asString(before.updated) || 'no day'} → ${asString(after.updated) || 'no day'}.`);
  }
  if (say(before.name, lang) !== say(after.name, lang)) {
    lines.push(`Mission name: "${say(before.name, lang)}" → "${say(after.name, lang)}".`);
  }

  const oldPhases = byId(asList(before.phases));
  for (const phase of asList(after.phases)) {
    const name = say(phase.name, lang);
    const old = oldPhases.get(asString(phase.id));
    if (!old) lines.push(`New phase: ${name}, from ${asString(phase.start)}.`);
    else if (asString(old.end) !== asString(phase.end)) {
      lines.push(
        `${name}: ends ${asString(old.end) || 'open-ended'} → ${asString(phase.end) || 'open-ended'}.`,
      );
    }
  }
  const newPhases = byId(asList(after.phases));
  for (const [id, phase] of oldPhases) {
    if (!newPhases.has(id)) lines.push(`Phase removed: ${say(phase.name, lang)}.`);
  }

  lines.push(
    ...compareLatest('Mission total', asList(before.totals), asList(after.totals), figureKey, figureWords),
  );

  const oldContributors = byId(asList(before.contributors));
  const newContributors = byId(asList(after.contributors));
  for (const [id, contributor] of newContributors) {
    const name = contributorName(contributor, lang);
    const old = oldContributors.get(id);
    if (!old) lines.push(`New contributor: ${name}.`);
    if (asString(old?.left) !== asString(contributor.left) && contributor.left) {
      lines.push(`${name}: shown as a former contributor (left ${asString(contributor.left)}).`);
    }
    const people = (entry: Json | undefined) => asList(entry?.personnel);
    const money = (entry: Json | undefined) => asList(entry?.funding);
    lines.push(...compareLatest(name, people(old), people(contributor), figureKey, figureWords));
    lines.push(...compareLatest(name, money(old), money(contributor), moneyKey, moneyWords));
  }
  for (const [id, contributor] of oldContributors) {
    if (!newContributors.has(id)) lines.push(`Contributor removed: ${contributorName(contributor, lang)}.`);
  }

  const oldFunds = byId(asList(before.funds));
  for (const fund of asList(after.funds)) {
    const old = oldFunds.get(asString(fund.id));
    if (!old) lines.push(`New fund: ${say(fund.name, lang)}.`);
    lines.push(
      ...compareLatest(say(fund.name, lang), asList(old?.money), asList(fund.money), moneyKey, moneyWords),
    );
  }

  const losses = (doc: Json) => {
    const sums = new Map<string, number>();
    for (const entry of asList(doc.casualties)) {
      const contributor =
        newContributors.get(asString(entry.contributor)) ?? oldContributors.get(asString(entry.contributor));
      const name = contributor ? contributorName(contributor, lang) : asString(entry.contributor);
      sums.set(name, (sums.get(name) ?? 0) + (typeof entry.killed === 'number' ? entry.killed : 0));
    }
    return sums;
  };
  const oldLosses = losses(before);
  const newLosses = losses(after);
  for (const name of new Set([...oldLosses.keys(), ...newLosses.keys()])) {
    const was = oldLosses.get(name) ?? 0;
    const is = newLosses.get(name) ?? 0;
    if (was !== is) lines.push(`${name} personnel killed: ${number(was)} → ${number(is)}.`);
  }

  const oldEvents = byId(asList(before.events));
  const newEvents = byId(asList(after.events));
  for (const [id, event] of newEvents) {
    const old = oldEvents.get(id);
    const title = say(event.title, lang);
    if (!old) lines.push(`New event, ${asString(event.date)}: ${title}`);
    else {
      const changed = [
        asString(old.date) !== asString(event.date) && `date ${asString(old.date)} → ${asString(event.date)}`,
        say(old.title, lang) !== title && `title was "${say(old.title, lang)}"`,
        say(old.summary, lang) !== say(event.summary, lang) && 'summary',
        asString(old.category) !== asString(event.category) &&
          `category ${asString(old.category)} → ${asString(event.category)}`,
      ].filter(Boolean);
      if (changed.length)
        lines.push(`Event changed, ${asString(event.date)}: ${title} (${changed.join('; ')})`);
    }
  }
  for (const [id, event] of oldEvents) {
    if (!newEvents.has(id)) lines.push(`Event removed, ${asString(event.date)}: ${say(event.title, lang)}`);
  }

  const source = (entry: Json) =>
    `${asString(entry.publisher)}, "${say(entry.title, lang)}" (${asString(entry.id)})`;
  const oldSources = byId(asList(before.sources));
  const newSources = byId(asList(after.sources));
  for (const [id, entry] of newSources) if (!oldSources.has(id)) lines.push(`New source: ${source(entry)}.`);
  for (const [id, entry] of oldSources)
    if (!newSources.has(id)) lines.push(`Source removed: ${source(entry)}.`);
  return lines;
}
