import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Callback = () => void;

// One observer for the page: a widget counts as seen once at least half of it is in view.
const callbacks = new Map<Element, Callback>();
let observer: IntersectionObserver | undefined;

function shared(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.intersectionRatio < 0.5) continue;
        const callback = callbacks.get(entry.target);
        callbacks.delete(entry.target);
        observer?.unobserve(entry.target);
        callback?.();
      }
    },
    { threshold: 0.5 },
  );
  return observer;
}

/** Tells once when the host first becomes at least half visible. */
export class VisibilityController implements ReactiveController {
  /** Whether the host has been at least half visible since it was connected. */
  seen = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onFirstView: Callback = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.seen) return;
    callbacks.set(this.host, () => {
      this.seen = true;
      this.onFirstView();
      this.host.requestUpdate();
    });
    shared().observe(this.host);
  }

  hostDisconnected(): void {
    callbacks.delete(this.host);
    observer?.unobserve(this.host);
  }
}
