// The end-to-end run's per-engine summary, from the events node's test runner gives a reporter.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import e2eReport from './e2e-report.mjs';

async function report(events) {
  async function* source() {
    yield* events;
  }
  let text = '';
  for await (const chunk of e2eReport(source())) text += chunk;
  return text;
}

const stdout = (message) => ({ type: 'test:stdout', data: { message } });
const skipped = (name, skip) => ({ type: 'test:pass', data: { name, skip, nesting: 0 } });

describe('the end-to-end summary per engine', () => {
  it('adds up the files, the tests run and excluded, and says which engine did not run', async () => {
    const text = await report([
      stdout('test/e2e/cdn.test.mjs in chromium: 27 tests ran, 0 excluded\n'),
      stdout('test/e2e/cdn.test.mjs in firefox: 27 tests ran, 0 excluded\n'),
      stdout('test/e2e/frame.test.mjs in chromium: 12 tests ran, 1 excluded\n'),
      stdout('some other line of a test'),
      skipped('demo/editor.html (firefox)', 'excluded in firefox: KNOWN GAP: no downloads'),
      skipped('the iframe embed (webkit)', 'NOT RUN: No WebKitWebDriver found: install it'),
      skipped('works as a module script (fr)', 'excluded in fr: not an engine'),
    ]);
    assert.deepEqual(text.trim().split('\n'), [
      'End-to-end tests per engine:',
      '  chromium  2 files, 39 tests ran, 1 excluded',
      '  firefox   1 files, 27 tests ran, 0 excluded, 1 suites excluded whole',
      '  webkit    NOT RUN: No WebKitWebDriver found: install it',
    ]);
  });
});
