/**
 * Where in a mission document a problem is, as an editor reads it. Apart from ./issues.ts, which
 * every widget carries: only the validator and the spreadsheet tables write paths.
 */
import { isolate } from './isolate.js';

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
