/**
 * A widget moved into another document (a same-origin iframe, and back): the browser drops
 * adopted style sheets made in another document, so the widget adopts its styles again, as
 * sheets of the new document's own window. Without them, visually hidden text would show.
 */
import { adoptStyles, type CSSResultOrNative, type LitElement } from 'lit';

/** Adopts `element`'s styles again in the document it is now in. */
export function adoptStylesAgain(element: LitElement): void {
  const root = element.renderRoot;
  if (!(root instanceof ShadowRoot) || !('adoptedStyleSheets' in root)) return;
  const styles = (element.constructor as typeof LitElement).elementStyles;
  const view = element.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  if (element.ownerDocument === document) adoptStyles(root, styles);
  else if (view?.CSSStyleSheet) root.adoptedStyleSheets = styles.map((style) => sheetIn(view, style));
}

/** Each style's copy made in another window, made once per window. */
const copies = new WeakMap<Window, Map<CSSResultOrNative, CSSStyleSheet>>();
function sheetIn(view: Window & typeof globalThis, style: CSSResultOrNative): CSSStyleSheet {
  let made = copies.get(view);
  if (!made) copies.set(view, (made = new Map()));
  let sheet = made.get(style);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    const text =
      style instanceof CSSStyleSheet
        ? [...style.cssRules].map((rule) => rule.cssText).join('\n')
        : (style as { cssText: string }).cssText;
    sheet.replaceSync(text);
    made.set(style, sheet);
  }
  return sheet;
}
