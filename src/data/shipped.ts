/**
 * The shipped Haiti dataset, on its own: a page that shows only it needs neither the code that
 * fetches and checks other data nor the validator.
 */
import type { LoadedMission } from './json.js';
import { ownCopy } from './own.js';
import type { MissionData } from './schema.js';

let defaultMission: Promise<LoadedMission> | undefined;

/**
 * The shipped Haiti dataset, loaded on first use only (a separate chunk in the npm build). It
 * is not validated here: a test keeps the file exactly as the validator would return it.
 */
export function loadDefaultMission(): Promise<LoadedMission> {
  defaultMission ??= import('./default-mission.js').then(({ default: json }) => ({
    // Own fields only, in null-prototype objects: see `ownCopy`.
    data: ownCopy(json as MissionData),
    warnings: [],
    origin: 'default',
  }));
  return defaultMission;
}
