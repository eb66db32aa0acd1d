import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Callback = () => void;

// One observer for the page: a widget counts as seen once at least half of it is in view.
// Several controllers may wait on one element (a widget's view event and its own, say).
const waiting = new Map<Element, Set<Callback>>();
let observer: IntersectionObserver | undefined;

function shared(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.intersectionRatio < 0.5) continue;
        const callbacks = waiting.get(entry.target);
        waiting.delete(entry.target);
        observer?.unobserve(entry.target);
        callbacks?.forEach((callback) => callback());
      }
    },
    { threshold: 0.5 },
  );
  return observer;
}

function stopWaiting(element: Element, callback: Callback): void {
  const callbacks = waiting.get(element);
  callbacks?.delete(callback);
  if (callbacks?.size === 0) {
    waiting.delete(element);
    observer?.unobserve(element);
  }
}

/** Tells once when the host first becomes at least half visible. */
export class VisibilityController implements ReactiveController {
  /** Whether the host has been at least half visible since it was created. */
  seen = false;
  private readonly callback = () => {
    this.seen = true;
    this.onFirstView();
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onFirstView: Callback = () => {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.seen) return;
    let callbacks = waiting.get(this.host);
    if (!callbacks) waiting.set(this.host, (callbacks = new Set()));
    callbacks.add(this.callback);
    shared().observe(this.host);
  }

  hostDisconnected(): void {
    stopWaiting(this.host, this.callback);
  }
}

/** How many elements wait to be seen (for leak checks). */
export function elementsAwaitingView(): number {
  return waiting.size;
}
