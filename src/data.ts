/** The data API without any element: types, validator, loading and derivations. */
export * from './data/dates.js';
export * from './data/derive.js';
export * from './data/errors.js';
export * from './data/issues.js';
export {
  fetchMission,
  fromJson,
  loadDefaultMission,
  loadSettings,
  MAX_BYTES,
  parseMission,
  parseMissionGradually,
  TIMEOUT_MS,
} from './data/load.js';
export type { FetchOptions, LoadedMission } from './data/load.js';
export * from './data/schema.js';
export * from './data/store.js';
export * from './data/validate.js';
