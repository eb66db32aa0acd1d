/**
 * `emulateMedia` in every engine. Chromium emulates media for real (style sheets and script)
 * through the test runner's command; Firefox and WebKit drivers cannot, so there the page's
 * `matchMedia` answers instead (see test/engines/media.ts), and tests that need `@media` blocks
 * to follow are listed in test/engines/exclusions.mjs.
 */
import { emulateMedia as emulateInBrowser } from '@web/test-runner-commands';
import { emulateMediaInPage } from './engines/media.js';
import { engine } from './engines/engine.js';

type Features = Parameters<typeof emulateInBrowser>[0];

export async function emulateMedia(features: Features): Promise<void> {
  if (engine === 'chromium') return emulateInBrowser(features);
  emulateMediaInPage(features);
}
