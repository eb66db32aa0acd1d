/** The whole set: registers every element, and exports their classes and the data API. */
export * from './data.js';
export { MissionElement, type Theme } from './components/mission-element.js';
export { defineElement } from './define.js';
export { VERSION } from './version.js';
export { TroopCounter } from './troop-counter.js';
export { ContributorList } from './contributor-list.js';
export { EventTimeline } from './event-timeline.js';
