/**
 * `npm start`: serves the project folder and prints the demo's address once. `HOST` (default
 * 127.0.0.1; `0.0.0.0` to reach it from another machine) and `PORT` (default 8000; the next free
 * one is taken when it is busy, unless PORT was given) choose where. No dependencies: a static
 * file server is all the demo needs.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const valibot = join(root, 'node_modules/valibot/dist/');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};
// Text goes out gzipped, as any CDN sends it: the demo's load then measures what readers get.
const compressible = new Set(['.html', '.js', '.mjs', '.json', '.css', '.svg']);

const server = createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  if (pathname === '/') {
    response.writeHead(302, { location: '/demo/' });
    response.end();
    return;
  }
  let file = normalize(join(root, decodeURIComponent(pathname)));
  // Of the dependencies, only valibot: the builder's import map points the data API to it.
  if (!file.startsWith(root) || (file.includes('node_modules') && !file.startsWith(valibot))) {
    response.writeHead(403).end();
    return;
  }
  try {
    if (statSync(file).isDirectory()) file = join(file, 'index.html');
    statSync(file);
  } catch {
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return;
  }
  const gzip = compressible.has(extname(file)) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    // Data files revalidate every time, as the README advises for hosting.
    'cache-control': extname(file) === '.json' ? 'no-cache' : 'max-age=60',
    vary: 'accept-encoding',
    ...(gzip ? { 'content-encoding': 'gzip' } : {}),
  });
  const body = createReadStream(file);
  (gzip ? body.pipe(createGzip()) : body).pipe(response);
});

const host = process.env.HOST || '127.0.0.1';
const fixedPort = Boolean(process.env.PORT);

function listen(port, triesLeft = fixedPort ? 0 : 20) {
  const listening = () => {
    server.off('error', failed);
    const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
    console.log(`mission-widgets demo: http://${shown}:${server.address().port}/demo/`);
  };
  // A failed try must not leave its `listening` handler behind, or the address prints once per try.
  const failed = (error) => {
    server.off('listening', listening);
    if (error.code === 'EADDRINUSE' && triesLeft > 0) listen(port + 1, triesLeft - 1);
    else {
      console.error(
        `mission-widgets demo: cannot listen on ${host}:${port} (${error.code ?? error.message})`,
      );
      process.exitCode = 1;
    }
  };
  server.once('error', failed);
  server.once('listening', listening);
  server.listen(port, host);
}

listen(Number(process.env.PORT || 8000));
