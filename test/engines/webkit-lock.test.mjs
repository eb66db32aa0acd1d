// The machine-wide WebKit lock: a second holder waits for the first, and a dead holder's lock
// is taken over.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { lockWebKit } from './webkit-lock.mjs';

describe('the WebKit lock', () => {
  // A lock of the tests' own, so that a WebKit run beside them is not disturbed.
  const lock = join(mkdtempSync(join(tmpdir(), 'webkit-lock-')), 'lock');

  it('lets a second user in only after the first releases', async () => {
    const release = await lockWebKit(lock);
    let second = false;
    const waiting = lockWebKit(lock).then((releaseSecond) => {
      second = true;
      return releaseSecond;
    });
    await sleep(600);
    assert.equal(second, false, 'the second user waits while the lock is held');
    release();
    const releaseSecond = await waiting;
    assert.equal(second, true);
    releaseSecond();
  });

  it('takes over the lock of a process that died holding it', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.pid']).pid;
    mkdirSync(lock);
    writeFileSync(join(lock, 'pid'), String(dead));
    const release = await lockWebKit(lock);
    release();
  });
});
