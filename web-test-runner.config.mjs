import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, findChrome, NO_CHROME } from './test/find-chrome.mjs';
import { fixtureRoutes } from './test/server/fixtures.mjs';

const executablePath = findChrome();
if (!executablePath) {
  console.error(NO_CHROME);
  process.exit(1);
}

// Dates must not shift with the reader's time zone: test in one behind UTC.
process.env.TZ = 'America/Port-au-Prince';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  middleware: [fixtureRoutes],
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'esnext' })],
  browsers: [chromeLauncher({ launchOptions: { executablePath, args: CHROME_ARGS } })],
  testFramework: { config: { timeout: 20_000 } },
};
