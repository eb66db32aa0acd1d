import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { ENGINES } from './test/engines/exclusions.mjs';
import { engineVersion, findEngines, LAUNCHERS } from './test/engines/launchers.mjs';
import { engineCommands } from './test/engines/commands.mjs';
import { engineReport } from './test/engines/report.mjs';
import { fixtureRoutes } from './test/server/fixtures.mjs';

// Dates must not shift with the reader's time zone: test in one behind UTC.
process.env.TZ = 'America/Port-au-Prince';

// Every engine found runs; MW_ENGINES=firefox,webkit picks some. CI must have all three.
const wanted = process.env.MW_ENGINES?.split(',').map((name) => name.trim()) ?? ENGINES;
const unknown = wanted.filter((name) => !ENGINES.includes(name));
if (unknown.length) {
  console.error(`MW_ENGINES names unknown engines: ${unknown.join(', ')} (known: ${ENGINES.join(', ')})`);
  process.exit(1);
}
const found = findEngines();
const notRun = {};
for (const engine of ENGINES) {
  if (!wanted.includes(engine)) notRun[engine] = 'not in MW_ENGINES';
  else if (!found[engine].found) notRun[engine] = found[engine].missing;
}
const running = wanted.filter((engine) => !notRun[engine]);
const missing = wanted.filter((engine) => !found[engine].found);
for (const engine of missing) console.error(`Not running ${engine}: ${notRun[engine]}`);
if (missing.length && process.env.CI === 'true') {
  console.error('CI runs every engine: install the missing ones (.ci/run does).');
  process.exit(1);
}
if (!running.length) {
  console.error('No browser engine to run the tests in.');
  process.exit(1);
}

const engineOfLauncher = new Map();
const versions = {};
const browsers = running.map((engine) => {
  const launcher = LAUNCHERS[engine](found[engine]);
  engineOfLauncher.set(launcher, engine);
  versions[engine] = engineVersion(engine, found[engine]);
  return launcher;
});

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // One test file at a time per engine: the engines share two cores with everything else.
  concurrency: 1,
  middleware: [fixtureRoutes],
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'esnext' }),
    engineCommands(engineOfLauncher),
  ],
  browsers,
  testRunnerHtml: () =>
    `<!doctype html><html><body><script type="module" src="/test/engines/runner.ts"></script></body></html>`,
  // A test fails after 20 s; a file that hangs (a page stuck serialising, a lost session) fails
  // after 3 minutes with the runner's message, instead of holding the run forever.
  testFramework: { config: { timeout: 20_000 } },
  testsFinishTimeout: 180_000,
  browserStartTimeout: 60_000,
  reporters: [defaultReporter(), engineReport({ engineOfLauncher, notRun, versions })],
};
