import type { MissionData } from '../data/schema.js';
import { timeline } from '../i18n/event-timeline.js';
import { formatNumber, pluralRules } from '../i18n/format.js';
import { messagesFor } from '../i18n/locale.js';

const NONE: ReadonlySet<string> = new Set();

/** The events a refresh just added to a timeline: marked "new" until the next version, and counted aloud. */
export class FreshEvents {
  private ids = NONE;
  private version?: MissionData;

  /** Takes what a refresh from `previous` to `next` added; says how many in `locale` ("2 new events."), or `''`. */
  added(previous: MissionData, next: MissionData, locale: string): string {
    const known = new Set(previous.events.map((event) => event.id));
    this.ids = new Set(next.events.filter((event) => !known.has(event.id)).map((event) => event.id));
    this.version = next;
    const { size } = this.ids;
    return size
      ? messagesFor(timeline, locale).added(formatNumber(size, locale), pluralRules(locale).select(size))
      : '';
  }

  /**
   * The ids of the events marked new in `shown`: what the refresh to it added. Any other version
   * has none, whether it came from a new `src` (every event is new to the reader there, so none
   * is marked) or replaced an error.
   */
  in(shown: MissionData | undefined): ReadonlySet<string> {
    return shown && shown === this.version ? this.ids : NONE;
  }
}
