// A small run of the benchmark (1 run, the shipped 12 events, no TimelineJS), so that it cannot
// rot: every target yields its figures and the results file keeps its shape. No timing
// thresholds: timings on a shared machine say nothing about a change.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { runBench } from '../../bench/run.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'mission-widgets-bench-smoke-'));
const out = join(scratch, 'latest.json');
const markdownFile = join(scratch, 'BENCHMARKS.md');

describe('npm run bench, smoke run', { timeout: 120_000 }, () => {
  let results;
  before(async () => {
    const options = { runs: 1, warmup: 0, cases: ['timeline-12'], timelinejs: false, quiet: true };
    await runBench({ ...options, out, markdown: markdownFile });
    results = JSON.parse(readFileSync(out, 'utf8'));
  });

  it('writes the machine, the browser, the date and the method', () => {
    assert.equal(results.schema, 1);
    assert.ok(!Number.isNaN(Date.parse(results.date)));
    assert.ok(results.machine.cpus >= 1);
    assert.match(results.browser.version, /^\d+\./);
    assert.deepEqual(
      { runs: results.method.runs, interleaved: results.method.interleaved },
      { runs: 1, interleaved: true },
    );
  });

  it('runs the 12-event timeline for our widget, over its static HTML, in its iframe embed and the static floor only', () => {
    assert.deepEqual(
      results.cases.map((c) => c.id),
      ['timeline-12'],
    );
    assert.deepEqual(Object.keys(results.cases[0].results), ['ours', 'prerendered', 'iframe', 'static']);
  });

  for (const target of ['ours', 'prerendered', 'iframe', 'static']) {
    it(`measures ${target}: content, paint, blocking time, shifts, heap, bytes, requests`, () => {
      const { runs, summary } = results.cases[0].results[target];
      assert.equal(runs.length, 1);
      const [run] = runs;
      assert.equal(run.timedOut, false);
      assert.deepEqual(run.errors, []);
      for (const figure of [
        'contentMs',
        'completeMs',
        'fcpMs',
        'tbtMs',
        'cls',
        'heapMB',
        'allGzip',
        'requests',
      ]) {
        assert.equal(typeof summary[figure]?.median, 'number', figure);
        assert.equal(summary[figure].n, 1, figure);
      }
      assert.ok(summary.contentMs.median > 0);
      assert.equal(summary.thirdParty.median, 0);
    });
  }

  it('loads our widget, its data once, and no script for the floor', () => {
    const { ours, static: floor } = results.cases[0].results;
    assert.ok(ours.summary.jsCssGzip.median > 0);
    assert.equal(ours.summary.dataRequestsPerUrl.median, 1);
    assert.deepEqual(ours.runs[0].requests.data, { '/data/haiti-mss.json': 1 });
    assert.equal(floor.summary.jsCssGzip.median, 0);
    assert.equal(floor.summary.requests.median, 1);
  });

  it('the iframe embed: the embed page and its scripts from dist/, the data once, inside the frame', () => {
    const { iframe } = results.cases[0].results;
    const { perUrl, data } = iframe.runs[0].requests;
    assert.equal(perUrl['/dist/embed.html'], 1);
    assert.equal(perUrl['/dist/mission-widgets-frame.js'], 1);
    assert.deepEqual(data, { '/data/haiti-mss.json': 1 });
  });

  it('prints the ratios ours / static, and checks the targets it can', () => {
    const ratios = results.cases[0].ratios;
    assert.deepEqual(Object.keys(ratios), ['ours/static', 'prerendered/static', 'iframe/static']);
    assert.equal(typeof ratios['iframe/static'].contentMs, 'number');
    assert.equal(typeof ratios['ours/static'].contentMs, 'number');
    assert.equal(typeof ratios['prerendered/static'].contentMs, 'number');
    const targets = Object.fromEntries(results.targets.map((t) => [t.id, t]));
    assert.equal(typeof targets['content-12'].met, 'boolean');
    assert.equal(typeof targets['content-12-prerendered'].met, 'boolean');
    assert.equal(typeof targets['cls-timeline-12-prerendered'].met, 'boolean');
    assert.equal(targets['content-1000'].met, null);
    assert.equal(targets['bytes-timeline'].met, null, 'no TimelineJS, no byte ratio');
  });

  it('regenerates the tables of the markdown page', () => {
    const page = readFileSync(markdownFile, 'utf8');
    assert.match(page, /<!-- bench:start -->[\s\S]*<event-timeline>`?, 12 events[\s\S]*<!-- bench:end -->/);
    assert.match(page, /Chromium \d+/);
  });
});
