/**
 * A `node --test` reporter, beside the spec reporter, for the end-to-end suites: ends the run
 * with one line per engine, the tests that ran and those excluded (test/engines/exclusions.mjs),
 * summed from the line each suite prints per file and engine (test/e2e/harness.mjs); the suites
 * excluded whole in an engine; and which engine was not run and why.
 */
import { ENGINES } from './exclusions.mjs';

const COUNT = /^(\S+) in (\w+): (\d+) tests ran, (\d+) excluded$/m;
const NOT_RUN = /^.+ \((\w+)\)$/;

export default async function* e2eReport(source) {
  const rows = new Map(ENGINES.map((engine) => [engine, { files: 0, ran: 0, excluded: 0, whole: 0 }]));
  const notRun = new Map();
  for await (const event of source) {
    if (event.type === 'test:stdout') {
      const found = COUNT.exec(event.data.message);
      const row = found && rows.get(found[2]);
      if (row) {
        row.files += 1;
        row.ran += Number(found[3]);
        row.excluded += Number(found[4]);
      }
    } else if (event.type === 'test:pass' && typeof event.data.skip === 'string') {
      const engine = NOT_RUN.exec(event.data.name)?.[1];
      if (!rows.has(engine)) continue;
      if (/^NOT RUN: /.test(event.data.skip)) notRun.set(engine, event.data.skip.slice(9));
      // A suite excluded whole in this engine (its tests are not declared there).
      else if (event.data.skip.startsWith(`excluded in ${engine}: `)) rows.get(engine).whole += 1;
    }
  }
  const lines = ['', 'End-to-end tests per engine:'];
  for (const [engine, row] of rows) {
    if (row.files || row.whole) {
      const whole = row.whole ? `, ${row.whole} suites excluded whole` : '';
      lines.push(
        `  ${engine.padEnd(9)} ${row.files} files, ${row.ran} tests ran, ${row.excluded} excluded${whole}`,
      );
    } else if (notRun.has(engine)) lines.push(`  ${engine.padEnd(9)} NOT RUN: ${notRun.get(engine)}`);
  }
  yield `${lines.join('\n')}\n`;
}
