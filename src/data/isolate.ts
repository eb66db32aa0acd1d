/**
 * Data text inside the widgets' own sentences, isolated from them: a publisher name ending in a
 * right-to-left override (or embedding, or isolate) must not reorder the words around it.
 */

/**
 * Characters that can change the order of text around them: right-to-left letters (Hebrew,
 * Arabic, Syriac, Thaana, N'Ko…, and their presentation forms and astral blocks) and every
 * explicit bidi control and mark (LRE RLE PDF LRO RLO, LRI RLI FSI PDI, LRM RLM ALM).
 */
const DIRECTIONAL =
  /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u{10800}-\u{10fff}\u{1e800}-\u{1efff}]/u;

/** First-strong isolate … pop directional isolate: the text takes its own direction, and no more. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/**
 * A data string, safe to put inside a sentence: wrapped in FSI…PDI when it holds anything
 * directional outside isolates of its own. Left-to-right text renders the same either way in
 * our left-to-right sentences, so it stays as it is (copied text, and every comparison, keep
 * their plain form), and a sentence made of isolated parts is not wrapped twice.
 *
 * The closing PDI also ends every embedding and override opened inside (Unicode bidi rule X6a);
 * an isolate the data opens and never closes is closed for it, and a PDI that closes nothing the
 * data opened is dropped, since it would end ours early and let the rest out.
 */
export function isolate(text: string): string {
  let open = 0;
  let loose = false;
  let balanced = '';
  for (const char of text) {
    if (char === FSI || char === '\u2066' || char === '\u2067') open++;
    else if (char === PDI) {
      if (!open) {
        loose = true;
        continue;
      }
      open--;
    } else if (!open && DIRECTIONAL.test(char)) loose = true;
    balanced += char;
  }
  return loose || open ? FSI + balanced + PDI.repeat(open) + PDI : text;
}
