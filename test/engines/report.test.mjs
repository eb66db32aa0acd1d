// The browser run's closing lines: one per engine, then every failure again, since CI keeps only
// the last lines of a run.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { engineReport } from './report.mjs';

const cwd = process.cwd();
const session = (browser, file, tests, errors = []) => ({
  browser,
  testFile: `${cwd}/${file}`,
  errors,
  testResults: { tests: [], suites: [{ name: '<troop-counter>', tests, suites: [] }] },
});

describe('the browser run per engine', () => {
  let printed;
  const log = console.log;
  beforeEach(() => {
    printed = [];
    console.log = (text) => printed.push(...String(text).split('\n'));
  });
  afterEach(() => {
    console.log = log;
  });

  it('counts each engine and lists every failure with its engine, file, title and first line', () => {
    const chromium = {};
    const webkit = {};
    const report = engineReport({
      engineOfLauncher: new Map([
        [chromium, 'chromium'],
        [webkit, 'webkit'],
      ]),
      notRun: { firefox: 'not in MW_ENGINES' },
      versions: { chromium: 'Chromium 1', webkit: 'WebKitGTK 2' },
    });
    report.onTestRunFinished({
      sessions: [
        session(chromium, 'test/a.test.ts', [{ name: 'shows the figure', passed: true }]),
        session(webkit, 'test/a.test.ts', [
          { name: 'shows the figure', passed: false, error: { message: 'expected 1 to equal 2\n  at …' } },
        ]),
        session(webkit, 'test/b.test.ts', [], [{ message: 'Browser tests did not start after 60000ms' }]),
      ],
    });
    assert.deepEqual(printed, [
      '',
      'Browser tests per engine:',
      '  chromium  Chromium 1: 1 files, 1 tests ran (1 passed, 0 failed), 0 excluded',
      '  firefox   NOT RUN: not in MW_ENGINES',
      '  webkit    WebKitGTK 2: 2 files, 1 tests ran (0 passed, 1 failed), 0 excluded',
      'Failed:',
      '  ✗ webkit: test/a.test.ts: "<troop-counter> shows the figure": expected 1 to equal 2',
      '  ✗ webkit: test/b.test.ts: Browser tests did not start after 60000ms',
    ]);
  });

  it('prints no failure list when everything passed', () => {
    const chromium = {};
    const report = engineReport({
      engineOfLauncher: new Map([[chromium, 'chromium']]),
      notRun: {},
      versions: {},
    });
    report.onTestRunFinished({
      sessions: [session(chromium, 'test/a.test.ts', [{ name: 'shows the figure', passed: true }])],
    });
    assert.equal(printed.includes('Failed:'), false);
    assert.match(printed.at(-1), /1 tests ran \(1 passed, 0 failed\)/);
  });
});
