/**
 * Rules that span fields, which a schema cannot say. They read the raw document defensively,
 * so they still run (and report) when parts of it have the wrong shape.
 */
import { firstDay, lastDay } from './dates.js';
import type { ValidationIssue } from './issues.js';
import { formatPath, type PathKey } from './paths.js';
import { CATEGORIES } from './constants.js';
import { isCountryCode, unknownCountry } from './countries.js';
import { isolate } from './isolate.js';

type Loose = Record<string, unknown>;
interface Item {
  item: Loose;
  path: PathKey[];
}

const asRecord = (value: unknown): Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Loose) : {};
const asString = (value: unknown) => (typeof value === 'string' ? value : undefined);
// A count the schema accepts; other values are the schema's to report, not compared here.
const asCount = (value: unknown) =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : undefined;

function items(parent: Item, key: string): Item[] {
  const value = parent.item[key];
  if (!Array.isArray(value)) return [];
  return value.map((item: unknown, index) => ({ item: asRecord(item), path: [...parent.path, key, index] }));
}

function strings(parent: Item, key: string): { value: string; path: PathKey[] }[] {
  const value = parent.item[key];
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown, index) =>
    typeof item === 'string' ? [{ value: item, path: [...parent.path, key, index] }] : [],
  );
}

export function crossFieldIssues(input: unknown): ValidationIssue[] {
  const root: Item = { item: asRecord(input), path: [] };
  const issues: ValidationIssue[] = [];
  const error = (path: PathKey[], message: string) =>
    issues.push({ path: formatPath(path), message, severity: 'error' });
  const warning = (path: PathKey[], message: string) =>
    issues.push({ path: formatPath(path), message, severity: 'warning' });

  /** Reports every item whose key an earlier item already has; returns the keys seen. */
  const unique = (list: Item[], keyOf: (item: Loose) => string | undefined, what: string, field?: string) => {
    const seen = new Map<string, PathKey[]>();
    for (const { item, path } of list) {
      const key = keyOf(item);
      if (key === undefined) continue;
      const first = seen.get(key);
      if (first)
        error(field ? [...path, field] : path, `${what} ${key} is already given at ${formatPath(first)}`);
      else seen.set(key, path);
    }
    return seen;
  };
  const field = (name: string) => (item: Loose) => asString(item[name]);

  const sources = unique(items(root, 'sources'), field('id'), 'source id', 'id');
  const contributors = items(root, 'contributors');
  const phases = items(root, 'phases');
  const funds = items(root, 'funds');
  const events = items(root, 'events');
  const contributorIds = unique(contributors, field('id'), 'contributor id', 'id');
  unique(
    contributors.filter(({ item }) => item.type === 'country'),
    field('country'),
    'country',
    'country',
  );
  unique(phases, field('id'), 'phase id', 'id');
  const fundIds = unique(funds, field('id'), 'fund id', 'id');
  unique(events, field('id'), 'event id', 'id');

  const updated = asString(root.item.updated);
  const checkCitations = (owner: Item) => {
    for (const { value, path } of strings(owner, 'sources')) {
      if (!sources.has(value))
        error(path, `no source with id ${isolate(`"${value}"`)} in the document's sources`);
    }
  };
  const checkNotAfterUpdate = (owner: Item, key = 'date') => {
    const date = asString(owner.item[key]);
    if (updated && date && firstDay(date) > updated) {
      warning([...owner.path, key], `${date} is after the document's update day ${updated}`);
    }
  };
  const checkContributor = (path: PathKey[], id: string | undefined) => {
    if (id !== undefined && !contributorIds.has(id))
      error(path, `no contributor with id ${isolate(`"${id}"`)}`);
  };
  /** A dated, sourced entry: its citations, its date, and for a figure its one way of counting. */
  const entry = (owner: Item, quantity = false) => {
    checkCitations(owner);
    checkNotAfterUpdate(owner);
    if (quantity) checkQuantity(owner, error);
    for (const alternative of items(owner, 'alternatives')) {
      checkCitations(alternative);
      checkQuantity(alternative, error);
    }
  };
  const money = (owner: Item) => {
    entry(owner);
    const to = asString(owner.item.to);
    if (to !== undefined && !fundIds.has(to))
      error([...owner.path, 'to'], `no fund with id ${isolate(`"${to}"`)}`);
    const period = asRecord(owner.item.period);
    const [start, end] = [asString(period.start), asString(period.end)];
    if (start && end && firstDay(end) < firstDay(start))
      error([...owner.path, 'period', 'end'], `${end} is before the period's start ${start}`);
  };
  // Two entries for one thing on one day would make "the latest" ambiguous.
  const sameDay = (keys: string[]) => (item: Loose) =>
    [item.status, item.date].every((part) => typeof part === 'string')
      ? `"${[...keys.map((key) => item[key]), 'on', item.date].filter(Boolean).join(' ')}"`
      : undefined;

  let previous: Item | undefined;
  for (const phase of phases) {
    checkCitations(phase);
    const start = asString(phase.item.start);
    const end = asString(phase.item.end);
    if (start && end && lastDay(end) < firstDay(start))
      error([...phase.path, 'end'], `${end} is before the phase's start ${start}`);
    const before = previous && asString(previous.item.end);
    const beforeStart = previous && asString(previous.item.start);
    if (previous && start && beforeStart && firstDay(start) < firstDay(beforeStart))
      error([...phase.path, 'start'], `phases must be in date order: ${start} is before ${beforeStart}`);
    else if (previous && start && !before)
      error([...previous.path, 'end'], `an open-ended phase must be the last one; the next starts ${start}`);
    else if (before && start && firstDay(start) < firstDay(before))
      error([...phase.path, 'start'], `${start} is before the end of the previous phase, ${before}`);
    for (const lead of strings(phase, 'leads')) checkContributor(lead.path, lead.value);
    for (const decision of items(phase, 'decisions')) entry(decision);
    for (const ceiling of items(phase, 'ceilings')) entry(ceiling);
    previous = phase;
  }

  for (const contributor of contributors) {
    const figures = items(contributor, 'personnel');
    const funding = items(contributor, 'funding');
    for (const figure of figures) entry(figure, true);
    for (const item of funding) money(item);
    unique(figures, sameDay(['status', 'kind']), 'a figure');
    unique(funding, sameDay(['status', 'currency', 'to']), 'an entry');
    warnDeployedAbovePledged(figures, warning);
    checkNotAfterUpdate(contributor, 'left');
  }
  for (const total of items(root, 'totals')) entry(total, true);
  for (const fund of funds) {
    checkCitations(fund);
    const moneys = items(fund, 'money');
    moneys.forEach(money);
    unique(moneys, sameDay(['status', 'currency']), 'an entry');
  }
  for (const casualty of items(root, 'casualties')) {
    entry(casualty);
    checkContributor([...casualty.path, 'contributor'], asString(casualty.item.contributor));
    if (!['killed', 'injured', 'missing'].some((key) => casualty.item[key] !== undefined))
      error(casualty.path, 'expected at least one of killed, injured or missing');
    const [killed, wasMissing] = [asCount(casualty.item.killed) ?? 0, asCount(casualty.item.wasMissing)];
    if (wasMissing !== undefined && wasMissing > killed)
      error(
        [...casualty.path, 'wasMissing'],
        `${wasMissing} were missing, but only ${killed} are said killed`,
      );
  }
  // Well formed but no country: the widgets would show the bare code, or another country's name.
  const country = (value: unknown, path: PathKey[]) => {
    if (typeof value === 'string' && /^[A-Z]{2}$/.test(value) && !isCountryCode(value))
      warning(path, unknownCountry(value));
  };
  country(root.item.host, ['host']);
  for (const { item, path } of contributors)
    if (item.type === 'country') country(item.country, [...path, 'country']);
  for (const owner of events) for (const { value, path } of strings(owner, 'countries')) country(value, path);
  for (const event of events) {
    entry(event);
    const category = asString(event.item.category);
    if (category && !(CATEGORIES as readonly string[]).includes(category)) {
      warning(
        [...event.path, 'category'],
        `unknown category ${isolate(`"${category.slice(0, 40)}"`)}, shown as "other"`,
      );
    }
  }
  return issues;
}

/** A figure counts one way: `count` (maybe `approximate`), `range`, or `present`. */
function checkQuantity({ item, path }: Item, error: (path: PathKey[], message: string) => void) {
  const given = ['count', 'range', 'present'].filter((key) => item[key] !== undefined);
  if (given.length !== 1)
    error(
      path,
      given.length
        ? `expected only one of count, range or present, got ${given.join(' and ')}`
        : 'expected one of count, range or present',
    );
  else if (item.approximate !== undefined && given[0] !== 'count')
    error([...path, 'approximate'], `only a count can be approximate; a ${given[0]} says it already`);
}

/** Pledges are often exceeded: more deployed than pledged is worth a look, not a failure. */
function warnDeployedAbovePledged(figures: Item[], warning: (path: PathKey[], message: string) => void) {
  const pledged = figures.flatMap(({ item }) => {
    const date = asString(item.date);
    const count = asCount(item.count);
    return item.status === 'pledged' && date && count !== undefined
      ? [{ date: firstDay(date), count, kind: item.kind }]
      : [];
  });
  for (const { item, path } of figures) {
    const date = asString(item.date);
    const count = asCount(item.count);
    if (item.status !== 'deployed' || !date || count === undefined) continue;
    const pledge = pledged
      .filter((entry) => entry.date <= firstDay(date) && entry.kind === item.kind)
      .reduce<{ date: string; count: number } | undefined>(
        (latest, entry) => (!latest || entry.date >= latest.date ? entry : latest),
        undefined,
      );
    if (pledge && count > pledge.count) {
      warning(
        [...path, 'count'],
        `${count} deployed is more than the ${pledge.count} pledged as of ${pledge.date}`,
      );
    }
  }
}
