/**
 * `EventTimeline` without registration: define it under any name, in any registry (a scoped
 * `new CustomElementRegistry()` included), with `define()`.
 */
import { EventTimeline } from '../components/event-timeline.js';
import { defineAs, type ElementRegistry } from '../define.js';

export { EventTimeline };

/** Registers `EventTimeline` as `tag` (`event-timeline` by default) in `registry` (the page's by default); returns the registered class (a subclass when the class already has another name there). */
export const define = (tag = 'event-timeline', registry?: ElementRegistry): CustomElementConstructor =>
  defineAs(tag, EventTimeline, registry);
