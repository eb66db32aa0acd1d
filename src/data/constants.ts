/**
 * The fixed vocabulary and limits of the data model. Kept apart from the schema, so that the
 * widgets use them without carrying the validator (which the drop-in loads only when needed).
 */
export const PERSONNEL_STATUSES = ['pledged', 'preparing', 'deployed'] as const;
export const ROLES = ['lead', 'contributor'] as const;
export const PERSONNEL_KINDS = ['police', 'military', 'mixed'] as const;
export const FUNDING_STATUSES = ['pledged', 'disbursed'] as const;
/** Event categories the widgets know; an unknown one is a warning and shows as `other`. */
export const CATEGORIES = [
  'crisis',
  'diplomacy',
  'mandate',
  'funding',
  'deployment',
  'politics',
  'other',
] as const;

/** Limits that keep one bad file from costing a reader's browser more than it should. */
export const LIMITS = {
  text: 5_000,
  count: 10_000_000,
  amount: 1e15,
  list: 100_000,
} as const;
