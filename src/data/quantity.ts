/**
 * How many, as honestly as the data says it: an exact count, an approximate one, a range, or
 * "present, number not reported". Sums keep every part's uncertainty, and never invent a number.
 */
export interface Quantity {
  /** The smallest the figure can be (a count's value, a range's low end; 0 for `present`). */
  low: number;
  /** The largest it can be (equal to `low` unless a range is part of it). */
  high: number;
  /** Some part was given as approximate ("about 400"). */
  approximate: boolean;
  /** Some part is there with no number reported: the true figure is above what is counted. */
  unreported: boolean;
}

/** The fields of a figure in the file that say how many. */
export interface QuantityFields {
  count?: number;
  approximate?: boolean;
  range?: readonly [number, number] | number[];
  present?: true;
}

export const ZERO: Quantity = { low: 0, high: 0, approximate: false, unreported: false };

export function quantityOf(fields: QuantityFields): Quantity {
  if (fields.range)
    return { low: fields.range[0], high: fields.range[1], approximate: false, unreported: false };
  if (fields.present) return { ...ZERO, unreported: true };
  const count = fields.count ?? 0;
  return { low: count, high: count, approximate: fields.approximate === true, unreported: false };
}

export function addQuantities(a: Quantity, b: Quantity): Quantity {
  return {
    low: a.low + b.low,
    high: a.high + b.high,
    approximate: a.approximate || b.approximate,
    unreported: a.unreported || b.unreported,
  };
}

/** One number that stands for the quantity where one is needed (a bar, a sort): a range's middle. */
export function pointOf({ low, high }: Quantity): number {
  return Math.round((low + high) / 2);
}

/** Whether the quantity is exactly one known number. */
export const isSingle = (q: Quantity) => q.low === q.high && !q.unreported;

/** Whether nothing at all is there: no count above 0 and nobody present. */
export const isNone = (q: Quantity) => q.high === 0 && !q.unreported;
