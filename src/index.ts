/** The whole set: every element, registered, plus the data API. */
export * from './data.js';
export { MissionElement, type Theme } from './components/mission-element.js';
export { defineElement } from './define.js';
export { VERSION } from './version.js';
