/**
 * Finds a Chrome or Chromium binary: CHROME_PATH, then the usual install paths. Test tools'
 * own browser downloads do not work on every machine, so the system browser is used.
 * `node test/find-chrome.mjs --check` exits 1 with one line of advice when there is none.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** `CHROME_SEARCH_PATHS` (colon-separated) replaces the usual paths, so a test can look nowhere. */
export function findChrome() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const candidates = process.env.CHROME_SEARCH_PATHS?.split(':') ?? CANDIDATES;
  return candidates.find((path) => path && existsSync(path));
}

export const NO_CHROME =
  'No Chrome or Chromium found: install one (Debian: apt-get install -y chromium) or set CHROME_PATH.';

/** Flags for headless runs as root on machines without outside network. */
export const CHROME_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--check')) {
  if (!findChrome()) {
    console.error(NO_CHROME);
    process.exit(1);
  }
}
