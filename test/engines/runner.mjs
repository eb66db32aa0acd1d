/**
 * The page every browser test file runs in: mocha from @web/test-runner-mocha, with
 * - this engine's entries of `exclusions.mjs` marked pending before the run, their reason in the
 *   title (the report counts them as excluded; any other pending test fails the run);
 * - `it.skip`, `describe.skip`, `xit` and `xdescribe` refused: nothing is skipped silently;
 * - a failed assertion's `actual`/`expected` nodes replaced by a short description before the
 *   result leaves the page, since serialising an element's object graph can hang it.
 */
import { mocha, runTests } from '@web/test-runner-mocha';
import { engineOf, exclusionFor } from './exclusions.mjs';

const engine = engineOf(navigator.userAgent);
const { testFile } = window.__WTR_CONFIG__;

function describeNode(value) {
  if (!(value instanceof Node)) return value;
  const root = value.getRootNode();
  const where = root instanceof ShadowRoot ? ` in <${root.host.localName}>'s shadow root` : '';
  const classes = value instanceof Element ? [...value.classList].map((name) => `.${name}`) : [];
  return `<${value.nodeName.toLowerCase()}${classes.join('')}>${where}`;
}

function refuseSkips() {
  for (const [owner, name, label] of [
    [window.it, 'skip', 'it.skip'],
    [window.describe, 'skip', 'describe.skip'],
    [window, 'xit', 'xit'],
    [window, 'xdescribe', 'xdescribe'],
  ]) {
    owner[name] = () => {
      throw new Error(`${label} is not allowed: list the test in test/engines/exclusions.mjs.`);
    };
  }
}

function markExclusions(suite) {
  for (const test of suite.tests) {
    const exclusion = exclusionFor(engine, testFile, test.fullTitle());
    if (exclusion) {
      test.pending = true;
      test.title += ` [excluded in ${engine}: ${exclusion.reason}]`;
    }
  }
  suite.suites.forEach(markExclusions);
}

await runTests(async () => {
  refuseSkips();
  await import(new URL(testFile, location.href).href);
  markExclusions(mocha.suite);
  mocha.suite.afterEach(function () {
    const err = this.currentTest?.err;
    if (err) {
      err.actual = describeNode(err.actual);
      err.expected = describeNode(err.expected);
    }
  });
});
