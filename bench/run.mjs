/**
 * `npm run bench`: what a reader's browser pays for our widgets, beside the static floor (the
 * same content as plain HTML) and TimelineJS, in the same run. It builds the bundles, serves
 * every page on 127.0.0.1, and drives headless Chromium through each case, interleaving the
 * targets run by run (A B C A B C …) in a fresh browser context each time. It prints the
 * tables, writes bench/results/latest.json and regenerates the tables of BENCHMARKS.md.
 *
 * Options (also as environment variables BENCH_RUNS, BENCH_CASES):
 *   --runs N           runs per target (default 7)
 *   --heavy-runs N     runs of TimelineJS at 10,000 events, which takes tens of seconds (default 3)
 *   --warmup N         unrecorded rounds of the first case before any run (default 1)
 *   --cases a,b        only these cases (timeline-12, timeline-1000, timeline-10000,
 *                      contributors-200, widgets-1, widgets-100)
 *   --no-timelinejs    leave TimelineJS out
 *   --out FILE         the JSON results (default bench/results/latest.json)
 *   --markdown FILE    the page to regenerate (default BENCHMARKS.md); --no-markdown to skip
 *   --shared-machine   say in the results that other work shared the machine
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, NO_CHROME } from '../test/find-chrome.mjs';
import { buildAll } from './build.mjs';
import { checkMission, contributorMission, SHIPPED, timelineMission } from './datasets.mjs';
import { measure, VIEWPORT } from './measure.mjs';
import { buildCases } from './pages.mjs';
import { checkTargets, FIGURES, ratios, summarize, writeMarkdown } from './report.mjs';
import { startServer } from './server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The iframe embed's files as `npm run build` writes them (dist/embed.html and its scripts), under /dist/. */
function distFiles() {
  const dist = join(root, 'dist');
  if (!existsSync(join(dist, 'embed.html')))
    throw new Error('bench: run `npm run build` first (dist/embed.html)');
  return Object.fromEntries(
    readdirSync(dist)
      .filter((name) => /\.(js|css|html)$/.test(name) && name !== 'cli.js')
      .map((name) => [`/dist/${name}`, readFileSync(join(dist, name))]),
  );
}
const HEAVY = 'timeline-10000';

function machine(shared, loadBefore) {
  const list = cpus();
  return {
    os: `${type()} ${release()}`,
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryGB: Math.round(totalmem() / 1e9),
    node: process.versions.node,
    shared,
    loadBefore,
    loadAfter: loadavg()[0],
  };
}

/**
 * Runs the benchmark and returns the results object (also written to `out` and `markdown`
 * when given). Options: runs, heavyRuns, warmup, cases (ids), timelinejs, out, markdown,
 * shared, quiet (no progress lines).
 */
export async function runBench(options = {}) {
  const {
    runs = 7,
    heavyRuns = 3,
    warmup = 1,
    cases: only,
    timelinejs = true,
    out,
    markdown,
    shared = false,
    quiet = false,
  } = options;
  const log = (line) => quiet || process.stderr.write(`${line}\n`);
  const loadBefore = loadavg()[0];
  const executablePath = findChrome();
  if (!executablePath) throw new Error(NO_CHROME);

  log('bench: building bundles…');
  const built = await buildAll();
  for (const [name, mission] of [
    ['shipped', SHIPPED],
    ['timeline-1000', timelineMission(1_000)],
    ['timeline-10000', timelineMission(10_000)],
    ['contributors-200', contributorMission(200)],
  ]) {
    checkMission(built.helpers.validateMission, mission, name);
  }
  const { files, cases } = buildCases(built.helpers, built.entries, { only, preloads: built.preloads });
  if (!cases.length) throw new Error(`no such case: ${only}`);
  const server = await startServer({ ...built.files, ...distFiles(), ...files });
  const browser = await chromium.launch({ executablePath, args: CHROME_ARGS, headless: true });
  for (const c of cases)
    for (const target of Object.values(c.targets))
      if (target.withHeight) {
        const height = await frameHeight(browser, server.origin + target.path, target.done[0]);
        target.frameHeight = height;
        server.set(target.path, target.withHeight(height));
        log(`bench: ${c.id} iframe embed: the widget measures ${height} px in the article's column`);
      }
  const started = Date.now();
  const results = [];
  try {
    for (const [index, c] of cases.entries()) {
      const targets = Object.entries(c.targets).filter(([name]) => timelinejs || name !== 'timelinejs');
      const heavy = c.id === HEAVY;
      const timeout = heavy ? 30_000 : 15_000;
      const runsOf = (name) => (heavy && name === 'timelinejs' ? Math.min(heavyRuns, runs) : runs);
      const collected = Object.fromEntries(targets.map(([name]) => [name, []]));
      // Warm-up rounds (the browser's first pages are slower) before the first case only.
      for (let round = index === 0 ? -warmup : 0; round < runs; round++) {
        for (const [name, target] of targets) {
          if (round >= runsOf(name)) continue;
          const run = await measure(browser, server, target, { timeout, click: c.click });
          const tag = round < 0 ? 'warm-up' : `run ${round + 1}/${runsOf(name)}`;
          log(
            `bench: ${c.id} ${tag} ${name}: content ${run.contentMs ?? '–'} ms, complete ${run.completeMs ?? '–'} ms` +
              `${run.timedOut ? ' (timed out)' : ''}${run.errors.length ? `, errors: ${run.errors.slice(0, 2).join(' | ')}` : ''}`,
          );
          if (round >= 0) collected[name].push(run);
        }
      }
      const byTarget = Object.fromEntries(
        targets.map(([name, target]) => [
          name,
          {
            label: target.label,
            page: target.path,
            timedOut: collected[name].filter((run) => run.timedOut).length,
            summary: summarize(collected[name]),
            runs: collected[name],
          },
        ]),
      );
      results.push({
        id: c.id,
        title: c.title,
        description: c.description,
        size: c.size,
        click: Boolean(c.click),
        timeoutMs: timeout,
        dataUrl: c.dataUrl,
        results: byTarget,
        ratios: ratios(byTarget),
      });
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const output = {
    schema: 1,
    date: new Date().toISOString(),
    durationSeconds: Math.round((Date.now() - started) / 1000),
    machine: machine(shared, loadBefore),
    browser: { name: 'Chromium', version: browser.version(), executablePath, args: CHROME_ARGS },
    method: {
      runs,
      heavyRuns,
      warmup,
      interleaved: true,
      freshContextPerRun: true,
      viewport: VIEWPORT,
      figures: Object.keys(FIGURES),
    },
    bundles: { sizes: built.sizes, dropInSource: built.dropInSource, entries: built.entries },
    cases: results,
    targets: checkTargets(results),
  };
  if (out) {
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `${JSON.stringify(output, null, 2)}\n`);
  }
  if (markdown) await writeMarkdown(markdown, output);
  return output;
}

/**
 * The height the builder writes into an iframe snippet: the widget's, measured in the column it
 * will stand in. Here the article's own column: the frame's height once its resize script has
 * followed the widget, all its content in, and it has stayed the same for half a second.
 */
async function frameHeight(browser, url, done) {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await page.evaluate(
      ({ host, selector }) =>
        new Promise((resolve) => {
          let last = 0;
          let since = performance.now();
          const check = () => {
            const frame = document.querySelector('iframe');
            const height = Math.round(frame.getBoundingClientRect().height);
            const widget = frame.contentDocument?.querySelector(host);
            if (height !== last || !widget?.shadowRoot?.querySelector(selector))
              [last, since] = [height, performance.now()];
            if (performance.now() - since > 500) resolve(height);
            else setTimeout(check, 50);
          };
          check();
        }),
      done,
    );
  } finally {
    await context.close();
  }
}

/** A plain-text summary for the terminal: each case's medians and ratios, then the targets. */
function print(output) {
  for (const c of output.cases) {
    console.log(`\n${c.title}`);
    const names = Object.keys(c.results);
    for (const figure of ['contentMs', 'completeMs', 'fcpMs', 'tbtMs', 'cls', 'heapMB', 'jsCssGzip']) {
      const values = names.map((n) => `${n} ${c.results[n].summary[figure]?.median ?? '–'}`);
      const ratio = Object.entries(c.ratios)
        .map(([r, v]) => (v[figure] === undefined ? '' : `${r} ${v[figure] ?? '–'}`))
        .join('  ');
      console.log(`  ${figure.padEnd(11)} ${values.join('  ')}  ${ratio}`);
    }
  }
  console.log('\nTargets:');
  for (const t of output.targets) {
    console.log(
      `  ${t.met === null ? '  ?' : t.met ? ' ok' : 'MISS'}  ${t.text}: ${t.measured} (goal ${t.limit})`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: process.env.BENCH_RUNS ?? '7' },
      'heavy-runs': { type: 'string', default: '3' },
      warmup: { type: 'string', default: '1' },
      cases: { type: 'string', default: process.env.BENCH_CASES },
      'no-timelinejs': { type: 'boolean', default: false },
      out: { type: 'string', default: resolve(root, 'bench/results/latest.json') },
      markdown: { type: 'string', default: resolve(root, 'BENCHMARKS.md') },
      'no-markdown': { type: 'boolean', default: false },
      'shared-machine': { type: 'boolean', default: false },
    },
  });
  const output = await runBench({
    runs: Number(values.runs),
    heavyRuns: Number(values['heavy-runs']),
    warmup: Number(values.warmup),
    cases: values.cases?.split(','),
    timelinejs: !values['no-timelinejs'],
    out: values.out,
    markdown: values['no-markdown'] ? undefined : values.markdown,
    shared: values['shared-machine'],
  });
  print(output);
  console.log(`\nbench: done in ${output.durationSeconds} s; wrote ${values.out}`);
}
