/**
 * When two mission files say the same: a round trip through the tables must change nothing a
 * reader sees. An empty optional list and an absent one are the same (the validator fills in
 * `[]`), except `leads`, where `[]` means "no lead nation".
 */
import { formatPath, type PathKey } from '../paths.js';

type Json = Record<string, unknown>;

export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((item) => canonical(item));
  if (value === null || typeof value !== 'object') return value;
  const out: Json = {};
  for (const [name, child] of Object.entries(value as Json)) {
    if (Array.isArray(child) && child.length === 0 && name !== 'leads') continue;
    out[name] = canonical(child);
  }
  return out;
}

/** The paths where two files differ, at most `limit` of them (`contributors[2].personnel[0].note`). */
export function differences(a: unknown, b: unknown, limit = 10): string[] {
  const found: string[] = [];
  const walk = (x: unknown, y: unknown, path: PathKey[]) => {
    if (found.length >= limit) return;
    if (Object.is(x, y)) return;
    if (
      typeof x !== 'object' ||
      typeof y !== 'object' ||
      x === null ||
      y === null ||
      Array.isArray(x) !== Array.isArray(y)
    ) {
      // Written as the validator writes paths: a key from the data is quoted, and isolated.
      found.push(formatPath(path) || '(document)');
      return;
    }
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    for (const key of keys) {
      walk((x as Json)[key], (y as Json)[key], [...path, Array.isArray(x) ? Number(key) : key]);
    }
  };
  walk(canonical(a), canonical(b), []);
  return found;
}
