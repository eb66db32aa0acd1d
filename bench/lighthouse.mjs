/**
 * `node bench/lighthouse.mjs`: Lighthouse's performance score, CLS, LCP and TBT for the demo
 * (demo/index.html) and the builder (demo/builder.html), with the mobile and the desktop preset,
 * the median of 3 runs each. It serves the built project with demo/serve.mjs, so run
 * `npm run build` first.
 *
 * Lighthouse is not a dependency of the project (it brings about 150 packages for a check run
 * by hand). Install it once outside the repository and point to it:
 *   npm i -E lighthouse@12.2.3 --prefix /tmp/lh
 *   LIGHTHOUSE=/tmp/lh/node_modules/.bin/lighthouse node bench/lighthouse.mjs
 * (/tmp/lh is also where it looks by default.) It drives the system Chrome or Chromium
 * (CHROME_PATH, else the usual paths, as the tests do); it downloads no browser.
 *
 * Options: --runs N (default 3), --pages demo,builder, --presets mobile,desktop, --port N (the
 * demo server's; default the first free from 8000).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROME_ARGS, findChrome, NO_CHROME } from '../test/find-chrome.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const PAGES = { demo: 'demo/index.html', builder: 'demo/builder.html' };
const TARGET = { performance: 95, cls: 0.02 };

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    pages: { type: 'string', default: 'demo,builder' },
    presets: { type: 'string', default: 'mobile,desktop' },
    port: { type: 'string' },
  },
});

const lighthouse = process.env.LIGHTHOUSE || '/tmp/lh/node_modules/.bin/lighthouse';
if (!existsSync(lighthouse)) {
  console.error(
    `bench/lighthouse: no Lighthouse at ${lighthouse}. It is not a project dependency; install it outside the repository:\n` +
      '  npm i -E lighthouse@12.2.3 --prefix /tmp/lh\n' +
      'then run again (or set LIGHTHOUSE to its bin/lighthouse).',
  );
  process.exit(1);
}
const chrome = findChrome();
if (!chrome) {
  console.error(`bench/lighthouse: ${NO_CHROME}`);
  process.exit(1);
}
if (!existsSync(`${root}dist/mission-widgets.js`)) {
  console.error('bench/lighthouse: run `npm run build` first (dist/mission-widgets.js).');
  process.exit(1);
}

/** Starts demo/serve.mjs and resolves with its address once it prints it. */
function serve() {
  const env = { ...process.env, HOST: '127.0.0.1' };
  if (values.port) env.PORT = values.port;
  else delete env.PORT;
  const child = spawn(process.execPath, ['demo/serve.mjs'], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /http:\/\/\S+\/demo\//.exec(out);
      if (match) resolve({ child, base: match[0].replace(/demo\/$/, '') });
    });
    child.once('exit', (code) => reject(new Error(`demo/serve.mjs exited (${code})`)));
  });
}

/** One Lighthouse run: its JSON report's figures. */
function run(url, preset) {
  const args = [
    url,
    '--only-categories=performance',
    '--output=json',
    '--output-path=stdout',
    '--quiet',
    `--chrome-flags=${CHROME_ARGS.join(' ')}`,
  ];
  if (preset === 'desktop') args.push('--preset=desktop');
  return new Promise((resolve, reject) => {
    const child = spawn(lighthouse, args, {
      env: { ...process.env, CHROME_PATH: chrome },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited ${code}: ${err.slice(-2000)}`));
      const report = JSON.parse(out);
      if (report.runtimeError) return reject(new Error(`lighthouse: ${report.runtimeError.message}`));
      const audit = (id) => report.audits[id].numericValue;
      resolve({
        performance: Math.round(report.categories.performance.score * 100),
        cls: audit('cumulative-layout-shift'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
      });
    });
  });
}

/** The run whose performance score is the median (so its figures belong together). */
function median(runs) {
  const sorted = [...runs].sort((a, b) => a.performance - b.performance || a.cls - b.cls);
  return sorted[Math.floor(sorted.length / 2)];
}

const runs = Number(values.runs);
const { child, base } = await serve();
const rows = [];
try {
  for (const page of values.pages.split(',')) {
    for (const preset of values.presets.split(',')) {
      const results = [];
      for (let i = 0; i < runs; i++) results.push(await run(base + PAGES[page], preset));
      const m = median(results);
      const met = m.performance >= TARGET.performance && m.cls <= TARGET.cls;
      rows.push({
        page: PAGES[page],
        preset,
        performance: m.performance,
        CLS: Number(m.cls.toFixed(3)),
        'LCP ms': Math.round(m.lcp),
        'TBT ms': Math.round(m.tbt),
        scores: results.map((r) => r.performance).join(' '),
        target: met ? 'met' : 'MISSED',
      });
      console.error(`${PAGES[page]} ${preset}: ${results.map((r) => r.performance).join(', ')}`);
    }
  }
} finally {
  child.kill();
}
console.log(
  `Lighthouse ${runs > 1 ? `median of ${runs} runs` : '1 run'} (target: performance ≥ ${TARGET.performance}, CLS ≤ ${TARGET.cls})`,
);
console.table(rows);
if (rows.some((row) => row.target !== 'met')) process.exitCode = 1;
