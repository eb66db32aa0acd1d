/**
 * `node bench/profile.mjs <case> <target> [--runs N] [--trace FILE]`: where one target's time
 * goes, to explain a missed target. It loads the page as the benchmark does, with Chromium's
 * tracing and V8's sampling profiler on, and prints:
 * - the requests in order (start and end, ms from navigation start), the probe's figures;
 * - main-thread time by trace event (parse HTML, compile and run scripts, style, layout, paint…);
 * - the JavaScript functions with the most self time, with their file and line.
 * `--trace FILE` also writes the Chromium trace, which DevTools' Performance panel opens.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../test/find-chrome.mjs';
import { buildAll } from './build.mjs';
import { VIEWPORT } from './measure.mjs';
import { buildCases } from './pages.mjs';
import { probe, settled } from './probe.mjs';
import { startServer } from './server.mjs';

const CATEGORIES = [
  'devtools.timeline',
  'v8.execute',
  'blink',
  'loading',
  'disabled-by-default-devtools.timeline',
];
/** Trace events that are work on the main thread (not their containers). */
const WORK = new Set([
  'ParseHTML',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'RunMicrotasks',
  'UpdateLayoutTree',
  'Layout',
  'PrePaint',
  'Paint',
  'Layerize',
  'ParseAuthorStyleSheet',
  'MajorGC',
  'MinorGC',
  'V8.GC_SCAVENGER',
  'V8.GC_MARK_COMPACTOR',
]);

/** Main-thread time by event name: the sum of complete events, nested ones counted too. */
function traceSummary(trace) {
  const events = JSON.parse(trace).traceEvents ?? [];
  const main = events.find((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const sums = new Map();
  for (const event of events) {
    if (event.ph !== 'X' || !WORK.has(event.name)) continue;
    if (main && (event.pid !== main.pid || event.tid !== main.tid)) continue;
    sums.set(event.name, (sums.get(event.name) ?? 0) + (event.dur ?? 0) / 1000);
  }
  return [...sums].sort((a, b) => b[1] - a[1]);
}

/** Self time per function of a V8 CPU profile. */
function profileSummary(profile, top = 25) {
  const self = new Map();
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const interval = new Map();
  profile.samples.forEach((id, i) =>
    interval.set(id, (interval.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  for (const [id, micros] of interval) {
    const { callFrame } = byId.get(id);
    const file = callFrame.url.split('/').slice(-2).join('/');
    const key = `${callFrame.functionName || '(anonymous)'} ${file}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + micros / 1000);
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, top);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: 'string', default: '1' }, trace: { type: 'string' } },
});
const [caseId, targetName = 'ours'] = positionals;
if (!caseId) {
  console.error('usage: node bench/profile.mjs <case> <target> [--runs N] [--trace FILE]');
  process.exit(2);
}
// Readable function names: the npm entries are not minified here (the drop-in still is).
const built = await buildAll({ minify: false });
const { files, cases } = buildCases(built.helpers, built.entries, { only: [caseId] });
const target = cases[0]?.targets[targetName];
if (!target) throw new Error(`no target ${targetName} in case ${caseId}`);
const server = await startServer({ ...built.files, ...files });
const browser = await chromium.launch({ executablePath: findChrome(), args: CHROME_ARGS, headless: true });
try {
  for (let run = 0; run < Number(values.runs); run++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.route(new RegExp(`^(?!${server.origin.replace(/[.:/]/g, '\\$&')}/)`), (route) =>
      route.abort(),
    );
    await page.addInitScript(probe, { first: target.first, done: target.done });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await browser.startTracing(page, { categories: CATEGORIES });
    await page.goto(server.origin + target.path, { waitUntil: 'commit' });
    await page.waitForFunction(settled, 500, { polling: 100, timeout: 60_000 });
    const trace = (await browser.stopTracing()).toString('utf8');
    const { profile } = await cdp.send('Profiler.stop');
    const page_ = await page.evaluate(() => ({
      probe: window.__bench,
      requests: performance
        .getEntriesByType('resource')
        .map((r) => `${Math.round(r.startTime)}–${Math.round(r.responseEnd)} ms ${new URL(r.name).pathname}`),
    }));
    await context.close();
    const { first, done, fcp, longTasks } = page_.probe;
    console.log(`\n${caseId} / ${targetName}, run ${run + 1}`);
    console.log(
      `first content ${first?.toFixed(0)} ms, complete ${done?.toFixed(0)} ms, FCP ${fcp?.toFixed(0)} ms`,
    );
    console.log(
      `long tasks: ${longTasks.map(([s, d]) => `${s.toFixed(0)}+${d.toFixed(0)}`).join(', ') || 'none'}`,
    );
    console.log('requests:');
    for (const line of page_.requests) console.log(`  ${line}`);
    console.log('main thread by trace event (ms, nested events counted in each):');
    for (const [name, ms] of traceSummary(trace)) console.log(`  ${ms.toFixed(1).padStart(8)}  ${name}`);
    console.log('JavaScript self time (ms):');
    for (const [name, ms] of profileSummary(profile)) console.log(`  ${ms.toFixed(1).padStart(8)}  ${name}`);
    if (values.trace) writeFileSync(values.trace, trace);
  }
} finally {
  await browser.close();
  await server.close();
}
