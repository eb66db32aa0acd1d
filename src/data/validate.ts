/**
 * The runtime validator: the schema's structural checks, then unknown fields (warnings, so that
 * newer data never breaks older widgets) and the cross-field rules. It never throws: whatever
 * the input, it returns every problem with its path.
 */
import * as v from 'valibot';
import type { ValidationIssue } from './issues.js';
import { formatPath, MAX_KEY_SHOWN, type PathKey } from './paths.js';
import { nextTask } from '../scheduling/next-task.js';
import { isVersion1, migrateMission, VERSION_1_WARNING } from './migrate.js';
import { crossFieldIssues } from './rules.js';
import { LIMITS } from './constants.js';
import { ownCopy } from './own.js';
import { ContributorSchema, EventSchema, MissionSchema, type MissionData } from './schema.js';

interface Counted {
  /** Every problem, however many were listed. */
  errorCount: number;
  warnings: ValidationIssue[];
}

export type ValidationResult =
  | ({ ok: true; data: MissionData; errors: [] } & Counted)
  | ({ ok: false; data?: undefined; errors: ValidationIssue[] } & Counted);

/** A version-1 document migrated, with the one warning that says so; a newer one as it is. */
function asVersion2(original: unknown): { input: unknown; notes: ValidationIssue[] } {
  // Only the document's own fields: nothing the page added to `Object.prototype`.
  const input = ownCopy(original);
  return isVersion1(input)
    ? { input: ownCopy(migrateMission(input)), notes: [VERSION_1_WARNING] }
    : { input, notes: [] };
}

/**
 * Makes a validation library's own `for…in` over a schema's `entries` see only its own keys,
 * whatever the page added to `Object.prototype`: every `entries` of the schema tree loses its
 * prototype. Returns the schema. Here, not in ./own.ts, which every widget carries.
 */
function ownSchema<T extends object>(schema: T, seen = new WeakSet<object>()): T {
  if (seen.has(schema)) return schema;
  seen.add(schema);
  for (const key of Object.keys(schema)) {
    const child = (schema as Record<string, unknown>)[key];
    if (key === 'entries' && child && typeof child === 'object') Object.setPrototypeOf(child, null);
    if (Array.isArray(child)) {
      for (const item of child) if (item && typeof item === 'object') ownSchema(item as object, seen);
    } else if (child && typeof child === 'object') ownSchema(child, seen);
  }
  return schema;
}

// valibot walks an object schema's `entries` with `for…in`, which sees enumerable properties a
// page added to `Object.prototype`; entries without a prototype see only their own keys.
for (const schema of [MissionSchema, ContributorSchema, EventSchema]) ownSchema(schema);

export function validateMission(original: unknown): ValidationResult {
  try {
    const { input, notes } = asVersion2(original);
    const parsed = v.safeParse(MissionSchema, input, { abortEarly: false });
    return result(input, parsed.success ? parsed.output : undefined, [
      ...notes,
      ...(parsed.issues ?? []).map((issue) => fromValibot(issue)),
      ...unknownFields(MissionSchema, input, []),
    ]);
  } catch (cause) {
    return failure(cause);
  }
}

/** The long lists that `validateMissionGradually` checks a slice at a time, and their slices. */
const SLICED = {
  contributors: { schema: v.array(ContributorSchema), slice: 50 },
  events: { schema: v.array(EventSchema), slice: 250 },
};
type Sliced = keyof typeof SLICED;

/**
 * The same result as `validateMission`, but a long list of contributors or events is checked
 * a slice at a time, giving the page a turn between slices: 10,000 events or 200 countries must
 * not freeze an article.
 */
export async function validateMissionGradually(original: unknown): Promise<ValidationResult> {
  const { input, notes } = asVersion2(original);
  const lengthOf = (key: Sliced) => (isRecord(input) && Array.isArray(input[key]) ? input[key].length : 0);
  const sliced = (Object.keys(SLICED) as Sliced[]).filter(
    (key) => lengthOf(key) > SLICED[key].slice * 2 && lengthOf(key) <= LIMITS.list,
  );
  if (!sliced.length) return validateMission(original);
  try {
    const doc = input as Record<Sliced, unknown[]>;
    const rest = { ...doc, ...Object.fromEntries(sliced.map((key) => [key, []])) };
    const parsed = v.safeParse(MissionSchema, rest, { abortEarly: false });
    const issues = [...notes, ...(parsed.issues ?? []).map((issue) => fromValibot(issue))];
    const checked: Partial<Record<Sliced, unknown[]>> = {};
    for (const key of sliced) {
      const { schema, slice } = SLICED[key];
      const items: unknown[] = (checked[key] = []);
      for (let start = 0; start < doc[key].length; start += slice) {
        await nextTask();
        const part = v.safeParse(schema, doc[key].slice(start, start + slice), { abortEarly: false });
        issues.push(...(part.issues ?? []).map((issue) => fromValibot(issue, [key], start)));
        if (part.success) items.push(...part.output);
      }
    }
    await nextTask();
    issues.push(...unknownFields(MissionSchema, input, []));
    const complete = sliced.every((key) => checked[key]?.length === doc[key].length);
    const data = parsed.success && complete ? ({ ...parsed.output, ...checked } as MissionData) : undefined;
    return result(input, data, issues);
  } catch (cause) {
    return failure(cause);
  }
}

/** Adds the cross-field rules to the structural problems and sorts them into the result. */
function result(
  input: unknown,
  data: MissionData | undefined,
  structural: ValidationIssue[],
): ValidationResult {
  const issues = unique([...structural, ...crossFieldIssues(input)]);
  const allErrors = issues.filter((issue) => issue.severity === 'error');
  const errors = capped(allErrors);
  const warnings = capped(issues.filter((issue) => issue.severity === 'warning'));
  const errorCount = allErrors.length;
  if (data && errorCount === 0) return { ok: true, data: ownCopy(data), errors: [], errorCount, warnings };
  return { ok: false, errors, errorCount, warnings };
}

/** A last resort: no known input reaches it, but a validator must not take the page down. */
function failure(cause: unknown): ValidationResult {
  const message = `could not be checked (${cause instanceof Error ? cause.name : 'unknown error'})`;
  return { ok: false, errors: [{ path: '', message, severity: 'error' }], errorCount: 1, warnings: [] };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Past this many, problems are counted rather than listed: 100,000 lines help nobody. */
export const MAX_LISTED_ISSUES = 500;

function capped(issues: ValidationIssue[]): ValidationIssue[] {
  if (issues.length <= MAX_LISTED_ISSUES) return issues;
  const more = issues.length - MAX_LISTED_ISSUES;
  const { severity } = issues[0];
  const summary = `and ${more.toLocaleString('en')} more ${severity === 'error' ? 'errors' : 'warnings'} like these`;
  return [...issues.slice(0, MAX_LISTED_ISSUES), { path: '', message: summary, severity }];
}

function unique(issues: ValidationIssue[]): ValidationIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.severity} ${issue.path} ${issue.message}`;
    return !seen.has(key) && seen.add(key);
  });
}

/** A valibot issue as an editor reads it; `prefix` and `offset` place a slice's issues in the document. */
function fromValibot(issue: v.BaseIssue<unknown>, prefix: PathKey[] = [], offset = 0): ValidationIssue {
  const path = issue.path ?? [];
  const last = path.at(-1);
  // A list given for an object is reported once, at the list, not once per missing key.
  const items = last?.origin === 'key' && Array.isArray(last.input) ? path.slice(0, -1) : path;
  const keys = items.map((item) => item.key as PathKey);
  if (prefix.length && typeof keys[0] === 'number') keys[0] += offset;
  return { path: formatPath([...prefix, ...keys]), message: issue.message, severity: 'error' };
}

type Introspectable = v.GenericSchema & {
  wrapped?: Introspectable;
  entries?: Record<string, Introspectable>;
  item?: Introspectable;
  /** A variant's key and options (contributors: by `type`). */
  key?: unknown;
  options?: readonly unknown[];
  literal?: unknown;
};

/** Walks the input alongside the schema (so at most as deep as the schema) for fields it does not know. */
function unknownFields(schema: Introspectable, value: unknown, path: PathKey[]): ValidationIssue[] {
  if (schema.wrapped) return unknownFields(schema.wrapped, value, path);
  if (typeof schema.key === 'string' && schema.options && isRecord(value)) {
    const { key } = schema;
    const option = (schema.options as Introspectable[]).find((o) => o.entries?.[key]?.literal === value[key]);
    return option ? unknownFields(option, value, path) : [];
  }
  if (schema.entries && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = schema.entries;
    return Object.entries(value).flatMap(([key, child]) =>
      Object.hasOwn(entries, key)
        ? unknownFields(entries[key], child, [...path, key])
        : [
            {
              path: formatPath([...path, key]),
              message:
                key.length > MAX_KEY_SHOWN
                  ? `unknown field (a name of ${key.length.toLocaleString('en')} characters), ignored`
                  : 'unknown field, ignored',
              severity: 'warning' as const,
            },
          ],
    );
  }
  if (schema.item && Array.isArray(value)) {
    const item = schema.item;
    return value.flatMap((child: unknown, index) => unknownFields(item, child, [...path, index]));
  }
  return [];
}
