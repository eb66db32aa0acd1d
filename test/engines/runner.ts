/**
 * The page every browser test file runs in: mocha from @web/test-runner-mocha, with
 * - this engine's entries of `exclusions.mjs` marked pending before the run, their reason in the
 *   title (the report counts them as excluded; any other pending test fails the run);
 * - in Firefox and WebKit, `matchMedia` that follows the tests' `emulateMedia` (media.ts);
 * - `it.skip`, `describe.skip`, `xit` and `xdescribe` refused: nothing is skipped silently;
 * - a failed assertion's `actual`/`expected` nodes replaced by a short description before the
 *   result leaves the page, since serialising an element's object graph can hang it.
 */
import { mocha, runTests } from '@web/test-runner-mocha';
import { engineOf, exclusionFor } from './exclusions.mjs';
import { installMediaEmulation } from './media.js';

interface Test {
  title: string;
  pending: boolean;
  err?: { actual?: unknown; expected?: unknown };
  fullTitle(): string;
}
interface Suite {
  tests: Test[];
  suites: Suite[];
}

const engine = engineOf(navigator.userAgent);
const { testFile } = (window as unknown as { __WTR_CONFIG__: { testFile: string } }).__WTR_CONFIG__;
// Chromium emulates media for real; the others' drivers cannot (see media.mjs).
if (engine !== 'chromium') installMediaEmulation();

function describeNode(value: unknown): unknown {
  if (!(value instanceof Node)) return value;
  const root = value.getRootNode();
  const where = root instanceof ShadowRoot ? ` in <${root.host.localName}>'s shadow root` : '';
  const classes = value instanceof Element ? [...value.classList].map((name) => `.${name}`) : [];
  return `<${value.nodeName.toLowerCase()}${classes.join('')}>${where}`;
}

function refuseSkips(): void {
  const globals = window as unknown as Record<string, Record<string, unknown>>;
  for (const [owner, name, label] of [
    [globals.it!, 'skip', 'it.skip'],
    [globals.describe!, 'skip', 'describe.skip'],
    [globals, 'xit', 'xit'],
    [globals, 'xdescribe', 'xdescribe'],
  ] as const) {
    (owner as Record<string, unknown>)[name] = () => {
      throw new Error(`${label} is not allowed: list the test in test/engines/exclusions.mjs.`);
    };
  }
}

function markExclusions(suite: Suite): void {
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
  markExclusions(mocha.suite as unknown as Suite);
  mocha.suite.afterEach(function () {
    const err = (this.currentTest as unknown as Test | undefined)?.err;
    if (err) {
      err.actual = describeNode(err.actual);
      err.expected = describeNode(err.expected);
    }
  });
});
