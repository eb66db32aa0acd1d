/**
 * Tells the framing page how tall the embed page's content is, each time it changes: the
 * widget loading, a reader's filter, a refresh, a narrower frame. One ResizeObserver on the
 * root element: with `height: auto` it is exactly as tall as the content, whatever the frame's
 * own height.
 */
import { ampReadyMessage, ampSizeMessage, heightMessage } from './protocol.js';

export interface HeightTarget {
  /** The window to tell: the parent. */
  parent: Pick<Window, 'postMessage'>;
  /** The `parent` origin, or `'*'`. */
  targetOrigin: string;
  frameId: string;
  /** Inside AMP's amp-iframe: speak its protocol instead. */
  amp: boolean;
}

/** Starts reporting; returns a function that stops. */
export function reportHeight(
  root: Element,
  { parent, targetOrigin, frameId, amp }: HeightTarget,
): () => void {
  let last = -1;
  const observer = new ResizeObserver(([entry]) => {
    // The observed size, not a fresh measure: another observer's callback (a widget switching
    // layout) may change the layout before this one runs, and the observer only calls again
    // when the size differs from the one it reported.
    const height = Math.ceil(entry.borderBoxSize?.[0]?.blockSize ?? entry.contentRect.height);
    if (height === last) return;
    last = height;
    // AMP pages are served from caches on other origins: its messages can only go to '*'.
    if (amp) parent.postMessage(ampSizeMessage(height), '*');
    else parent.postMessage(heightMessage(frameId, height), targetOrigin);
  });
  observer.observe(root);
  return () => observer.disconnect();
}

/** AMP shows its placeholder until the frame says it is ready: once the widget has rendered. */
export function reportReady(widget: Element, parent: Pick<Window, 'postMessage'>): void {
  const ready = () => parent.postMessage(ampReadyMessage(), '*');
  widget.addEventListener('mission-data-load', ready, { once: true });
  widget.addEventListener('mission-data-error', ready, { once: true });
}
