import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { VisibilityController } from './visibility-controller.js';

// Shared by every counter on the page: one animation frame loop and one set of media listeners.
const counters = new Set<CountUpController>();
let reduce: MediaQueryList | undefined;
let print: MediaQueryList | undefined;
let frame = 0;

// Static HTML (rendered on the server) shows the final figure: nothing there moves.
const still = () => isServer || Boolean(reduce?.matches || print?.matches);
/** Before printing, or when reduced motion is switched on: every counter shows its final value. */
const finishAll = () => counters.forEach((counter) => counter.finish());

function tick(now: number): void {
  let more = false;
  counters.forEach((counter) => (more = counter.step(now) || more));
  frame = more ? requestAnimationFrame(tick) : 0;
}

/**
 * A number that counts up to its target: from 0 when the host is first half visible, then from
 * the old value to the new one whenever the target changes. It takes `duration` milliseconds, and
 * no time at all under `prefers-reduced-motion: reduce` or in print. The host renders `value`.
 */
export class CountUpController implements ReactiveController {
  /** The number to show now. */
  value = 0;
  /** Resolves when `value` has reached the target. */
  finished = Promise.resolve();
  private target = 0;
  private from = 0;
  private start = 0;
  private running = false;
  private done?: () => void;
  private readonly visibility: VisibilityController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly duration = 1000,
  ) {
    host.addController(this);
    this.visibility = new VisibilityController(host, () => this.play());
  }

  /** Sets the number to count to; nothing happens when it is the current target. */
  to(target: number): void {
    if (target === this.target) return;
    this.target = target;
    if (!this.done) this.finished = new Promise((resolve) => (this.done = resolve));
    this.play();
  }

  hostConnected(): void {
    if (!reduce) {
      reduce = matchMedia('(prefers-reduced-motion: reduce)');
      print = matchMedia('print');
      reduce.onchange = print.onchange = () => still() && finishAll();
      addEventListener('beforeprint', finishAll);
    }
    counters.add(this);
  }

  hostDisconnected(): void {
    this.finish();
    counters.delete(this);
  }

  /** Shows the target at once and ends any count. */
  finish(): void {
    this.running = false;
    if (this.value !== this.target) {
      this.value = this.target;
      this.host.requestUpdate();
    }
    this.done?.();
    this.done = undefined;
  }

  /** One animation frame of the shared loop; whether this counter goes on. */
  step(now: number): boolean {
    if (!this.running) return false;
    this.start ||= now;
    const t = Math.min(1, (now - this.start) / this.duration);
    this.value = Math.round(this.from + (this.target - this.from) * (1 - (1 - t) ** 3));
    this.host.requestUpdate();
    if (t === 1) this.finish();
    return t < 1;
  }

  private play(): void {
    if (still() || this.target === this.value) return this.finish();
    if (!this.visibility.seen) return;
    this.from = this.value;
    this.start = 0;
    this.running = true;
    frame ||= requestAnimationFrame(tick);
  }
}
