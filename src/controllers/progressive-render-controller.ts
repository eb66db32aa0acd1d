import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

/**
 * Renders a long list a chunk per animation frame: the first items at once, then more each
 * frame until every item is in the DOM, in order. Chunks grow while frames stay short and
 * halve (down to `least`) when one ran long, rendering included, so the page stays responsive. The host renders
 * `shown`; `done` resolves once every item is rendered.
 *
 * Each update would otherwise render every item shown so far again: the host may render
 * `noChange` for an item that `isPainted`, that is already in the DOM as it would render now.
 * It tells what changes how items render with `repaint(key)` before each render. A render that
 * showed an error state instead of the list (`drawn` false) left no item in the DOM, not even
 * those painted before: every item renders again with the next.
 */
export class ProgressiveRenderController<T extends object> implements ReactiveController {
  /** How many items the host renders now. */
  count = 0;
  /** Resolves when every item of the current list is rendered. */
  done: Promise<void> = Promise.resolve();
  private items: readonly T[] = [];
  private painted = new WeakSet<T>();
  private paintKey?: string;
  private frame = 0;
  private last = 0;
  private resolve?: () => void;
  private step: number;
  private readonly first: number;
  private readonly least: number;

  /**
   * `drawn` tells whether the host's last render showed the list (not an error state instead);
   * `first` items render at once, then at least `least` more per frame.
   */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly drawn = () => true,
    { first = 4, least = 4 }: { first?: number; least?: number } = {},
  ) {
    this.first = first;
    this.least = this.step = least;
    host.addController(this);
  }

  /** The items to render now. */
  get shown(): readonly T[] {
    return this.items.slice(0, this.count);
  }

  /** Whether every item of the current list is rendered. */
  get complete(): boolean {
    return this.count >= this.items.length;
  }

  /**
   * Starts over with a new list; its first items render in this update, or all of them with
   * `all`: on the server, and when the list replaces static HTML that already shows every item.
   */
  reset(items: readonly T[], all = false): void {
    this.items = items;
    this.count = all || isServer ? items.length : Math.min(items.length, this.first);
    this.last = performance.now();
    if (!this.complete)
      this.done = this.resolve ? this.done : new Promise((resolve) => (this.resolve = resolve));
  }

  /** Forgets which items are painted when `key` (what changes how they render) changes. */
  repaint(key: string): void {
    if (key !== this.paintKey) this.painted = new WeakSet();
    this.paintKey = key;
  }

  isPainted(item: T): boolean {
    return this.painted.has(item);
  }

  hostConnected(): void {
    if (!this.complete) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  hostUpdated(): void {
    if (this.drawn()) this.shown.forEach((item) => this.painted.add(item));
    else this.painted = new WeakSet();
    if (this.complete) {
      this.resolve?.();
      this.resolve = undefined;
      return;
    }
    this.frame ||= requestAnimationFrame((now) => {
      const spent = now - this.last;
      this.last = now;
      this.step = Math.max(this.least, Math.ceil(this.step * (spent > 40 ? 0.5 : spent < 25 ? 1.5 : 1)));
      this.frame = 0;
      this.count = Math.min(this.items.length, this.count + this.step);
      this.host.requestUpdate();
    });
  }
}
