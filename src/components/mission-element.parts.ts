/**
 * What every widget renders around its mission: the loading and error states (the publisher's
 * fallback shown again on error), the polite announcement of a refresh, the note that the data
 * is stale, and lists of source links.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Source } from '../data/schema.js';
import type { Mark } from '../views/words.js';
import type { MissionStatus } from '../controllers/mission-controller.js';
import type { StatusMessages } from '../i18n/common.js';

/**
 * The root of every state; `content` is the mission's template once complete. It says the
 * language its words are in, so that a screen reader speaks a widget in French on an English page
 * (`locale="fr"`) in French.
 */
export const root = (state: MissionStatus, content: unknown, lang: string) =>
  html`<div class="root" part="root" data-state=${state} lang=${lang}>${content}</div>`;

/** The loading message, or the error message with the fallback content shown again under it. */
export const status = (failed: boolean, messages: StatusMessages) =>
  html`<p class="status" part="status">${failed ? messages.unavailable : messages.loading}</p>
    ${failed ? html`<slot></slot>` : nothing}`;

/** The mission, what a refresh brought (said once, politely), and the stale note while checks fail. */
export const shown = (mission: TemplateResult, announcement: unknown, stale: string | false) =>
  html`${mission}
    <p class="visually-hidden" aria-live="polite">${announcement}</p>
    ${stale ? html`<p class="muted" part="stale">${stale}</p>` : nothing}`;

/**
 * Links to sources, each named by its `label`, its `title` the source's own. That title is not
 * marked where it is in another language: an attribute has no `lang` of its own, and the link's
 * is its label's, our words.
 */
export const sourceList = (
  sources: Source[],
  label: (source: Source) => string,
  title: (source: Source) => string,
) =>
  sources.length
    ? // role="list": WebKit no longer calls a list one when its bullets are styled away.
      html`<ul class="sources" part="sources" role="list">
        ${sources.map(
          (source) =>
            html`<li>
              <a href=${source.url} rel="noopener noreferrer" title=${title(source)}>${label(source)}</a>
            </li>`,
        )}
      </ul>`
    : nothing;

/**
 * `line`, our words, with each data text of `marks` in it in a span that says the text's language
 * (an English note in a Spanish sentence), in the order of `marks`; the text reads the same.
 */
export function marked(line: string, marks: readonly Mark[]): unknown {
  for (const [said, lang] of marks) {
    const at = said ? line.indexOf(said) : -1;
    if (at >= 0)
      return html`${marked(line.slice(0, at), marks)}<span lang=${lang}>${said}</span>${marked(
          line.slice(at + said.length),
          marks,
        )}`;
  }
  return line;
}
