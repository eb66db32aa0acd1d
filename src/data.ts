/** The data API without any element: types, validator, loading and derivations. */
export * from './data/dates.js';
export * from './data/contributions.js';
export * from './data/derive.js';
export * from './data/errors.js';
export * from './data/issues.js';
export * from './data/paths.js';
export * from './data/mission-events.js';
export * from './data/money.js';
export {
  fetchMission,
  loadDefaultMission,
  loadSettings,
  MAX_BYTES,
  parseMissionGradually,
  TIMEOUT_MS,
} from './data/load.js';
export type { FetchOptions, LoadedMission } from './data/load.js';
export { fromJson, parseMission } from './data/parse.js';
export * from './data/schema.js';
export * from './data/store.js';
export * from './data/validate.js';
