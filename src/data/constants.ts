/**
 * The fixed vocabulary and limits of the data model. Kept apart from the schema, so that code
 * beside the validator uses them without carrying it; the event categories, which the timeline
 * uses too, are in categories.ts (re-exported here), so that the rest loads with the validator.
 */
/** The model version this code writes and reads natively; a file without `version` is version 1. */
export const MODEL_VERSION = 2;
export const PERSONNEL_STATUSES = ['pledged', 'preparing', 'deployed'] as const;
/** What kind of people a figure counts; `mixed` when a figure covers several. */
export const PERSONNEL_KINDS = ['police', 'military', 'civilian', 'mixed'] as const;
/** What a figure records, when it records a change. */
export const CHANGES = ['arrival', 'rotation', 'drawdown', 'withdrawal'] as const;
export const FUNDING_STATUSES = ['pledged', 'committed', 'received', 'frozen', 'withdrawn'] as const;
/** What an authorised ceiling counts. */
export const CEILING_KINDS = ['uniformed', 'civilian', 'total'] as const;
export const CONTRIBUTOR_TYPES = ['country', 'organisation'] as const;
export { CATEGORIES } from './categories.js';

/** Limits that keep one bad file from costing a reader's browser more than it should. */
export const LIMITS = {
  text: 5_000,
  count: 10_000_000,
  amount: 1e15,
  list: 100_000,
} as const;

/** The command that rewrites a version-1 file, named in the warning a version-1 file gets. */
export const MIGRATE_COMMAND = 'npx mission-widgets migrate old.json > new.json';

/** Longer addresses are refused by some browsers and servers, and are no source a reader can follow. */
export const MAX_URL = 2_048;
