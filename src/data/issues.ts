import { isolate } from './isolate.js';

/** One problem found in a mission document, with where it is. */
export interface ValidationIssue {
  /** Where, as in `contributors[2].personnel[0].count`; empty for the document itself. */
  path: string;
  message: string;
  severity: 'error' | 'warning';
}

export type PathKey = string | number;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
/** A field name longer than this is shown cut, so that a message stays one short line. */
export const MAX_KEY_SHOWN = 40;

/** `['events', 3, 'date']` → `events[3].date`; a very long name as `["aaaa…"]`. */
export function formatPath(keys: readonly PathKey[]): string {
  return keys.reduce<string>((path, key) => {
    if (typeof key === 'number') return `${path}[${key}]`;
    if (key.length > MAX_KEY_SHOWN)
      return `${path}[${isolate(JSON.stringify(`${key.slice(0, MAX_KEY_SHOWN)}…`))}]`;
    if (!IDENTIFIER.test(key)) return `${path}[${isolate(JSON.stringify(key))}]`;
    return path ? `${path}.${key}` : key;
  }, '');
}

/** `events[3].date: expected …`, the line an editor reads. */
export function formatIssue(issue: ValidationIssue): string {
  return `${issue.path || '(document)'}: ${issue.message}`;
}
