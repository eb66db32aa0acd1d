import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & HTMLElement;

// One observer for the page, as for visibility; it goes once no host is left to watch. It also
// watches the wide layouts' content each host follows (`follow`: a list's table).
const watched = new Map<Element, ContainerWidthController>();
let observer: ResizeObserver | undefined;
// A web font that arrives after a measurement changes every width it measured: each host
// measures again (one listener for the page, with the observer; no `document.fonts`, no fonts).
const refit = () => watched.forEach((controller) => controller.refit());
// The page's own `document.fonts` may be anything (replaced, without listeners, a getter that
// throws): then no font is followed, and the widget still renders.
const fonts = (method: 'addEventListener' | 'removeEventListener') => {
  try {
    document.fonts[method]('loadingdone', refit);
  } catch {
    // No fonts to follow.
  }
};

const px = (style: CSSStyleDeclaration, property: string) =>
  parseFloat(style.getPropertyValue(property)) || 0;

/** `rem` in pixels, as container queries count it: the root element's font size. */
const remPx = () => px(getComputedStyle(document.documentElement), 'font-size') || 16;

/** The element's content-box inline size now, as a container query sees it; 0 when not laid out. */
function contentInlineSize(element: Element): number {
  const style = getComputedStyle(element);
  // A rendered element's computed `inline-size` is its used size in pixels, per its `box-sizing`.
  const edges =
    style.boxSizing === 'border-box'
      ? ['padding-inline-start', 'padding-inline-end', 'border-inline-start-width', 'border-inline-end-width']
          .map((property) => px(style, property))
          .reduce((sum, value) => sum + value)
      : 0;
  return Math.max(0, px(style, 'inline-size') - edges);
}

/**
 * Whether the host's content box is at least `rem` wide along its inline axis, for a host that
 * renders a different layout in wide and narrow containers, and only the one in use.
 *
 * The first reading is synchronous, so the first render already has the right layout; then one
 * shared `ResizeObserver` follows the host and asks for an update only when the answer changes,
 * in the next frame: a new layout changes the host's height, and changed inside the observer's
 * callback it would make the browser report a "ResizeObserver loop" error to the page.
 * A host that is not laid out (width 0, `display: none`) keeps its last answer, narrow at first.
 * The threshold may change between renders (a layout whose needs are known only with its data):
 * the next reading answers for it at once, from the size last seen, with no new measurement.
 * A wide layout found wider than the box (`overflows`), or growing past it (`follow`), raises it
 * to the size that layout needs, until a web font finishes loading (`document.fonts`'
 * `loadingdone`, where the engine fires it): then it is measured again.
 */
export class ContainerWidthController implements ReactiveController {
  /** On the server, where nothing has a size: the layout static HTML is rendered in (narrow by default). */
  static serverWide = false;
  /** On the server: the threshold (rem) the last render asked about, so that it renders both layouts. */
  static serverAsked?: number;

  /**
   * The content size (px) the wide layout was measured to need, once it did not fit (see
   * `overflows`); the host sets it to 0 to measure again when its content changes.
   */
  need = 0;

  /** The answer the host last read. */
  private answer?: boolean;
  /** The content box's inline size at the first reading, then as the observer last reported it. */
  private size?: number;
  private frame = 0;
  private content?: Element;

  constructor(
    private readonly host: Host,
    /** The threshold, in rem; set it before a render to have that render answer for the new one. */
    public rem: number,
  ) {
    host.addController(this);
  }

  /** Whether the host's content box is at least the threshold wide. */
  get wide(): boolean {
    if (isServer) {
      ContainerWidthController.serverAsked = this.rem;
      return ContainerWidthController.serverWide;
    }
    return (this.answer = this.fits((this.size ??= contentInlineSize(this.host))));
  }

  /**
   * The wide layout, as rendered, is `px` wider than the content box: narrow from now on, up to
   * the size it needs (measured, as no threshold can know the page's font or the words' length).
   */
  overflows(px: number): void {
    if (px < 0.5 || !this.size) return;
    this.need = this.size + px;
    // Measured after an update, answered in the next, before the frame is painted (asked for in
    // the same update, Lit would take it for a property set there by mistake, and say so).
    queueMicrotask(() => this.host.requestUpdate());
  }

  hostConnected(): void {
    watched.set(this.host, this);
    observer ??= new ResizeObserver((entries) => {
      for (const { target, contentBoxSize } of entries) {
        const controller = watched.get(target);
        const size = contentBoxSize[0].inlineSize;
        if (target === controller?.host) controller.resized(size);
        else controller?.grown(size);
      }
    });
    // Added once: the same listener again is no second one.
    fonts('addEventListener');
    observer.observe(this.host);
    this.watch(true);
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    watched.delete(this.host);
    observer?.unobserve(this.host);
    this.watch(false);
    if (!watched.size) {
      observer?.disconnect();
      observer = undefined;
      fonts('removeEventListener');
    }
  }

  /**
   * Follows the wide layout's content while it is rendered (`undefined` once it is not): content
   * that grows wider than the box (a web font arriving, a larger text size; in every engine, as a
   * resize) makes the answer narrow, up to the size it needs, as `overflows` does. Only the wide
   * layout is followed, and only its growing past the box counts: a switch of layout cannot
   * bring the wide one back (no flip-flop), only a box as wide as it needs, or a font loaded.
   */
  follow(element?: Element): void {
    if (element === this.content) return;
    this.watch(false);
    this.content = element;
    this.watch(this.host.isConnected);
  }

  /** Fonts have loaded: the wide layout is measured again at the next render, as if never measured. */
  refit(): void {
    this.need = 0;
    this.host.requestUpdate();
  }

  private fits(size = this.size!): boolean {
    return size > 0 && size >= Math.max(this.rem * remPx(), this.need);
  }

  // Kept while the host is off the page, to be followed again when it comes back.
  private watch(on: boolean): void {
    const content = this.content;
    if (!content) return;
    if (on) watched.set(content, this);
    else watched.delete(content);
    observer?.[on ? 'observe' : 'unobserve'](content);
  }

  /** The content is `size` wide: wider than the box, that is the size the wide layout needs. */
  private grown(size: number): void {
    if (size < this.size! + 0.5) return;
    this.need = size;
    this.update();
  }

  private resized(size: number): void {
    // Before the host's first reading, a size kept now could be old by then (the column may
    // narrow while the data loads): that reading measures the host itself.
    if (!size || this.answer === undefined) return;
    this.size = size;
    this.update();
  }

  /** An update in the next frame (see the class), if the answer has changed by then. */
  private update(): void {
    if (this.answer === this.fits()) return;
    this.frame ||= requestAnimationFrame(() => {
      this.frame = 0;
      if (this.answer !== this.fits()) this.host.requestUpdate();
    });
  }
}

/** How many elements the shared observer watches (for leak checks). */
export function elementsWatchedForWidth(): number {
  return watched.size;
}
