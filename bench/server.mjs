/**
 * The benchmark's web server on 127.0.0.1: generated pages, bundles and datasets from memory,
 * and TimelineJS's dist/ folder from node_modules under /tl/. No compression and no caching
 * (every run uses a fresh browser context anyway), so the bytes served are the bytes loaded.
 * Every request is logged with its size; `take()` returns the log since the last call.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const TIMELINEJS = fileURLToPath(new URL('../node_modules/@knight-lab/timelinejs/dist/', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.eot': 'application/vnd.ms-fontobject',
};

/** What a response is, for the byte counts: script, style, data, document, font or other. */
export function kindOf(path) {
  const type = TYPES[extname(path)] ?? '';
  if (type.startsWith('text/javascript')) return 'js';
  if (type.startsWith('text/css')) return 'css';
  if (type.startsWith('application/json')) return 'data';
  if (type.startsWith('text/html')) return 'html';
  if (type.startsWith('font/') || type.includes('fontobject')) return 'font';
  return 'other';
}

function fromTimelineJS(path) {
  const file = normalize(join(TIMELINEJS, decodeURIComponent(path.slice('/tl/'.length))));
  if (!file.startsWith(TIMELINEJS)) return undefined;
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Starts the server on a free port. `files` maps a path to its bytes (a Buffer or a string). */
export async function startServer(files) {
  const bodies = new Map(Object.entries(files).map(([path, body]) => [path, Buffer.from(body)]));
  let log = [];
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const body = bodies.get(pathname) ?? (pathname.startsWith('/tl/') ? fromTimelineJS(pathname) : undefined);
    log.push({ path: pathname, status: body ? 200 : 404, bytes: body?.length ?? 0, body });
    if (!body) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(pathname)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    response.end(body);
  });
  server.keepAliveTimeout = 1_000;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    /** Serves `body` at `path` from now on. */
    set(path, body) {
      bodies.set(path, Buffer.from(body));
    },
    /** The requests served since the last call, in order. */
    take() {
      const taken = log;
      log = [];
      return taken;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
