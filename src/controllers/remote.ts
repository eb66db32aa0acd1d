/**
 * What data from `src` or inline JSON needs beyond the validator: fetching, the per-URL store,
 * parsing, and the page's one mission source per URL (its polling for `refresh` included). The
 * widgets load it on first use (./remote-data.ts), so that a page showing the shipped dataset
 * never pays for it.
 */
export { checkDataUrl } from './data-url.js';
export { getMission } from '../data/store.js';
export { parseMissionGradually } from '../data/load.js';
export { followMission } from './mission-source.js';
