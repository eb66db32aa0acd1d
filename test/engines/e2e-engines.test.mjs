// The end-to-end harness on a machine without an engine: reported as not run, with what to
// install; with CI=true, a failure.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

/** A PATH with nothing on it (node itself is started by its full path). */
const emptyPath = mkdtempSync(join(tmpdir(), 'mw-no-engines-'));
const fixture = fileURLToPath(new URL('./fixtures/one-engine-suite.mjs', import.meta.url));

/** Runs the fixture's suite in Firefox on a PATH that has no Firefox. */
function runWithoutFirefox(env) {
  // Not this run's Firefox, CI flag or test-runner context (a nested runner would skip its files).
  const { FIREFOX_PATH, CI, NODE_TEST_CONTEXT, ...rest } = process.env;
  void [FIREFOX_PATH, CI, NODE_TEST_CONTEXT];
  return spawnSync(process.execPath, ['--test', '--test-reporter=tap', fixture], {
    encoding: 'utf8',
    env: { ...rest, PATH: emptyPath, MW_ENGINES: 'firefox', ...env },
  });
}

describe('describeInEngines without an engine', () => {
  it('reports it NOT RUN, with what to install, and passes', () => {
    const run = runWithoutFirefox({});
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /a page \(firefox\) # SKIP NOT RUN: No Firefox found: install it/);
    assert.match(run.stdout, /a page \(chromium\) # SKIP NOT RUN: chromium is not in MW_ENGINES/);
  });

  it('fails under CI=true', () => {
    const run = runWithoutFirefox({ CI: 'true' });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /not ok \d+ - has its engine \(CI runs every engine\)/);
    assert.match(run.stdout, /No Firefox found/);
  });
});
