import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Callback = () => void;

// One observer for the page: a widget counts as seen once at least half of it is in view, or,
// taller than two screens' halves (a list or a timeline on a phone), once it fills half the screen.
// Several controllers may wait on one element (a widget's view event and its own, say).
const waiting = new Map<Element, Set<Callback>>();
let observer: IntersectionObserver | undefined;

const seenIn = (entry: IntersectionObserverEntry) =>
  entry.intersectionRatio >= 0.5 ||
  // A cross-origin frame has no root bounds: its own height stands for the screen.
  entry.intersectionRect.height * 2 >= (entry.rootBounds?.height ?? innerHeight);

function shared(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting || !seenIn(entry)) continue;
        const callbacks = waiting.get(entry.target);
        waiting.delete(entry.target);
        observer?.unobserve(entry.target);
        callbacks?.forEach((callback) => callback());
      }
    },
    // Halving steps: a widget n screens tall fills half the screen at a ratio between 1/2n and
    // 1/n, and every such span holds one of them, up to 64 screens.
    { threshold: [0, 1 / 64, 1 / 32, 1 / 16, 1 / 8, 1 / 4, 1 / 2] },
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

/** Tells once when the host is first seen: half of it in view, or half the screen filled by it. */
export class VisibilityController implements ReactiveController {
  /** Whether the host has been seen since it was created. */
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
