import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * `loading="lazy"`: a widget does its work (its data, its view, its render) only once it comes
 * within a screen of the viewport, as a lazy image does, so that a page of many widgets spends
 * its first seconds on the ones a reader sees. One observer serves the page; printing releases
 * every widget still waiting, since paper has no viewport.
 */
const AHEAD = '100% 0px';

const waiting = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

function release(element: Element): void {
  const done = waiting.get(element);
  waiting.delete(element);
  observer?.unobserve(element);
  done?.();
}

function shared(): IntersectionObserver {
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => entries.forEach((entry) => entry.isIntersecting && release(entry.target)),
      { rootMargin: AHEAD },
    );
    addEventListener('beforeprint', () => [...waiting.keys()].forEach(release));
  }
  return observer;
}

/** Tells when the host first comes near the viewport (or the page is printed). */
export class NearViewController implements ReactiveController {
  /** Whether the host has come near the viewport since `whenNear` was first called. */
  reached = false;
  private near?: Promise<void>;
  private done?: () => void;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Resolves once the host has been near the viewport; watching starts at the first call. */
  whenNear(): Promise<void> {
    if (!this.near) {
      this.near = new Promise((resolve) => (this.done = resolve));
      this.hostConnected();
    }
    return this.near;
  }

  hostConnected(): void {
    if (!this.done || !this.host.isConnected) return;
    const done = this.done;
    waiting.set(this.host, () => {
      this.done = undefined;
      this.reached = true;
      done();
    });
    shared().observe(this.host);
  }

  hostDisconnected(): void {
    waiting.delete(this.host);
    observer?.unobserve(this.host);
  }
}
