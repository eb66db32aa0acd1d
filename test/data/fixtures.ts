import shipped from '../../data/haiti-mss.json' with { type: 'json' };
import type { MissionInput } from '../../src/data/schema.js';

/** A fresh, deep copy of the shipped dataset, to break in one place per test. */
export function shippedCopy(): MissionInput & Record<string, unknown> {
  return structuredClone(shipped) as MissionInput & Record<string, unknown>;
}
