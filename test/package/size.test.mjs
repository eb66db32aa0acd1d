// What a page loads of the drop-in, in gzip bytes (deterministic: gzip level 9 of the built
// files, each file on its own, as a browser fetches them), the shipped mission data counted apart.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { gzipSync } from 'node:zlib';
import { CEILINGS, pageFiles } from './drop-in-budgets.mjs';

const dist = new URL('../../dist/', import.meta.url);
const gzip = (name) => gzipSync(readFileSync(new URL(name, dist)), { level: 9 }).length;
const files = JSON.parse(readFileSync(new URL('mission-widgets.files.json', dist), 'utf8'));
const file = (id) => `mission-widgets.${id}.${files.hash}.js`;

describe('the drop-in size', () => {
  for (const [page, ceiling] of Object.entries(CEILINGS)) {
    const names = pageFiles(files, page);
    const bytes = names.reduce((sum, name) => sum + gzip(name), 0);
    it(`${page}: ${names.length} files, ${bytes} bytes gzip of code, at most ${ceiling}`, () => {
      assert.ok(bytes <= ceiling, `${bytes} bytes gzip: ${names.join(', ')}`);
    });
  }

  it('the loader stays small (it is on every page, before anything else)', () => {
    // 2,555 B: the history's prefetch and the wait for lazy widgets' code (issue 15) took it past 2,400;
    // letting go of lazy widgets whose code was asked for, or that left the page, added 43 B.
    assert.ok(gzip('mission-widgets.js') <= 2_600, `${gzip('mission-widgets.js')} bytes`);
  });

  it('the shipped dataset is a file of its own, fetched only for widgets without src or inline JSON', () => {
    assert.ok(gzip(file(files.parts.data)) <= 26_000, `${gzip(file(files.parts.data))} bytes`);
  });

  // 2,700: French carries the articles and prepositions of country names (le, la, les, au, aux),
  // and each language now its shared strings too (about 170 B), which no English page loads; a
  // month's "en juin" beside a day's "au", the pledge said alone, "non communiqué" (about 60 B).
  for (const lang of ['fr', 'ht', 'es', 'sw']) {
    it(`the ${lang} interface strings are one file of at most 2,700 bytes`, () => {
      const bytes = gzip(file(files.parts[lang]));
      assert.ok(bytes <= 2_700, `${bytes} bytes`);
    });
  }

  // 1,830: its strings joined it (about 50 B here, 68 B less in every counter's code).
  it("the counter's history (its view, template, chart geometry and styles) is a file of its own, fetched only for a counter with `history`", () => {
    assert.ok(gzip(file(files.parts.history)) <= 1_830, `${gzip(file(files.parts.history))} bytes`);
  });

  // A module both the validator and the timeline use, in a file of its own, cost a counter's page
  // with `src` one more request, made only once the validator had arrived.
  it('a file loaded on demand needs only files that each element loading it has loaded already', () => {
    const needs = (id) =>
      [...readFileSync(new URL(file(id), dist), 'utf8').matchAll(/missionWidgets\("[^"]+",\[([^\]]*)\]/g)]
        .flatMap(([, list]) => list.match(/mission-widgets\.[\w-]+(?=\.js)/g) ?? [])
        .map((name) => name.replace('mission-widgets.', ''));
    // The counter's history is loaded by the counter alone (the loader fetches it for a counter only).
    const loadedBy = (part) =>
      part === files.parts.history ? ['troop-counter'] : Object.keys(files.elements);
    for (const part of Object.values(files.parts))
      for (const element of loadedBy(part)) {
        const loaded = files.elements[element];
        assert.deepEqual(
          needs(part).filter((id) => !loaded.includes(id)),
          [],
          `${part} on a page with ${element}`,
        );
      }
  });

  it('every file the loader names is in dist, and every drop-in file in dist is named', () => {
    const named = new Set(
      [
        ...Object.values(files.elements).flat(),
        ...Object.values(files.bundles),
        ...Object.values(files.parts),
      ].map(file),
    );
    const built = readdirSync(dist).filter((name) => /^mission-widgets\.[\w-]+\.[0-9a-f]{8}\.js$/.test(name));
    assert.deepEqual([...named].sort(), built.sort());
  });
});
