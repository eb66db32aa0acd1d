/**
 * Static HTML that is laid out for its container, as the live widget is. A widget that renders
 * one of two layouts by its container's width (the contributor list: cards, or a table from 48rem
 * or 30rem by its columns) is rendered in both; the part where the two differ is kept twice, each
 * copy shown by a container query at the widget's own threshold, so the static markup matches
 * the live widget in any column, and taking it over changes no layout. The hidden copy is
 * `display: none`, out of the accessibility tree and of `innerText`.
 *
 * It works on the renderer's own output only (escaped texts and attribute values), whose two
 * renders differ in one run of whole elements; anything else is refused rather than guessed.
 */

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'wbr']);

/** Whether a fragment of markup opens and closes the same elements, in order. */
function balanced(fragment: string): boolean {
  const open: string[] = [];
  for (const [, closing, name] of fragment.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*>/g)) {
    const tag = name.toLowerCase();
    if (VOID.has(tag)) continue;
    if (!closing) open.push(tag);
    else if (open.pop() !== tag) return false;
  }
  return open.length === 0;
}

/** The style rules that show one copy: the narrow one below `rem`, the wide one from it. */
const rules = (rem: number) =>
  `.mw-static-wide{display:none}.mw-static-narrow{display:contents}` +
  `@container (min-width:${rem}rem){.mw-static-narrow{display:none}.mw-static-wide{display:contents}}`;

/** One markup from the `narrow` and `wide` renders of the same widget, switched at `rem`. */
export function responsiveMarkup(name: string, narrow: string, wide: string, rem: number): string {
  if (narrow === wide) return narrow;
  let start = 0;
  while (start < narrow.length && narrow[start] === wide[start]) start++;
  let end = 0;
  while (
    end < Math.min(narrow.length, wide.length) - start &&
    narrow[narrow.length - 1 - end] === wide[wide.length - 1 - end]
  )
    end++;
  // Whole nodes only: back to the end of the last common tag, on to the start of the next one.
  start = narrow.lastIndexOf('>', start - 1) + 1;
  const next = narrow.indexOf('<', narrow.length - end);
  end = next < 0 ? 0 : narrow.length - next;
  const head = narrow.slice(0, start);
  const tail = narrow.slice(narrow.length - end);
  const [a, b] = [narrow.slice(start, narrow.length - end), wide.slice(start, wide.length - end)];
  const styleEnd = head.indexOf('</style>');
  if (styleEnd < 0 || !balanced(a) || !balanced(b))
    throw new Error(`${name}: its narrow and wide renders differ in more than whole elements`);
  return (
    `${head.slice(0, styleEnd)}${rules(rem)}${head.slice(styleEnd)}` +
    `<div class="mw-static-narrow">${a}</div><div class="mw-static-wide">${b}</div>${tail}`
  );
}
