import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { reveal } from './reveal.js';

export interface RovingHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * One tab stop for a row of items: while `enabled()`, exactly one item matching `selector` has
 * `tabindex="0"` (the first, or the last one focused), and Left and Right arrows (swapped in
 * right-to-left text), Home and End move focus between the items and keep it in view. Items
 * carry `tabindex="-1"` themselves, so the links and buttons inside them stay in the tab order.
 * Focus on a link or button inside an item brings the whole item into view, not only that link.
 */
export class RovingFocusController implements ReactiveController {
  private current?: HTMLElement;

  constructor(
    private readonly host: RovingHost,
    private readonly selector: string,
    private readonly enabled: () => boolean,
  ) {
    host.addController(this);
    host.addEventListener('focusin', (event) => {
      const item = this.item(event);
      if (item) this.settle(item);
      else this.within(event)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
    host.addEventListener('keydown', (event) => this.move(event));
  }

  hostUpdated(): void {
    const root = this.host.renderRoot;
    this.settle(
      this.enabled() ? (this.current?.isConnected ? this.current : root.querySelector(this.selector)) : null,
    );
  }

  /** The item an event happened on itself (not on something inside it). */
  private item(event: Event): HTMLElement | undefined {
    const target = event.composedPath()[0];
    return this.enabled() && target instanceof HTMLElement && target.matches(this.selector)
      ? target
      : undefined;
  }

  /** The item that holds what an event happened on, when that is inside an item. */
  private within(event: Event): HTMLElement | undefined {
    const target = event.composedPath()[0];
    if (!this.enabled() || !(target instanceof Element)) return undefined;
    return target.parentElement?.closest<HTMLElement>(this.selector) ?? undefined;
  }

  private settle(item: HTMLElement | null): void {
    if (this.current) this.current.tabIndex = -1;
    if (item) item.tabIndex = 0;
    this.current = item ?? undefined;
  }

  private move(event: KeyboardEvent): void {
    const item = this.item(event);
    if (!item || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = [...this.host.renderRoot.querySelectorAll<HTMLElement>(this.selector)];
    const index = items.indexOf(item);
    const step = getComputedStyle(item).direction === 'rtl' ? -1 : 1;
    const to = { Home: 0, End: items.length - 1, ArrowRight: index + step, ArrowLeft: index - step }[
      event.key
    ];
    const next = to === undefined ? undefined : items[Math.max(0, Math.min(items.length - 1, to))];
    if (!next) return;
    event.preventDefault();
    this.settle(next);
    reveal(next);
  }
}
