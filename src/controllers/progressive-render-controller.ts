import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Renders a long list a chunk per animation frame: the first items at once, then more each
 * frame until every item is in the DOM, in order. Chunks grow while frames stay short and
 * halve when one ran long (rendering included), so the page stays responsive. The host renders
 * the first `count` items; `done` resolves once they are all rendered.
 */
export class ProgressiveRenderController implements ReactiveController {
  /** How many items the host renders now. */
  count = 0;
  /** Resolves when every item of the current list is rendered. */
  done: Promise<void> = Promise.resolve();
  private total = 0;
  private frame = 0;
  private last = 0;
  private resolve?: () => void;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly first = 4,
    private step = 4,
  ) {
    host.addController(this);
  }

  /** Whether every item of the current list is rendered. */
  get complete(): boolean {
    return this.count >= this.total;
  }

  /** Starts over with a list of `total` items; the first ones render in this update. */
  reset(total: number): void {
    this.total = total;
    this.count = Math.min(total, this.first);
    this.last = performance.now();
    if (!this.complete)
      this.done = this.resolve ? this.done : new Promise((resolve) => (this.resolve = resolve));
  }

  hostConnected(): void {
    if (!this.complete) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  hostUpdated(): void {
    if (this.complete) {
      this.resolve?.();
      this.resolve = undefined;
      return;
    }
    this.frame ||= requestAnimationFrame((now) => {
      const spent = now - this.last;
      this.last = now;
      this.step = spent > 40 ? Math.ceil(this.step / 2) : spent < 25 ? Math.ceil(this.step * 1.5) : this.step;
      this.frame = 0;
      this.count = Math.min(this.total, this.count + this.step);
      this.host.requestUpdate();
    });
  }
}
