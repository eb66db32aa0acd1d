/**
 * One reading of every attribute, the same in every widget (README, "Attribute values"):
 * - a padded value means the value: `" KE "` is `KE`;
 * - an empty value means the attribute's default, as if absent (`src=""` alone is an error:
 *   a data URL was meant, and the shipped story is never shown in its place);
 * - a value the widget cannot use is reported in the console, with the attribute's name, and
 *   read as the default; in a list (`country`, `category`), an unknown entry matches nothing.
 */
import type { LitElement } from 'lit';
import { isPartialDate } from '../data/dates.js';

/** What is wrong with a (trimmed, non-empty) value, or nothing. */
export type Check = (value: string) => string | undefined;
/** The checks of a widget's own attributes, by attribute name (`static checks` of each widget). */
export type Checks = Record<string, Check>;

const quoted = (values: readonly string[]) => values.map((value) => `"${value}"`).join(', ');
export const oneOf =
  (...allowed: string[]): Check =>
  (value) =>
    allowed.includes(value) ? undefined : `expected one of ${quoted(allowed)}; "${allowed[0]}" is used`;
export const date: Check = (value) =>
  isPartialDate(value) ? undefined : 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD; ignored';
export const listOf =
  (what: string, known: (word: string) => boolean): Check =>
  (value) => {
    const unknown = value.split(/[\s,]+/).filter((word) => word && !known(word));
    return unknown.length ? `${what} ${quoted(unknown.map(short))}: matches nothing` : undefined;
  };
// The shape of an ISO code or a data id; whether the data has it is the data's to say.
const ID = /^[A-Za-z0-9][\w.-]{0,63}$/;
export const on: Check = (value) =>
  /^(false|no|off|0)$/i.test(value)
    ? 'is on: a boolean attribute is on whenever present; remove it to turn it off'
    : undefined;

// The attributes of more than one widget; each widget adds its own (`static checks`), so that a
// page without it does not carry them.
const CHECKS: Checks = {
  theme: oneOf('auto', 'light', 'dark'),
  refresh: (value) =>
    Number(value) > 0 ? undefined : 'expected a number of seconds (15 or more); no refresh',
  locale: (value) => {
    // Without the function (an old or stripped-down browser), every tag is given its chance.
    if (typeof Intl === 'undefined' || typeof Intl.getCanonicalLocales !== 'function') return undefined;
    try {
      Intl.getCanonicalLocales(value);
      return undefined;
    } catch {
      return 'expected a language tag such as "fr" or "en-GB"; the page\'s language is used';
    }
  },
  loading: oneOf('eager', 'lazy'),
  'as-of': date,
  country: listOf('not a country code or id:', (word) => ID.test(word)),
};

/** At most this much of a value is quoted back, so that a message stays short. */
const SHOWN = 40;
const short = (value: string) => (value.length > SHOWN ? `${value.slice(0, SHOWN)}…` : value);

/**
 * The console line for an attribute value a widget cannot use, or nothing. `src` is the data
 * controller's (an error event, with the fallback kept).
 */
export function attributeProblem(
  tag: string,
  name: string,
  value: string | null,
  checks: Checks = {},
): string | undefined {
  const trimmed = value?.trim();
  // Own properties only: a page may have put `history` or the like on `Object.prototype`.
  const problem = trimmed ? (Object.hasOwn(checks, name) ? checks : CHECKS)[name]?.(trimmed) : undefined;
  return problem && `mission-widgets: <${tag} ${name}="${short(trimmed!)}">: ${problem}`;
}

/** Whether a `locale` value can be used; one that cannot is read as absent. */
export const usableLocale = (value: string | undefined): boolean => !value || !CHECKS.locale(value);

/**
 * Every attribute of `element` read one way: padded values trimmed, an unusable `locale` read as
 * absent, and a console warning, once per element (`warned`), for each value it cannot use.
 */
export function readAttributes(
  element: LitElement & { locale?: string },
  warned: Set<string>,
  checks: Checks,
): void {
  const type = element.constructor as typeof LitElement;
  const self = element as unknown as Record<PropertyKey, unknown>;
  for (const [property, options] of type.elementProperties) {
    const value = self[property];
    if (!options.state && typeof value === 'string' && value !== value.trim()) self[property] = value.trim();
  }
  if (!usableLocale(element.locale)) element.locale = undefined;
  for (const name of type.observedAttributes) {
    const line = attributeProblem(element.localName, name, element.getAttribute(name), checks);
    if (line && !warned.has(line)) {
      warned.add(line);
      console.warn(line);
    }
  }
}
