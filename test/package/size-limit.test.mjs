// size-limit (`npm run size`, .size-limit.mjs) over the built package: the drop-in pages and each
// npm entry as esbuild bundles it for a site, each against its ceiling.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import config, { NPM_CEILINGS, THREE_ELEMENT_ENTRIES } from '../../.size-limit.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const results = (() => {
  try {
    return JSON.parse(
      execFileSync('node_modules/.bin/size-limit', ['--json'], { cwd: root, encoding: 'utf8' }),
    );
  } catch (error) {
    // size-limit exits 1 when a check is over its limit, and still prints every result.
    return JSON.parse(error.stdout);
  }
})();
const byName = new Map(results.map((result) => [result.name, result]));

describe('size-limit', () => {
  for (const check of config) {
    it(`${check.name}: within ${check.limit}`, () => {
      const result = byName.get(check.name);
      assert.ok(result, `size-limit measured ${check.name}`);
      assert.ok(result.size > 1_000, `${result.size} bytes is a real bundle`);
      assert.ok(result.passed, `${result.size} bytes gzip, over ${check.limit}`);
    });
  }

  it('covers every JavaScript entry of package.json', async () => {
    const { exports } = JSON.parse(execFileSync('cat', ['package.json'], { cwd: root, encoding: 'utf8' }));
    const entries = Object.entries(exports)
      .filter(([subpath, target]) => target.default && subpath !== './mission-widgets.js')
      .map(([subpath]) => (subpath === '.' ? 'mission-widgets' : `mission-widgets/${subpath.slice(2)}`));
    const guarded = new Set(Object.keys(NPM_CEILINGS));
    const missing = entries.filter(
      (entry) => !guarded.has(entry) && !/\/(contributor-list|event-timeline)\/class\.js$/.test(entry),
    );
    assert.deepEqual(missing, []);
  });

  it('the root entry costs no more than the three element entries together', () => {
    const rootEntry = byName.get("npm: import { TroopCounter } from 'mission-widgets'");
    const three = byName.get(THREE_ELEMENT_ENTRIES);
    // The root bundles the very same modules as the three entries, in another order, and gzip
    // of the same code in another order differs by a few bytes either way (seen: +3 and -4).
    const GZIP_ORDER_NOISE = 40;
    assert.ok(
      rootEntry.size <= three.size + GZIP_ORDER_NOISE,
      `root ${rootEntry.size} bytes, the three ${three.size}`,
    );
  });
});
