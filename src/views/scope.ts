/**
 * One reading of the settings every widget shares, so that `as-of="2024-09"` and
 * `country="KE JM"` mean the same in the counter, the list and the timeline.
 */
import { isPartialDate, lastDay, type Day } from '../data/dates.js';
import type { Scope } from '../data/derive.js';

/** The `as-of` attribute as a day: a month or a year means its last day; anything else, none. */
export function asOfDay(value: string | null | undefined): Day | undefined {
  return value && isPartialDate(value) ? lastDay(value) : undefined;
}

/** A space-separated attribute's words: `" a  b "` → `["a", "b"]`; commas separate too. */
export function words(value?: string | null): string[] {
  return value?.split(/[\s,]+/).filter(Boolean) ?? [];
}

/** A value among the allowed ones, or the default (the first) for anything else. */
export function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T {
  return allowed.includes(value as T) ? (value as T) : allowed[0];
}

export interface ScopeSettings {
  asOf?: string | null;
  /** Contributors, space-separated: ISO codes of countries (`KE JM`) or ids (`eu`). */
  country?: string | null;
}

/** The data scope a widget's settings name. */
export function readScope({ asOf, country }: ScopeSettings): Scope {
  return { asOf: asOfDay(asOf), contributors: words(country) };
}
