// The project's own commands, as a contributor meets them.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { describe, it } from 'node:test';

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

describe('the demo server (npm start)', () => {
  it('prints its address and serves the demo and the built drop-in', async () => {
    const server = spawn(process.execPath, ['demo/serve.mjs'], {
      cwd: root,
      env: { ...process.env, PORT: '8790' },
    });
    try {
      const address = await new Promise((resolve, reject) => {
        server.stdout.on('data', (chunk) => {
          const match = String(chunk).match(/http:\/\/localhost:\d+\/demo\//);
          if (match) resolve(match[0]);
        });
        server.once('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      const page = await fetch(address);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<troop-counter/);
      const script = await fetch(new URL('../dist/mission-widgets.js', address));
      assert.equal(script.status, 200);
      assert.match(script.headers.get('content-type'), /javascript/);
    } finally {
      server.kill();
    }
  });
});
