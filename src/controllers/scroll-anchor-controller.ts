import type { ReactiveController } from 'lit';
import { revealing } from './reveal.js';
import type { RovingHost } from './roving-focus-controller.js';

/**
 * Scroll anchoring where the browser has none (WebKit has no `overflow-anchor`): keeps the item
 * a reader is looking at in place when what is above it changes size. Items that skip rendering
 * off screen (`content-visibility: auto`) take their own height once rendered, and WebKit
 * renders them only as they enter the view: reading upward from a deep link, each newly shown
 * item pushed the text below it down or up, 6 to 34 px a step.
 *
 * As the browser's own anchoring does, it notes the anchor, the first rendered item matching
 * `item` whose top is in the scroller's view, with its place in the scrolled content. On each
 * scroll, and in each frame after one until three frames changed nothing, a change of the
 * anchor's place in the content is what changed above it, and the scroller is scrolled by as
 * much. Scrolling moves no item in the content, so a reader's own scrolling is never corrected.
 * Reading where things are lays the page out, and WebKit then renders what came into view: on a
 * scroll that is before the browser would, so the correction lands before paint. After a
 * correction nothing more is read, as that would render what it brought into view: its own scroll
 * event corrects for that, and notes the anchor anew.
 *
 * Nothing is done where the browser anchors itself (it would be corrected twice), while
 * `enabled()` is false (the horizontal strip), or while `reveal` scrolls smoothly: an instant
 * scroll would cut the scroll the reader asked for short. No ResizeObserver: in its callback,
 * reading where things are made WebKit render, and sizes it then could not report raised a
 * "ResizeObserver loop" error, and an observed list misses the changes that ReservedSizeController
 * makes in its own callback, with the same error.
 */
export class ScrollAnchorController implements ReactiveController {
  private anchor?: { item: HTMLElement; at: number };
  private items: HTMLElement[] = [];
  private scroller?: Element;
  private frame = 0;
  /** Frames in a row that changed nothing. */
  private quiet = 0;
  private readonly scrolled = (event: Event) => {
    if (event.target !== (this.scroller ?? document)) return;
    this.keep();
    this.quiet = 0;
    this.frame ||= requestAnimationFrame(this.next);
  };
  private readonly next = () => {
    this.frame = 0;
    this.quiet = this.keep() ? 0 : this.quiet + 1;
    if (this.quiet < 3) this.frame = requestAnimationFrame(this.next);
  };

  constructor(
    private readonly host: RovingHost,
    private readonly item: string,
    private readonly enabled: () => boolean,
  ) {
    if (needed) host.addController(this);
  }

  hostConnected(): void {
    // Captured: scroll events do not bubble, and the scroller may be any ancestor.
    document.addEventListener('scroll', this.scrolled, { capture: true, passive: true });
  }

  hostUpdated(): void {
    this.items = [...this.host.renderRoot.querySelectorAll<HTMLElement>(this.item)];
    this.scroller = scrollerOf(this.host);
  }

  hostDisconnected(): void {
    document.removeEventListener('scroll', this.scrolled, { capture: true });
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.anchor = undefined;
    this.items = [];
  }

  /** Corrects for what moved the anchor, or notes it anew; whether it had moved. */
  private keep(): boolean {
    const { anchor, scroller } = this;
    const view = scroller?.getBoundingClientRect() ?? { top: 0, bottom: innerHeight };
    let shift = 0;
    let corrected = false;
    if (anchor?.item.isConnected) {
      const now = place(anchor.item, scroller);
      // Whole pixels: WebKit drops a scroll's fraction of one.
      shift = Math.round(now - anchor.at);
      // Where the anchor was in view before it moved: out of view, it is not what a reader sees.
      const was = anchor.item.getBoundingClientRect().top - shift;
      corrected = shift !== 0 && was >= view.top && was < view.bottom && !revealing() && this.enabled();
      // Instant even on a page with `scroll-behavior: smooth`: the correction must land before paint.
      if (corrected) (scroller ?? window).scrollBy({ top: shift, behavior: 'instant' });
      anchor.at = now;
    }
    if (!corrected) this.note(view);
    return shift !== 0;
  }

  /** Notes the first rendered item whose top is in the scroller's view, and its place. */
  private note({ top, bottom }: { top: number; bottom: number }): void {
    const { items } = this;
    let low = 0;
    let high = items.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (items[middle].getBoundingClientRect().top >= top) high = middle;
      else low = middle + 1;
    }
    // Not an item that has yet to render (WebKit renders what enters the view as it is laid
    // out): its own height would move what a reader sees below it.
    while (low < items.length && items[low].getBoundingClientRect().top < bottom && !rendered(items[low]))
      low++;
    const item = items[low];
    this.anchor =
      item && this.enabled() && item.getBoundingClientRect().top < bottom
        ? { item, at: place(item, this.scroller) }
        : undefined;
  }
}

/** Whether this browser lacks scroll anchoring (not known on a server render: nothing to do). */
const needed = typeof CSS !== 'undefined' && !CSS.supports('overflow-anchor', 'auto');

/** Whether an item's content is rendered, not skipped off screen (`content-visibility: auto`). */
const rendered = (item: Element) =>
  item.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? true;

/** Where an element's top is in the scroller's content: its place however far it is scrolled. */
function place(element: Element, scroller?: Element): number {
  const top = element.getBoundingClientRect().top;
  return scroller ? top - scroller.getBoundingClientRect().top + scroller.scrollTop : top + scrollY;
}

/** The nearest ancestor that scrolls, through shadow roots and slots; none for the page itself. */
function scrollerOf(element: Element): Element | undefined {
  const root = document.scrollingElement;
  for (let node = parentOf(element); node && node !== root && node !== document.body; node = parentOf(node))
    if (/auto|scroll/.test(getComputedStyle(node).overflowY)) return node;
  return undefined;
}

function parentOf(node: Element): Element | null {
  return node.assignedSlot ?? node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null;
}
