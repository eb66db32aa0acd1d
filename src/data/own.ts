/**
 * The host page's prototypes are not ours to trust: an old script may add `Object.prototype.x`
 * (enumerable or not), and data read through the prototype chain would then have fields the
 * file never had. Data is read into null-prototype objects holding only their own fields.
 */

/** Past this depth (far deeper than the schema) values are left as they are: nothing reads them. */
const MAX_DEPTH = 64;

type Own = { [key: string]: unknown };

/** A deep copy of JSON-like data with null-prototype objects and only own enumerable fields. */
export function ownCopy<T>(value: T, depth = 0): T {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    const list: unknown[] = [];
    for (let index = 0; index < value.length; index++) list.push(ownCopy(value[index], depth + 1));
    return list as T;
  }
  const copy = Object.create(null) as Own;
  for (const key of Object.keys(value)) copy[key] = ownCopy((value as Own)[key], depth + 1);
  return copy as T;
}

/**
 * An options object for the platform (`fetch`, `CustomEvent`, `Intl`) without a prototype: those
 * read every option they know through the prototype chain, so a page's `Object.prototype.body`
 * would otherwise become a request body.
 */
export function bag<T extends object>(fields: T): T {
  return Object.assign(Object.create(null) as T, fields);
}
