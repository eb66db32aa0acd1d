/**
 * One WebKit at a time on a machine. `node --test` runs test files in parallel on machines with
 * more cores, and two WebKitWebDriver + `xvfb-run -a` pairs started together can end each
 * other's session ("invalid session id"): each WebKit user holds this lock, a directory in the
 * temporary folder, from starting its driver to stopping it. A lock whose holder has died is
 * taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const LOCK = join(tmpdir(), 'mission-widgets-webkit.lock');

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

function holder(lock) {
  try {
    return Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    return undefined;
  }
}

function tryTake(lock) {
  try {
    mkdirSync(lock);
  } catch (error) {
    if (error.code !== 'EEXIST') throw error;
    const pid = holder(lock);
    // A holder that died without releasing.
    if (pid !== undefined && !alive(pid)) rmSync(lock, { recursive: true, force: true });
    return false;
  }
  writeFileSync(join(lock, 'pid'), String(process.pid));
  return true;
}

/**
 * Waits for the lock (`lock`: its directory, for tests); resolves to its release function, safe
 * to call more than once.
 */
export async function lockWebKit(lock = LOCK) {
  let waited = 0;
  while (!tryTake(lock)) {
    await sleep(250);
    waited += 250;
    // A directory left without a pid for 30 s is a crash between mkdir and the write.
    if (waited % 30_000 === 0 && holder(lock) === undefined) rmSync(lock, { recursive: true, force: true });
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    if (holder(lock) === process.pid) rmSync(lock, { recursive: true, force: true });
  };
  process.once('exit', release);
  return release;
}
