/**
 * One run of one target: a fresh browser context (empty cache, own connections), the probe
 * installed before the page's scripts, requests to any other host than the page's aborted at
 * once (there is no outside network here: they would hang) and counted, then the figures.
 */
import { kindOf } from './server.mjs';
import { gzipSize } from './build.mjs';
import { probe, settled } from './probe.mjs';

export const VIEWPORT = { width: 1280, height: 800 };
/** After the last content, the main thread must be free of long tasks this long (ms). */
const QUIET_MS = 500;
const gzipCache = new Map();

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A promise, or `fallback` if it has not settled after `ms` (a page stuck in a long task). */
const within = (promise, ms, fallback) =>
  Promise.race([promise.catch(() => fallback), sleep(ms).then(() => fallback)]);

/** Bytes served in one run, per kind: raw and gzip (computed here with zlib, level 9). */
function bytesOf(log) {
  const bytes = {};
  for (const { path, bytes: raw, body } of log) {
    if (!body) continue;
    const kind = kindOf(path);
    const key = `${path} ${raw}`;
    if (!gzipCache.has(key)) gzipCache.set(key, gzipSize(body));
    const sum = (bytes[kind] ??= { count: 0, raw: 0, gzip: 0 });
    sum.count++;
    sum.raw += raw;
    sum.gzip += gzipCache.get(key);
  }
  const total = (kinds) =>
    kinds.reduce(
      (sum, kind) => ({ raw: sum.raw + (bytes[kind]?.raw ?? 0), gzip: sum.gzip + (bytes[kind]?.gzip ?? 0) }),
      { raw: 0, gzip: 0 },
    );
  return { ...bytes, jsCss: total(['js', 'css']), all: total(Object.keys(bytes)) };
}

/**
 * Clicks a blank spot of the host page (a no-op) 50 ms after the navigation commits, then every
 * 100 ms until `stop.now`; each `page.mouse.click` returns once the page took the input.
 */
async function clickDuringRender(page, stop) {
  await sleep(50);
  while (!stop.now) {
    await page.mouse.click(8, 8).catch(() => (stop.now = true));
    await sleep(100);
  }
}

/**
 * Measures `target` (a page path and what the probe looks for) once. Returns the run's figures;
 * `timedOut` is true when the content was not complete and settled within `timeout` ms.
 */
export async function measure(browser, server, target, { timeout = 20_000, click = false } = {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const thirdParty = [];
  const errors = [];
  // Everything not on this server: aborted at once, and counted.
  await page.route(new RegExp(`^(?!${escapeRegExp(server.origin)}/)`), (route) => {
    thirdParty.push(route.request().url());
    return route.abort('blockedbyclient');
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      errors.push(message.text());
  });
  let reported = null;
  await page.exposeBinding('__benchReport', (_source, json) => {
    reported = json;
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.addInitScript(probe, { first: target.first, done: target.done });
  server.take();

  const stop = { now: false };
  let timedOut = false;
  let clicking = Promise.resolve();
  try {
    await page.goto(server.origin + target.path, { waitUntil: 'commit', timeout });
    if (click) clicking = clickDuringRender(page, stop);
    // Our own time limit: Playwright's would wait for a click still queued behind a long task.
    const waiting = page.waitForFunction(settled, QUIET_MS, { polling: 100, timeout: 0 });
    waiting.catch(() => {});
    timedOut = (await Promise.race([waiting.then(() => false), sleep(timeout).then(() => true)])) === true;
  } catch (error) {
    errors.push(String(error).split('\n')[0]);
    timedOut = true;
  }
  stop.now = true;
  await within(clicking, 2_000);
  // A page still blocked in a long task cannot answer: then the last figures it reported.
  const live = await within(
    page.evaluate(() => window.__bench),
    2_000,
    null,
  );
  const state = live ?? (reported && JSON.parse(reported));
  let heap = null;
  let metrics = {};
  if (live) {
    const read = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      heap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      const { metrics: list } = await cdp.send('Performance.getMetrics');
      metrics = Object.fromEntries(list.map((m) => [m.name, m.value]));
    };
    await within(read(), 5_000);
  }
  await context.close();
  const log = server.take();

  // A page still blocked cannot say how long its current task has run: no blocking time, shift
  // or input delay figures then, only the times it reported (first content, first paint).
  const whole = live ? state : null;
  const tasks = whole?.longTasks ?? [];
  const render = state?.done ?? Infinity;
  const during = (whole?.clicks ?? []).filter((c) => c.at <= render);
  const perUrl = {};
  for (const { path } of log) perUrl[path] = (perUrl[path] ?? 0) + 1;
  const hosts = {};
  for (const url of thirdParty) hosts[new URL(url).host] = (hosts[new URL(url).host] ?? 0) + 1;
  const ms = (value) => (Number.isFinite(value) ? Math.round(value * 10) / 10 : null);
  return {
    timedOut,
    // True when the page stayed blocked past the time limit.
    partial: !live,
    contentMs: ms(state?.first),
    completeMs: ms(state?.done),
    fcpMs: ms(state?.fcp),
    domContentLoadedMs: ms(state?.domContentLoaded),
    loadMs: ms(state?.load),
    tbtMs: whole && ms(tasks.reduce((sum, [, duration]) => sum + Math.max(0, duration - 50), 0)),
    longTasks: whole && tasks.length,
    longestTaskMs: whole && ms(tasks.reduce((max, [, duration]) => Math.max(max, duration), 0)),
    cls: whole ? Math.round(whole.cls * 10_000) / 10_000 : null,
    // Shifts within 500 ms of an input do not count in `cls`: with the no-op clicks of the
    // responsiveness check, `clsAll` is the figure that still sees them.
    clsAll: whole ? Math.round(whole.clsAll * 10_000) / 10_000 : null,
    shifts: whole?.shifts ?? [],
    heapBytes: heap,
    clicks: click
      ? {
          count: whole?.clicks.length ?? 0,
          duringRender: during.length,
          firstDelayMs: ms(whole?.clicks[0]?.delay),
          firstAtMs: ms(whole?.clicks[0]?.at),
          maxDelayDuringRenderMs: whole && ms(during.reduce((max, c) => Math.max(max, c.delay), 0)),
        }
      : undefined,
    bytes: bytesOf(log),
    requests: {
      total: log.length + thirdParty.length,
      perUrl,
      data: Object.fromEntries(Object.entries(perUrl).filter(([path]) => kindOf(path) === 'data')),
      thirdParty: thirdParty.length,
      thirdPartyHosts: hosts,
    },
    profile: {
      scriptMs: ms(metrics.ScriptDuration * 1000),
      layoutMs: ms(metrics.LayoutDuration * 1000),
      styleMs: ms(metrics.RecalcStyleDuration * 1000),
      taskMs: ms(metrics.TaskDuration * 1000),
      nodes: metrics.Nodes ?? null,
    },
    errors,
  };
}
