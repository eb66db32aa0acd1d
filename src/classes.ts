/**
 * Every class, none registered: for sites that choose the names or register into a scoped
 * registry (`defineElement('news-counter', TroopCounter, registry)`).
 */
export { MissionElement, type Theme } from './components/mission-element.js';
export { ContributorList } from './components/contributor-list.js';
export { EventTimeline } from './components/event-timeline.js';
export { TroopCounter } from './components/troop-counter.js';
export { defineAs, defineElement, type ElementRegistry } from './define.js';
export type {
  MissionDataErrorDetail,
  MissionDataLoadDetail,
  MissionEventMap,
  MissionWidgetEventDetail,
} from './controllers/events.js';
