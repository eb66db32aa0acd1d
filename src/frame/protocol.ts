/**
 * The messages between an embed page (dist/embed.html) and the page that frames it. Both sides
 * import this file, so the shape one sends is the shape the other accepts. Nothing in a message
 * says what the widget shows: only how tall it is, and which frame it is in.
 */

/** `type` of the message an embed page posts to its parent whenever its height changes. */
export const HEIGHT_MESSAGE = 'mission-widgets:height';

/** Heights outside this range, in CSS pixels, are not a widget's: the parent ignores them. */
export const MIN_HEIGHT = 1;
export const MAX_HEIGHT = 100_000;

/** A frame id from the `frame` parameter: letters, digits, `-` and `_`, at most 64. */
export const FRAME_ID = /^[\w-]{0,64}$/;

/** `{ type: 'mission-widgets:height', id, height }`: the whole message, nothing else in it. */
export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  /** The embed's `frame` parameter, or `''`. */
  id: string;
  /** The embed page's content height in CSS pixels, a whole number. */
  height: number;
}

const KEYS = ['height', 'id', 'type'];

/** The message for a content height (rounded up, and capped at `MAX_HEIGHT`). */
export function heightMessage(id: string, height: number): HeightMessage {
  return { type: HEIGHT_MESSAGE, id, height: Math.min(Math.max(Math.ceil(height), MIN_HEIGHT), MAX_HEIGHT) };
}

/**
 * The message, when `data` is exactly one: a plain object with only `type`, `id` and `height`,
 * the right type, a frame id, and a whole number of pixels in range. Anything else is undefined.
 */
export function readHeightMessage(data: unknown): HeightMessage | undefined {
  if (typeof data !== 'object' || data === null || Object.getPrototypeOf(data) !== Object.prototype) return;
  if (Object.keys(data).sort().join() !== KEYS.join()) return;
  const { type, id, height } = data as Record<string, unknown>;
  if (type !== HEIGHT_MESSAGE || typeof id !== 'string' || !FRAME_ID.test(id)) return;
  if (typeof height !== 'number' || !Number.isInteger(height)) return;
  if (height < MIN_HEIGHT || height > MAX_HEIGHT) return;
  return { type, id, height };
}

/** AMP ignores `embed-size` requests below this height. */
export const AMP_MIN_HEIGHT = 100;

/**
 * AMP's `amp-iframe` resize request. The AMP runtime honours it only for a `resizable`
 * amp-iframe with an `overflow` child, and not below 100 px.
 */
export const ampSizeMessage = (height: number) => ({
  sentinel: 'amp',
  type: 'embed-size',
  height: Math.min(Math.max(Math.ceil(height), AMP_MIN_HEIGHT), MAX_HEIGHT),
});

/** Tells AMP the frame is ready, so that it swaps the `placeholder` for the frame. */
export const ampReadyMessage = () => ({ sentinel: 'amp', type: 'embed-ready' });

/** amp-iframe adds `#amp=1` to the frame's URL unless it already has a fragment. */
export const inAmpFrame = (hash: string) => /^#(?:.*&)?amp=1(?:&|$)/.test(hash);
