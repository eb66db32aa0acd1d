// The Node versions we state are true: every locked package accepts them, so a fresh
// `npm install` on any of them prints no engine warning (EBADENGINE), and the README says the same.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import semver from 'semver';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json'));
const lock = JSON.parse(read('package-lock.json'));
const locked = Object.entries(lock.packages).filter(([path, entry]) => path && entry.engines?.node);

/** The locked packages whose Node range does not hold every version of `range`. */
const refusing = (range, entries) =>
  entries
    .filter(([, entry]) => !semver.subset(range, entry.engines.node))
    .map(([path, entry]) => `${path.replace(/^node_modules\//, '')} wants ${entry.engines.node}`);

describe('the Node versions we state', () => {
  const runtime = pkg.engines.node;
  const development = pkg.devEngines.runtime.version;

  it('are accepted by every package a site installs with ours (engines)', () => {
    assert.deepEqual(
      refusing(
        runtime,
        locked.filter(([, entry]) => !entry.dev),
      ),
      [],
    );
  });

  it('are accepted by every package our own development installs (devEngines)', () => {
    assert.deepEqual(refusing(development, locked), []);
    assert.ok(semver.subset(development, runtime), 'developing needs a Node the package itself supports');
  });

  it('are the ones the README gives', () => {
    const readme = read('README.md');
    for (const version of development.match(/\d+\.\d+\.\d+/g)) {
      assert.ok(readme.includes(version), `README names Node ${version}`);
    }
  });
});
