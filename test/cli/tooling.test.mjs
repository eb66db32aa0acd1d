// The project's own commands, as a contributor meets them.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';
import { gunzipSync } from 'node:zlib';

const root = new URL('../../', import.meta.url);

describe('finding a browser for the tests', () => {
  it('stops with one line of advice when there is no Chrome or Chromium', () => {
    const env = { ...process.env, CHROME_PATH: '', CHROME_SEARCH_PATHS: '/nowhere/chromium' };
    const { status, stdout, stderr } = spawnSync(process.execPath, ['test/find-chrome.mjs', '--check'], {
      cwd: root,
      env,
      encoding: 'utf8',
    });
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.deepEqual(stderr.trim().split('\n'), [
      'No Chrome or Chromium found: install one (Debian: apt-get install -y chromium) or set CHROME_PATH.',
    ]);
  });

  it('uses CHROME_PATH first', () => {
    const env = { ...process.env, CHROME_PATH: process.execPath, CHROME_SEARCH_PATHS: '/nowhere/chromium' };
    const { status } = spawnSync(process.execPath, ['test/find-chrome.mjs', '--check'], { cwd: root, env });
    assert.equal(status, 0);
  });
});

/** Starts `demo/serve.mjs` with these variables; resolves with everything it printed once it serves. */
function startDemo(env) {
  const server = spawn(process.execPath, ['demo/serve.mjs'], { cwd: root, env: { ...process.env, ...env } });
  let printed = '';
  const started = new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      printed += chunk;
      const match = printed.match(/http:\/\/[^/]+\/demo\//);
      if (match) resolve(match[0]);
    });
    server.once('exit', (code) => reject(new Error(`exited with ${code}`)));
  });
  return { server, started, printed: () => printed };
}

describe('the demo server (npm start)', () => {
  it('prints its address once and serves the demo and the built drop-in', async () => {
    const demo = startDemo({ HOST: '127.0.0.1', PORT: '0' });
    try {
      const address = await demo.started;
      assert.match(address, /^http:\/\/127\.0\.0\.1:\d+\/demo\/$/);
      const page = await fetch(address);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<troop-counter/);
      const script = await fetch(new URL('../dist/mission-widgets.js', address));
      assert.equal(script.status, 200);
      assert.match(script.headers.get('content-type'), /javascript/);
      assert.equal(demo.printed(), `mission-widgets demo: ${address}\n`);
    } finally {
      demo.server.kill();
    }
  });

  it('sends text gzipped to a browser that accepts it, and as it is to one that does not', async () => {
    const demo = startDemo({ HOST: '127.0.0.1', PORT: '0' });
    try {
      const url = new URL('../dist/mission-widgets.js', await demo.started);
      const file = readFileSync(new URL('dist/mission-widgets.js', root));
      const zipped = await rawGet(url, { 'accept-encoding': 'gzip, deflate, br' });
      assert.equal(zipped.headers['content-encoding'], 'gzip');
      assert.ok(zipped.body.length < file.length / 2, `${zipped.body.length} of ${file.length} bytes`);
      assert.deepEqual(gunzipSync(zipped.body), file);
      const plain = await rawGet(url, {});
      assert.equal(plain.headers['content-encoding'], undefined);
      assert.deepEqual(plain.body, file);
    } finally {
      demo.server.kill();
    }
  });

  it('says which address it cannot take when the PORT given is busy, and exits 1', async () => {
    const busy = createServer();
    await new Promise((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address();
    try {
      const { status, stdout, stderr } = spawnSync(process.execPath, ['demo/serve.mjs'], {
        cwd: root,
        env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
        encoding: 'utf8',
        timeout: 10_000,
      });
      assert.equal(status, 1);
      assert.equal(stdout, '');
      assert.equal(stderr.trim(), `mission-widgets demo: cannot listen on 127.0.0.1:${port} (EADDRINUSE)`);
    } finally {
      busy.close();
    }
  });
});

/** GETs `url` with exactly these headers; resolves with the headers and the body's bytes as sent. */
function rawGet(url, headers) {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}
