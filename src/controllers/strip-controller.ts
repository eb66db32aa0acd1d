import type { ReactiveControllerHost } from 'lit';

export interface StripHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * The previous and next buttons of a horizontal scroll strip: whether it is at its start or its
 * end, and a page on or back. It needs no lifecycle: the strip's scroll events and the buttons'
 * clicks call it, and it asks the host to update only when an edge changes.
 */
export class StripController {
  edges = { atStart: true, atEnd: false };

  constructor(
    private readonly host: StripHost,
    private readonly selector: string,
  ) {}

  /** Keeps the previous and next buttons' state in step with the strip's scroll position. */
  readonly scrolled = (): void => {
    const strip = this.host.renderRoot.querySelector<HTMLElement>(this.selector);
    if (!strip) return;
    const left = Math.abs(strip.scrollLeft);
    const edges = { atStart: left < 2, atEnd: left + strip.clientWidth >= strip.scrollWidth - 2 };
    if (edges.atStart !== this.edges.atStart || edges.atEnd !== this.edges.atEnd) {
      this.edges = edges;
      this.host.requestUpdate();
    }
  };

  /** Scrolls the strip a page on (`1`) or back (`-1`): the cards that fill it, no less. */
  page(direction: 1 | -1): void {
    const strip = this.host.renderRoot.querySelector<HTMLElement>(this.selector);
    if (!strip) return;
    const rtl = getComputedStyle(strip).direction === 'rtl' ? -1 : 1;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    strip.scrollBy({ left: direction * rtl * strip.clientWidth, behavior: reduce ? 'auto' : 'smooth' });
  }
}
