/**
 * `npm start`: serves the project folder on localhost and prints the demo's address. No
 * dependencies: a static file server is all the demo needs.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const valibot = join(root, 'node_modules/valibot/dist/');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

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
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    // Data files revalidate every time, as the README advises for hosting.
    'cache-control': extname(file) === '.json' ? 'no-cache' : 'max-age=60',
  });
  createReadStream(file).pipe(response);
});

function listen(port, triesLeft = 20) {
  server.once('error', (error) => {
    if (error.code === 'EADDRINUSE' && triesLeft > 0) listen(port + 1, triesLeft - 1);
    else throw error;
  });
  server.listen(port, '127.0.0.1', () => {
    console.log(`mission-widgets demo: http://localhost:${server.address().port}/demo/`);
  });
}

listen(Number(process.env.PORT ?? 8000));
