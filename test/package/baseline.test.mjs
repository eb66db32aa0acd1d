// The supported browsers (README, "Browser support"): the loader parses in any browser, so that
// one below the baseline can say so; the rest is written for the baseline.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { parse } from 'acorn';

const dist = new URL('../../dist/', import.meta.url);
const read = (name) => readFileSync(new URL(name, dist), 'utf8');

describe('the drop-in and the browser baseline', () => {
  it('the loader is ES5: an old browser parses it, logs one line and keeps the fallback', () => {
    assert.doesNotThrow(() => parse(read('mission-widgets.js'), { ecmaVersion: 5 }));
  });

  it('the loader refuses browsers without the newest features the widgets use', () => {
    const loader = read('mission-widgets.js');
    assert.match(loader, /AbortSignal\.any/);
    assert.match(loader, /light-dark\(/);
    assert.match(loader, /Chrome 123, Firefox 124, Safari 17\.5/);
  });

  for (const name of readdirSync(dist).filter((file) =>
    /^mission-widgets\.[\w-]+\.[0-9a-f]{8}\.js$/.test(file),
  )) {
    it(`${name} is classic-script syntax of ES2023 at most`, () => {
      assert.doesNotThrow(() => parse(read(name), { ecmaVersion: 2023, sourceType: 'script' }));
    });
  }
});
