// Static HTML of several widgets rendered in one Node process (a build rendering every page, or
// a page with several widgets), through src/ssr/render.ts itself: what one widget asked for must
// not reach the ones rendered after it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { build } from 'esbuild';

const { outputFiles } = await build({
  entryPoints: [new URL('../../src/ssr/render.ts', import.meta.url).pathname],
  bundle: true,
  platform: 'node',
  format: 'esm',
  // The package's `sideEffects` list is for its built files: here the DOM shim must run.
  ignoreAnnotations: true,
  write: false,
});
const { renderStatic } = await import(
  `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
);
const mission = {
  data: JSON.parse(readFileSync(new URL('../../data/haiti-mss.json', import.meta.url), 'utf8')),
  warnings: [],
  origin: 'inline',
};
const counter = (attributes) => renderStatic('troop-counter', mission, { attributes });
/** The text of every style element in a widget's static HTML. */
const styles = (markup) =>
  [...markup.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('');

describe('static HTML of several widgets in one process', () => {
  it("writes a counter's history styles for the counter that shows one, not for the counters after it", async () => {
    const before = await counter({ locale: 'en' });
    const withHistory = await counter({ locale: 'en', history: '' });
    const after = await counter({ locale: 'en' });
    // The chart is laid out by its own styles…
    assert.match(withHistory, /<figure part="?sparkline"?/);
    assert.match(styles(withHistory), /\.chart\s*\{[^}]*block-size:\s*3rem/);
    // …which a counter without one, rendered later, does not carry: it is written as before.
    assert.doesNotMatch(
      styles(after),
      /\.chart\s*\{|\.phase-name/,
      'the history styles in a counter without one',
    );
    assert.ok(after === before, 'a counter without a history is written otherwise after one with it');
  });

  it('writes the history styles again for a second counter with a history', async () => {
    const first = await counter({ locale: 'en', history: '' });
    assert.equal(await counter({ locale: 'en', history: '' }), first);
  });
});
