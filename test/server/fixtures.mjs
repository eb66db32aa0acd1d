/**
 * Test-only routes for the test runner's server, so that tests use real requests instead of
 * a stubbed fetch:
 *   /__test__/respond?status=500&type=text/html&body=...&delay=ms   any short answer, optionally late
 *   POST /__test__/doc/KEY   keeps the request body; GET /__test__/doc/KEY?status=&type=&delay=
 *                            answers with it (for bodies too long for a URL), with an ETag,
 *                            304 to a matching If-None-Match; POST again to change it
 *   /__test__/doc-count/KEY  how many GET requests /doc/KEY has had
 *                            (?validator=last-modified: a Last-Modified per upload instead, and
 *                            304 to a matching If-Modified-Since)
 *   /__test__/doc-log/KEY    each GET of /doc/KEY: the If-None-Match it sent and the status it got
 *   /__test__/counted/KEY    the shipped dataset, counting requests per KEY
 *   /__test__/count/KEY      how many times /counted/KEY was asked for
 *   /__test__/font           DejaVu Sans (.ci/run installs it), a web font for the tests to load late
 *   /__test__/trickle        a JSON body sent one byte every 200 ms (for timeouts)
 *   POST /__test__/hold/KEY?path=/src/...   holds requests for that path from a page whose
 *                            `mw-hold` cookie is KEY (one engine's page, not the others')
 *   POST /__test__/release/KEY   lets them through (code loaded on demand arrives when a test says)
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const counts = new Map();
const docs = new Map();
const logs = new Map();
const uploads = new Map();
/** The code loaded on demand that tests hold. */
const HOLDABLE = /^\/src\/components\/troop-counter-history\.ts$/;
/** Held paths per key: `{ path, gate, open }`, `open` lets the held requests through. */
const holds = new Map();
const shipped = () => readFileSync(new URL('../../data/haiti-mss.json', import.meta.url), 'utf8');
const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function fixtureRoutes(ctx, next) {
  const url = new URL(ctx.url, 'http://localhost');
  const [, root, route, key] = url.pathname.split('/');
  if (root !== '__test__') {
    const held = holds.get(/(?:^|;\s*)mw-hold=([^;]*)/.exec(ctx.get('cookie'))?.[1]);
    if (held?.path === url.pathname) await held.gate;
    // Code a test holds is never kept: the test runner lets the browser keep files for a year
    // (a header it sets after every middleware), and a page after one that had it (another test
    // file) would take it from the cache, without asking, past the hold.
    if (HOLDABLE.test(url.pathname)) {
      const { res } = ctx;
      const writeHead = res.writeHead;
      res.writeHead = (...args) => (res.setHeader('cache-control', 'no-store'), writeHead.apply(res, args));
    }
    return next();
  }
  if (route === 'hold' || route === 'release') {
    holds.get(key)?.open();
    holds.delete(key);
    if (route === 'hold') {
      let open;
      const gate = new Promise((resolve) => (open = resolve));
      holds.set(key, { path: url.searchParams.get('path'), gate, open });
    }
    ctx.status = 204;
    return;
  }
  ctx.set('cache-control', 'no-store');
  if (route === 'doc' && ctx.method === 'POST') {
    docs.set(key, await readBody(ctx.req));
    uploads.set(key, (uploads.get(key) ?? 0) + 1);
    ctx.status = 204;
    return;
  }
  if (route === 'doc-log') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(logs.get(key) ?? []);
    return;
  }
  if (route === 'doc-count') {
    ctx.type = 'application/json';
    ctx.body = String(counts.get(`doc ${key}`) ?? 0);
    return;
  }
  if (route === 'respond' || route === 'doc') {
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay) await wait(Math.min(delay, 30_000));
    const body = (route === 'doc' ? docs.get(key) : url.searchParams.get('body')) ?? '';
    if (route === 'doc') {
      counts.set(`doc ${key}`, (counts.get(`doc ${key}`) ?? 0) + 1);
      const byDate = url.searchParams.get('validator') === 'last-modified';
      // One second per upload, so that two uploads never share a date.
      const modified = new Date(Date.UTC(2024, 0, 1) + (uploads.get(key) ?? 0) * 1000).toUTCString();
      const etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      ctx.set(byDate ? 'last-modified' : 'etag', byDate ? modified : etag);
      const log = logs.get(key) ?? [];
      logs.set(key, log);
      const sent = ctx.get(byDate ? 'if-modified-since' : 'if-none-match');
      if (sent === (byDate ? modified : etag)) {
        log.push({ sent, status: 304 });
        ctx.status = 304;
        return;
      }
      log.push({ sent, status: Number(url.searchParams.get('status') ?? 200) });
    }
    ctx.status = Number(url.searchParams.get('status') ?? 200);
    ctx.type = url.searchParams.get('type') ?? 'application/json';
    ctx.body = body;
    return;
  }
  if (route === 'font') {
    ctx.type = 'font/ttf';
    ctx.body = readFileSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf');
    return;
  }
  if (route === 'trickle') {
    ctx.type = 'application/json';
    const { PassThrough } = await import('node:stream');
    const body = new PassThrough();
    ctx.body = body;
    let sent = 0;
    const timer = setInterval(() => {
      body.write(sent === 0 ? '{' : ' ');
      if (++sent >= 100) {
        clearInterval(timer);
        body.end('}');
      }
    }, 200);
    body.on('close', () => clearInterval(timer));
    return;
  }
  if (route === 'counted') {
    counts.set(key, (counts.get(key) ?? 0) + 1);
    ctx.type = 'application/json';
    ctx.body = shipped();
    return;
  }
  if (route === 'count') {
    ctx.type = 'application/json';
    ctx.body = String(counts.get(key) ?? 0);
    return;
  }
  ctx.status = 404;
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
