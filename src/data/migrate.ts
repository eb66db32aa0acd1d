/**
 * Version 1 → version 2, losing nothing. It reads the raw document defensively and changes only
 * what version 2 spells differently, so that a malformed version-1 file still reaches the
 * validator with its problems at the same paths. The CLI's `migrate` and the loaders share it.
 */
import { MIGRATE_COMMAND, MODEL_VERSION } from './constants.js';
import { firstDay } from './dates.js';
import type { ValidationIssue } from './issues.js';

type Loose = Record<string, unknown>;
const isRecord = (value: unknown): value is Loose =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** A document written before versions: an object without `version`, or with `version: 1`. */
export function isVersion1(input: unknown): input is Loose {
  return isRecord(input) && (input.version === undefined || input.version === 1);
}

/** The warning a version-1 file gets, once, naming the command that rewrites it. */
export const VERSION_1_WARNING: ValidationIssue = {
  path: 'version',
  message: `a version-1 file, read as version ${MODEL_VERSION}; rewrite it with \`${MIGRATE_COMMAND}\``,
  severity: 'warning',
};

/** The earliest day any figure of the file is dated: where the one phase of a v1 file begins. */
function earliestFigureDay(contributors: unknown[]): string | undefined {
  let earliest: string | undefined;
  for (const contributor of contributors) {
    if (!isRecord(contributor)) continue;
    for (const entry of [...listOf(contributor.personnel), ...listOf(contributor.funding)]) {
      const date = isRecord(entry) && typeof entry.date === 'string' ? firstDay(entry.date) : undefined;
      if (date && (!earliest || date < earliest)) earliest = date;
    }
  }
  return earliest;
}

/** `approximate: false` said nothing in version 1 either: it is dropped, `true` is kept. */
function withoutFalseApproximate(entry: Loose): Loose {
  const { approximate, ...rest } = entry;
  return approximate === false ? rest : entry;
}

/** The figure with `kind` after its `status`, where a reader of the file looks for it. */
function withKind({ date, status, ...rest }: Loose, kind: unknown): Loose {
  return { date, status, kind, ...rest };
}

function migrateContributor(contributor: unknown): unknown {
  if (!isRecord(contributor)) return contributor;
  const { role: _role, personnelKind, personnel, funding, ...rest } = contributor;
  const out: Loose = { id: rest.country, type: 'country', ...rest };
  if (personnel !== undefined)
    out.personnel = Array.isArray(personnel)
      ? personnel.map((figure) =>
          isRecord(figure)
            ? withoutFalseApproximate(personnelKind !== undefined ? withKind(figure, personnelKind) : figure)
            : figure,
        )
      : personnel;
  if (funding !== undefined)
    out.funding = Array.isArray(funding)
      ? funding.map((money) =>
          isRecord(money)
            ? withoutFalseApproximate(money.status === 'disbursed' ? { ...money, status: 'received' } : money)
            : money,
        )
      : funding;
  return out;
}

/**
 * The version-2 document for a version-1 one: `version: 2`; the mission's `lead` becomes one
 * phase named after the mission, from its earliest figure, led by that country; each
 * contributor gains `id` (its country) and `type: "country"`, its `personnelKind` moves onto
 * each of its figures as `kind`, and its `role` (now the phase's `leads`) is dropped;
 * `disbursed` money is `received`. Everything else is kept as it is.
 */
export function migrateMission(input: Loose): Loose {
  const { lead, version: _version, $schema, id, name, contributors, ...rest } = input;
  const start =
    earliestFigureDay(listOf(contributors)) ?? (typeof rest.updated === 'string' ? rest.updated : '');
  const phase: Loose = {
    id,
    name,
    start,
    leads: typeof lead === 'string' ? [lead] : lead === undefined ? [] : [lead],
  };
  return inOrder({
    ...($schema === undefined ? {} : { $schema }),
    version: MODEL_VERSION,
    id,
    name,
    ...rest,
    phases: [phase],
    contributors: Array.isArray(contributors) ? contributors.map(migrateContributor) : contributors,
  });
}

/** The keys in the order the README shows them, so that a migrated file reads like a new one. */
const ORDER = [
  '$schema',
  'version',
  'id',
  'name',
  'host',
  'updated',
  'language',
  'labels',
  'sources',
  'phases',
  'contributors',
  'totals',
  'funds',
  'casualties',
  'events',
];
function inOrder(doc: Loose): Loose {
  const rank = (key: string) => (ORDER.includes(key) ? ORDER.indexOf(key) : ORDER.length);
  return Object.fromEntries(Object.entries(doc).sort(([a], [b]) => rank(a) - rank(b)));
}
