/**
 * `<event-timeline>`'s smaller templates: the live count of events the filters leave, and each
 * event's footnote line (countries and sources).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isolate } from '../data/isolate.js';
import type { Source, Text } from '../data/schema.js';
import type { CommonMessages } from '../i18n/common.js';
import type { TimelineMessages } from '../i18n/event-timeline.js';
import { formatDate, formatNumber, pluralRules } from '../i18n/format.js';
import { uiLocale } from '../i18n/languages.js';
import type { TimelineView } from '../views/event-timeline.js';

/** How many events the filters leave, in a polite live region: "6 of 12 events". */
export function count({ total, count }: TimelineView, m: TimelineMessages, locale: string): TemplateResult {
  const n = (value: number) => formatNumber(value, locale);
  const words = m.count(n(count), count < total ? n(total) : undefined, pluralRules(locale).select(count));
  return html`<p class="count" role="status" part="count">${words}</p>`;
}

/** What an event's footnote line needs: the locale's words and the data's sources. */
export interface FootWords {
  locale: string;
  common: CommonMessages;
  /** A data text in the widget's locale, isolated. */
  text: (value: Text) => string;
  sources: readonly Source[];
}

/** Where the event came from and whom it involved: one small line, sources as footnote links. */
export function footnote(
  countries: string,
  ids: readonly string[],
  { locale, common, text, sources: all }: FootWords,
): TemplateResult | typeof nothing {
  const sources = ids
    .map((id) => all.find((source) => source.id === id))
    .filter((source): source is Source => source !== undefined);
  if (!countries && !sources.length) return nothing;
  const publishers = sources.map((source) => source.publisher);
  const label = (source: Source) =>
    common.source(isolate(source.publisher), source.date && formatDate(source.date, locale));
  return html`<p class="foot">
    ${countries ? html`<span class="countries">${countries}</span>` : nothing}
    ${
      sources.length
        ? html`<span class="sources" part="sources"
            >${common.sources}${uiLocale(locale) === 'fr' ? '\u00a0:' : ':'}
            ${sources.map(
              (source, i) =>
                html`${i ? ', ' : ''}<a
                    href=${source.url}
                    rel="noopener noreferrer"
                    title=${text(source.title)}
                    aria-label=${label(source)}
                    >${
                      publishers.indexOf(source.publisher) === publishers.lastIndexOf(source.publisher)
                        ? isolate(source.publisher)
                        : label(source)
                    }</a
                  >`,
            )}</span
          >`
        : nothing
    }
  </p>`;
}

/** A line's first letter as a capital (the names are Latin script in every language we ship). */
export const capitalise = (text: string) => text && text[0].toUpperCase() + text.slice(1);
