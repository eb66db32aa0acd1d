/**
 * A reporter that ends every run with one line per engine: test files, tests run, passed,
 * failed and excluded (with `exclusions.mjs` as the only source of exclusions), and which engine
 * was not run and why. It fails the run when a test was skipped without being listed, or when an
 * entry of the list matched no test in an engine and file that ran. Every failure is listed again
 * at the end, with its engine, file and first line of error: CI keeps only a run's last lines.
 */
import { ENGINES, EXCLUSIONS, exclusionFor } from './exclusions.mjs';

function* testsOf(suite, prefix = '') {
  for (const test of suite?.tests ?? []) yield { test, prefix };
  for (const child of suite?.suites ?? []) {
    yield* testsOf(child, prefix ? `${prefix} ${child.name}` : child.name);
  }
}

const EXCLUDED = / \[excluded in \w+: .*\]$/;

const firstLine = (error) =>
  String(error?.message ?? error ?? 'failed')
    .split('\n')[0]
    .slice(0, 300);

export function engineReport({ engineOfLauncher, notRun, versions }) {
  let failed = false;
  return {
    onTestRunFinished({ sessions }) {
      const rows = new Map();
      const matched = new Set();
      const problems = [];
      const failures = [];
      for (const session of sessions) {
        const engine = engineOfLauncher.get(session.browser);
        const row = rows.get(engine) ?? { files: 0, ran: 0, passed: 0, failed: 0, excluded: 0 };
        rows.set(engine, row);
        row.files += 1;
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        for (const error of session.errors ?? []) failures.push(`${engine}: ${file}: ${firstLine(error)}`);
        for (const { test, prefix } of testsOf(session.testResults)) {
          const title = test.name.replace(EXCLUDED, '');
          const fullTitle = prefix ? `${prefix} ${title}` : title;
          if (test.skipped) {
            const exclusion = exclusionFor(engine, file, fullTitle);
            if (exclusion) {
              matched.add(exclusion);
              row.excluded += 1;
            } else problems.push(`${engine}: "${fullTitle}" (${file}) was skipped but is not listed`);
          } else {
            row.ran += 1;
            if (test.passed) row.passed += 1;
            else {
              row.failed += 1;
              failures.push(`${engine}: ${file}: "${fullTitle}": ${firstLine(test.error)}`);
            }
          }
        }
      }
      const ranFiles = new Set(sessions.map((s) => s.testFile.replace(`${process.cwd()}/`, '')));
      for (const entry of EXCLUSIONS) {
        const stale = entry.engines.some((engine) => rows.has(engine)) && ranFiles.has(entry.file);
        if (stale && !matched.has(entry)) {
          problems.push(`exclusion "${entry.title}" (${entry.file}) matches no test: remove or fix it`);
        }
      }
      const lines = ['', 'Browser tests per engine:'];
      for (const engine of ENGINES) {
        const row = rows.get(engine);
        if (row) {
          lines.push(
            `  ${engine.padEnd(9)} ${versions[engine] ?? ''}: ${row.files} files, ${row.ran} tests ran ` +
              `(${row.passed} passed, ${row.failed} failed), ${row.excluded} excluded`,
          );
        } else if (notRun[engine]) {
          lines.push(`  ${engine.padEnd(9)} NOT RUN: ${notRun[engine]}`);
        }
      }
      for (const problem of problems) lines.push(`  ✗ ${problem}`);
      if (failures.length) lines.push('Failed:', ...failures.map((failure) => `  ✗ ${failure}`));
      console.log(lines.join('\n'));
      failed = problems.length > 0;
    },
    stop() {
      if (failed) process.on('exit', () => (process.exitCode = 1));
    },
  };
}
