import { engineOf } from './exclusions.mjs';

/** The engine these tests run in: 'chromium', 'firefox' or 'webkit'. */
export const engine = engineOf(navigator.userAgent);
