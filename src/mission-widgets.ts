/**
 * The types of the drop-in (`mission-widgets/mission-widgets.js`). The script itself exports
 * nothing: it registers the three elements, so `document.querySelector('troop-counter')` and
 * `document.createElement('event-timeline')` are typed once it is imported.
 */
export type { TroopCounter } from './troop-counter.js';
export type { ContributorList } from './contributor-list.js';
export type { EventTimeline } from './event-timeline.js';
