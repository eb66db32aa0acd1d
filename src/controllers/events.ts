/**
 * The four events every widget fires: their names, the types of their `detail`, and the one way
 * they are dispatched (bubbling and composed, so that a listener on the page hears them from
 * inside any shadow root). Nothing is sent anywhere by us: these are for the publisher's code.
 */
import type { MissionDataError } from '../data/errors.js';
import { bag } from '../data/own.js';

export interface MissionDataLoadDetail {
  /** Its URL, `inline` or `default`. */
  origin: string;
  warnings: string[];
}

export interface MissionDataErrorDetail {
  origin: string;
  kind: MissionDataError['kind'];
  /** Every problem, one line each, with its path (`events[3].date: …`). */
  messages: string[];
}

export interface MissionWidgetEventDetail {
  /** The element's name, e.g. `troop-counter`. */
  widget: string;
  /** `view`, or what the reader did: `source`, `filter`, `expand`… */
  action: string;
  [key: string]: unknown;
}

/** Each event's name and the type of its detail. */
export interface MissionEventMap {
  'mission-data-load': MissionDataLoadDetail;
  'mission-data-error': MissionDataErrorDetail;
  'mission-widget-view': MissionWidgetEventDetail;
  'mission-widget-interact': MissionWidgetEventDetail;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mission-data-load': CustomEvent<MissionDataLoadDetail>;
    'mission-data-error': CustomEvent<MissionDataErrorDetail>;
    'mission-widget-view': CustomEvent<MissionWidgetEventDetail>;
    'mission-widget-interact': CustomEvent<MissionWidgetEventDetail>;
  }
}

/** Fires `type` at `target`. The options are a prototype-free bag: a polluted page adds nothing. */
export function dispatchMissionEvent<K extends keyof MissionEventMap>(
  target: EventTarget,
  type: K,
  detail: MissionEventMap[K],
): void {
  target.dispatchEvent(new CustomEvent(type, bag({ detail, bubbles: true, composed: true })));
}
