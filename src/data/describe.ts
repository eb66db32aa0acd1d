import { isolate } from './isolate.js';
const MAX_SHOWN = 40;

/**
 * A short, safe description of any value for an error message: long strings are cut and
 * objects are named, so a 10 MB string or a deep structure never ends up in a message.
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    if (value.length > MAX_SHOWN) {
      return `a text of ${value.length.toLocaleString('en')} characters starting ${isolate(JSON.stringify(value.slice(0, 20)))}`;
    }
    return isolate(JSON.stringify(value));
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length.toLocaleString('en')}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}
