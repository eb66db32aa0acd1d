/**
 * The runtime validator: the schema's structural checks, then unknown fields (warnings, so that
 * newer data never breaks older widgets) and the cross-field rules. It never throws: whatever
 * the input, it returns every problem with its path.
 */
import * as v from 'valibot';
import { formatPath, type PathKey, type ValidationIssue } from './issues.js';
import { crossFieldIssues } from './rules.js';
import { MissionSchema, type MissionData } from './schema.js';

export type ValidationResult =
  | { ok: true; data: MissionData; errors: []; warnings: ValidationIssue[] }
  | { ok: false; data?: undefined; errors: ValidationIssue[]; warnings: ValidationIssue[] };

export function validateMission(input: unknown): ValidationResult {
  try {
    const parsed = v.safeParse(MissionSchema, input, { abortEarly: false });
    const issues = [
      ...(parsed.issues ?? []).map(fromValibot),
      ...unknownFields(MissionSchema, input, []),
      ...crossFieldIssues(input),
    ];
    const errors = issues.filter((issue) => issue.severity === 'error');
    const warnings = issues.filter((issue) => issue.severity === 'warning');
    if (parsed.success && errors.length === 0) return { ok: true, data: parsed.output, errors: [], warnings };
    return { ok: false, errors, warnings };
  } catch (cause) {
    // A last resort: no known input reaches it, but a validator must not take the page down.
    const message = `could not be checked (${cause instanceof Error ? cause.name : 'unknown error'})`;
    return { ok: false, errors: [{ path: '', message, severity: 'error' }], warnings: [] };
  }
}

function fromValibot(issue: v.BaseIssue<unknown>): ValidationIssue {
  const keys = (issue.path ?? []).map((item) => item.key as PathKey);
  return { path: formatPath(keys), message: issue.message, severity: 'error' };
}

type Introspectable = v.GenericSchema & {
  wrapped?: Introspectable;
  entries?: Record<string, Introspectable>;
  item?: Introspectable;
};

/** Walks the input alongside the schema (so at most as deep as the schema) for fields it does not know. */
function unknownFields(schema: Introspectable, value: unknown, path: PathKey[]): ValidationIssue[] {
  if (schema.wrapped) return unknownFields(schema.wrapped, value, path);
  if (schema.entries && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = schema.entries;
    return Object.entries(value).flatMap(([key, child]) =>
      Object.hasOwn(entries, key)
        ? unknownFields(entries[key], child, [...path, key])
        : [
            {
              path: formatPath([...path, key]),
              message: 'unknown field, ignored',
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
