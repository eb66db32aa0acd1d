/**
 * Which of our iframes a message resizes, if any. A message counts only when it comes from an
 * embed frame's own window (`event.source`), from the origin of that frame's `src`, and has
 * exactly the height message's shape. Any other frame, the page itself, a frame that has
 * navigated elsewhere, or a wrong shape: ignored.
 */
import { readHeightMessage } from './protocol.js';

/** Our iframes: the snippet marks each one. */
export const FRAME_SELECTOR = 'iframe[data-mission-widget]';

export interface Resize {
  frame: HTMLIFrameElement;
  height: number;
}

/** The origin an iframe's `src` names, resolved against the page; undefined without one. */
function srcOrigin(frame: HTMLIFrameElement): string | undefined {
  const src = frame.getAttribute('src');
  if (!src) return undefined;
  try {
    return new URL(src, frame.ownerDocument.baseURI).origin;
  } catch {
    return undefined;
  }
}

export function acceptResize(
  event: Pick<MessageEvent, 'source' | 'origin' | 'data'>,
  root: ParentNode = document,
): Resize | undefined {
  if (!event.source) return undefined;
  for (const frame of root.querySelectorAll<HTMLIFrameElement>(FRAME_SELECTOR)) {
    if (frame.contentWindow !== event.source) continue;
    if (event.origin !== srcOrigin(frame)) return undefined;
    const message = readHeightMessage(event.data);
    return message && { frame, height: message.height };
  }
  return undefined;
}

/** Sets a frame's height so that its content box is `height` tall, whatever its box-sizing. */
export function setFrameHeight(frame: HTMLIFrameElement, height: number): void {
  const style = getComputedStyle(frame);
  const edges =
    style.boxSizing === 'border-box'
      ? ['borderTopWidth', 'borderBottomWidth', 'paddingTop', 'paddingBottom'].reduce(
          (sum, side) => sum + (parseFloat(style[side as 'paddingTop']) || 0),
          0,
        )
      : 0;
  frame.style.height = `${height + edges}px`;
}
