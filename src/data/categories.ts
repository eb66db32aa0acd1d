/**
 * The event categories, apart from the rest of the model's vocabulary (constants.ts): the
 * timeline uses them, the counter and the list not, and the rest stays with the validator.
 */
/** Event categories the widgets know; an unknown one is a warning and shows as `other`. */
export const CATEGORIES = [
  'crisis',
  'diplomacy',
  'mandate',
  'funding',
  'deployment',
  'casualty',
  'politics',
  'other',
] as const;
