/**
 * What data from `src` or inline JSON needs beyond the validator: fetching, the per-URL store,
 * parsing, and the polling for `refresh`. The widgets load it on first use (./remote-data.ts),
 * so that a page showing the shipped dataset never pays for it.
 */
export { getMission, reloadMission, subscribeMission } from '../data/store.js';
export { parseMissionGradually } from '../data/load.js';
export { watchMission } from './poller.js';
