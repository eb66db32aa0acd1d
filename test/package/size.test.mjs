// The drop-in's weight, in gzip bytes (deterministic: gzip level 9 of the built files).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';

const dist = new URL('../../dist/', import.meta.url);
const gzip = (name) => gzipSync(readFileSync(new URL(name, dist)), { level: 9 }).length;

/**
 * Guards against growth, not the goal: the script is over the 20 KB gzip the project aims for
 * (README, "Size", says where the bytes go). Lower these numbers as the files shrink.
 */
const SCRIPT_CEILING = 25_700;
/** What a page fetches beside the script only when a widget needs it. */
const BESIDE_CEILINGS = { validate: 5_800, fr: 1_200, ht: 1_200, es: 1_200, sw: 1_200 };

describe('the drop-in size', () => {
  const script = gzip('mission-widgets.js');
  it(`mission-widgets.js stays under its ceiling of ${SCRIPT_CEILING} bytes gzip (now ${script})`, () => {
    assert.ok(script <= SCRIPT_CEILING, `${script} bytes gzip`);
  });

  const beside = readdirSync(dist).filter((name) => /^mission-widgets\.\w+\.[0-9a-f]{8}\.js$/.test(name));
  it('has exactly one file beside it per part loaded on demand', () => {
    assert.deepEqual(beside.map((name) => name.split('.')[1]).sort(), Object.keys(BESIDE_CEILINGS).sort());
  });

  for (const name of beside) {
    const part = name.split('.')[1];
    const size = gzip(name);
    it(`${part} (on demand) stays under ${BESIDE_CEILINGS[part]} bytes gzip (now ${size})`, () => {
      assert.ok(size <= BESIDE_CEILINGS[part], `${size} bytes gzip`);
    });
  }
});
