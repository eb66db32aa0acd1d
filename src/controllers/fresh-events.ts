import type { MissionData } from '../data/schema.js';
import { timeline } from '../i18n/event-timeline.js';
import { formatNumber, pluralRules } from '../i18n/format.js';
import { messagesFor } from '../i18n/locale.js';

/** The events a refresh just added to a timeline: marked "new" until the next version, and counted aloud. */
export class FreshEvents {
  /** The ids of the events the last refresh added. */
  ids = new Set<string>();

  /** Takes what a refresh from `previous` to `next` added; says how many in `locale` ("2 new events."), or `''`. */
  added(previous: MissionData, next: MissionData, locale: string): string {
    const known = new Set(previous.events.map((event) => event.id));
    this.ids = new Set(next.events.filter((event) => !known.has(event.id)).map((event) => event.id));
    const { size } = this.ids;
    return size
      ? messagesFor(timeline, locale).added(formatNumber(size, locale), pluralRules(locale).select(size))
      : '';
  }
}
