import type { ReactiveController } from 'lit';
import type { RovingHost } from './roving-focus-controller.js';

/**
 * Makes the room an off-screen item reserves (`content-visibility: auto`) what it will take once
 * rendered, so that the page neither jumps nor misleads its scrollbar as a reader scrolls: it
 * measures the items matching `sample`, which always render, and sets on the element matching
 * `list` their mean height, `--_each` for an item's content box and `--_step` for its whole
 * box: when the host renders new samples, and again whenever a sampled item changes size (a new
 * width, a font arriving), in a ResizeObserver; both before the browser paints.
 */
export class ReservedSizeController implements ReactiveController {
  /** Made on first update: a server render (`mission-widgets render`) has no ResizeObserver. */
  private observer?: ResizeObserver;
  private observed: Element[] = [];

  constructor(
    private readonly host: RovingHost,
    private readonly list: string,
    private readonly sample: string,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const items = [...this.host.renderRoot.querySelectorAll(this.sample)];
    if (items.length === this.observed.length && items.every((item, i) => item === this.observed[i])) return;
    this.observer ??= new ResizeObserver(() => this.measure());
    const observer = this.observer;
    observer.disconnect();
    items.forEach((item) => observer.observe(item));
    this.observed = items;
    // New samples are measured now, before this frame's layout, not in the observer: the new
    // room changes the host's height, and changed inside the observer's callback that would leave
    // the host's own observers (ContainerWidthController) with undelivered notifications, which
    // the browser reports to the page as an error. The observer then finds the same mean.
    this.measure();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observed = [];
  }

  private measure(): void {
    const list = this.host.renderRoot.querySelector<HTMLElement>(this.list);
    const items = this.observed.filter((item) => item.isConnected);
    if (!list || !items.length) return;
    const style = getComputedStyle(items[0]);
    const frame = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'] as const;
    const edges = frame.reduce((sum, key) => sum + (parseFloat(style[key]) || 0), 0);
    const step = items.reduce((sum, item) => sum + item.getBoundingClientRect().height, 0) / items.length;
    // Only a change: the observer measures again what this update measured.
    if (list.style.getPropertyValue('--_step') === `${step}px`) return;
    list.style.setProperty('--_step', `${step}px`);
    list.style.setProperty('--_each', `${Math.max(0, step - edges)}px`);
  }
}
