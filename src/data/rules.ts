/**
 * Rules that span fields, which a schema cannot say. They read the raw document defensively,
 * so they still run (and report) when parts of it have the wrong shape.
 */
import { firstDay } from './dates.js';
import { formatPath, type PathKey, type ValidationIssue } from './issues.js';
import { CATEGORIES } from './constants.js';

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
  const events = items(root, 'events');
  unique(contributors, field('country'), 'country', 'country');
  unique(events, field('id'), 'event id', 'id');

  const updated = asString(root.item.updated);
  const checkCitations = (owner: Item) => {
    for (const { value, path } of strings(owner, 'sources')) {
      if (!sources.has(value)) error(path, `no source with id "${value}" in the document's sources`);
    }
  };
  const checkNotAfterUpdate = (owner: Item, date: string | undefined) => {
    if (updated && date && firstDay(date) > updated) {
      warning([...owner.path, 'date'], `${date} is after the document's update day ${updated}`);
    }
  };

  const lead = asString(root.item.lead);
  for (const contributor of contributors) {
    const country = asString(contributor.item.country);
    if (contributor.item.role === 'lead' && lead && country && country !== lead) {
      error([...contributor.path, 'role'], `${country} is marked as lead, but the mission's lead is ${lead}`);
    }
    const snapshots = items(contributor, 'personnel');
    const funding = items(contributor, 'funding');
    for (const snapshot of [...snapshots, ...funding]) {
      checkCitations(snapshot);
      checkNotAfterUpdate(snapshot, asString(snapshot.item.date));
    }
    // Two snapshots for one status on one day would make "the latest" ambiguous.
    const snapshotKey = (item: Loose) =>
      [item.status, item.date].every((part) => typeof part === 'string')
        ? `"${[item.status, item.currency, 'on', item.date].filter(Boolean).join(' ')}"`
        : undefined;
    unique(snapshots, snapshotKey, 'a snapshot');
    unique(funding, snapshotKey, 'a snapshot');
    warnDeployedAbovePledged(snapshots, warning);
  }

  for (const event of events) {
    checkCitations(event);
    checkNotAfterUpdate(event, asString(event.item.date));
    const category = asString(event.item.category);
    if (category && !(CATEGORIES as readonly string[]).includes(category)) {
      warning([...event.path, 'category'], `unknown category "${category.slice(0, 40)}", shown as "other"`);
    }
  }
  return issues;
}

/** Pledges are often exceeded: more deployed than pledged is worth a look, not a failure. */
function warnDeployedAbovePledged(snapshots: Item[], warning: (path: PathKey[], message: string) => void) {
  const pledged = snapshots.flatMap(({ item }) => {
    const date = asString(item.date);
    const count = asCount(item.count);
    return item.status === 'pledged' && date && count !== undefined ? [{ date, count }] : [];
  });
  for (const { item, path } of snapshots) {
    const date = asString(item.date);
    const count = asCount(item.count);
    if (item.status !== 'deployed' || !date || count === undefined) continue;
    const pledge = pledged
      .filter((entry) => entry.date <= date)
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
