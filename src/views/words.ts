/** Figures in words, the same way in every widget: honest about what the data says and does not. */
import type { Figure } from '../data/derive.js';
import { quantityOf, type Quantity } from '../data/quantity.js';
import type { Text } from '../data/schema.js';
import { common } from '../i18n/common.js';
import { formatNumber } from '../i18n/format.js';
import { localText, messagesFor } from '../i18n/locale.js';
import { isolate } from '../data/isolate.js';

/**
 * "426", "about 426", "800–1,500", "present, number not reported", "about 426 or more": never a
 * number that was not reported.
 */
export function quantityText(q: Quantity, locale: string): string {
  const m = messagesFor(common, locale);
  if (q.unreported && q.high === 0) return m.present;
  const n = (value: number) => formatNumber(value, locale);
  const text = q.low === q.high ? n(q.low) : `${n(q.low)}–${n(q.high)}`;
  const about = q.approximate ? m.about(text) : text;
  return q.unreported ? m.orMore(about) : about;
}

/** A note without its full stop: a sentence in the data, to which the widget adds its own. */
const bare = (note: string) => note.replace(/[.。]\s*(\u2069?)$/, '$1');

/** A data text as it stands in our words, and its language, which is not the widget's. */
export type Mark = readonly [said: string, lang: string];

/**
 * `text`, noting in `marks` each data text it gives in a language other than the widget's
 * (`lang` says which, or none), for the template to mark it wherever it stands in our words.
 */
export const noting =
  (text: (value: Text) => string, lang: (value: Text) => string | undefined, marks: Mark[]) =>
  (value: Text): string => {
    const said = text(value);
    const found = lang(value);
    // The longest first: a name inside a note is marked with the note.
    if (found) {
      marks.push([bare(said), found]);
      marks.sort((a, b) => b[0].length - a[0].length);
    }
    return said;
  };

/** What readers must see beside a figure: its notes, and where sources disagree. */
export function caveats(
  figure: Pick<Figure, 'notes' | 'alternatives'>,
  locale: string,
  text: (value: Text) => string,
  whose?: string,
): string[] {
  const m = messagesFor(common, locale);
  // A note is a sentence in the data; the widget adds its own full stop.
  const notes = [...new Set(figure.notes.map((note) => bare(text(note))))].map((note) => m.note(note, whose));
  const disagreements = figure.alternatives.map(({ quantity, others }) =>
    m.disagree(
      [quantity, ...others.map(quantityOf)].map((q) => quantityText(q, locale)),
      whose,
    ),
  );
  return [...notes, ...disagreements];
}

/** A data text in a locale, from the data's own languages, isolated for our sentences. */
export const textIn = (locale: string, documentLanguage: string) => (value: Text) =>
  isolate(localText(value, locale, documentLanguage));
