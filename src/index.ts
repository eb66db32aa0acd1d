/**
 * The whole set: registers every element and exports their classes. The data API's values
 * (the validator above all) are at `mission-widgets/data.js`, so that importing the elements
 * costs no more than the three element entries; its types are here too.
 */
export type * from './data.js';
export { MissionElement, type Theme } from './components/mission-element.js';
export type {
  MissionDataErrorDetail,
  MissionDataLoadDetail,
  MissionEventMap,
  MissionWidgetEventDetail,
} from './controllers/events.js';
export { defineElement, type ElementRegistry } from './define.js';
export { VERSION } from './version.js';
export { TroopCounter } from './troop-counter.js';
export { ContributorList } from './contributor-list.js';
export { EventTimeline } from './event-timeline.js';
