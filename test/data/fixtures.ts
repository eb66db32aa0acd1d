import shipped from '../fixtures/missions/haiti-2024.json' with { type: 'json' };
import type { MissionInput } from '../../src/data/schema.js';

/** A fresh, deep copy of the Haiti story to September 2024 (version 2), to break in one place per test. */
export function shippedCopy(): MissionInput & Record<string, unknown> {
  return structuredClone(shipped) as MissionInput & Record<string, unknown>;
}
