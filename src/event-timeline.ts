/** `<event-timeline>` alone: registers the element and exports its class. */
import { EventTimeline } from './components/event-timeline.js';
import { defineElement } from './define.js';

defineElement('event-timeline', EventTimeline);

export { EventTimeline };

declare global {
  interface HTMLElementTagNameMap {
    'event-timeline': EventTimeline;
  }
}
