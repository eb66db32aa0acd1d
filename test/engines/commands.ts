/** The engine-independent commands of test/engines/commands.mjs, for the tests. */
import { executeServerCommand } from '@web/test-runner-commands';

/** Sets the page's viewport, in every engine. */
export function setViewport(size: { width: number; height: number }): Promise<unknown> {
  return executeServerCommand('mw-set-viewport', size);
}

/**
 * Saves a screenshot of the first element matching `selector` (in the page's light DOM; in
 * WebKit, of the whole viewport) as test/screenshots/<engine>/<name>.png, or with
 * `into: 'gallery'` as demo/gallery/<engine>/<name>.png; resolves with its path and size in pixels.
 */
export function screenshot(
  name: string,
  selector: string,
  into?: 'gallery',
): Promise<{ path: string; width: number; height: number }> {
  return executeServerCommand('mw-screenshot', { name, selector, into });
}
