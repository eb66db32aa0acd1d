/**
 * What data from `src` or inline JSON needs beyond the validator: fetching, the per-URL store
 * and parsing. The widgets load it on first use (`import()`), so that a page showing the
 * shipped dataset never pays for it.
 */
export { getMission, reloadMission, subscribeMission } from './store.js';
export { parseMissionGradually } from './load.js';
