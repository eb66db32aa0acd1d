/**
 * The few DOM globals Lit's server renderer needs, from Lit's own shim. `@lit-labs/ssr`'s
 * `install-global-dom-shim` does the same but also brings a `fetch` polyfill that Node has no
 * need of and that cannot be bundled into one file. Imported before any element class.
 */
import {
  CSSStyleSheet,
  CustomElementRegistry,
  CustomEvent,
  Document,
  document,
  Element,
  Event,
  EventTarget,
  HTMLElement,
  IntersectionObserver,
  MutationObserver,
  ResizeObserver,
  ShadowRoot,
} from '@lit-labs/ssr-dom-shim';

if (globalThis.window === undefined) {
  Object.assign(globalThis, {
    EventTarget,
    Event: globalThis.Event ?? Event,
    CustomEvent: globalThis.CustomEvent ?? CustomEvent,
    Element,
    HTMLElement,
    Document,
    document,
    CSSStyleSheet,
    ShadowRoot,
    CustomElementRegistry,
    customElements: new CustomElementRegistry(),
    IntersectionObserver,
    MutationObserver,
    ResizeObserver,
    requestAnimationFrame() {},
  });
}
