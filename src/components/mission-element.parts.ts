/**
 * What every widget renders around its mission: the loading and error states (the publisher's
 * fallback shown again on error), the polite announcement of a refresh, the note that the data
 * is stale, and lists of source links.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { isolate } from '../data/isolate.js';
import type { Source, Text } from '../data/schema.js';
import type { MissionStatus } from '../controllers/mission-controller.js';
import type { CommonMessages, StatusMessages } from '../i18n/common.js';
import { formatDate } from '../i18n/format.js';

/** The root of every state; `content` is the mission's template once complete. */
export const root = (state: MissionStatus, content: unknown) =>
  html`<div class="root" part="root" data-state=${state}>${content}</div>`;

/** The loading message, or the error message with the fallback content shown again under it. */
export const status = (failed: boolean, messages: StatusMessages) =>
  html`<p class="status" part="status">${failed ? messages.unavailable : messages.loading}</p>
    ${failed ? html`<slot></slot>` : nothing}`;

/** The mission, what a refresh brought (said once, politely), and the stale note while checks fail. */
export const shown = (mission: TemplateResult, announcement: string, stale: string | false) =>
  html`${mission}
    <p class="visually-hidden" aria-live="polite">${announcement}</p>
    ${stale ? html`<p class="muted" part="stale">${stale}</p>` : nothing}`;

/**
 * Links to the sources of `ids`, in order, skipping unknown ids: each named by its publisher and
 * date, its `title` the source's own (`text`: a data text in the widget's locale).
 */
export const sourceList = (
  ids: readonly string[],
  all: readonly Source[] = [],
  common: CommonMessages,
  locale: string,
  text: (title: Text) => string,
) => {
  const sources = ids
    .map((id) => all.find((source) => source.id === id))
    .filter((source): source is Source => source !== undefined);
  const label = (source: Source) =>
    common.source(isolate(source.publisher), source.date && formatDate(source.date, locale));
  return sources.length
    ? html`<ul class="sources" part="sources">
        ${sources.map(
          (source) =>
            html`<li>
              <a href=${source.url} rel="noopener noreferrer" title=${text(source.title)}>${label(source)}</a>
            </li>`,
        )}
      </ul>`
    : nothing;
};
