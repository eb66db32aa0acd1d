// The data editors' command line, run as they would run it (after `npm run build`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import Ajv from 'ajv';

const root = new URL('../../', import.meta.url);
const cli = (...args) =>
  spawnSync(process.execPath, ['dist/cli.js', ...args], { cwd: root, encoding: 'utf8' });
const shipped = () => JSON.parse(readFileSync(new URL('data/haiti-mss.json', root), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'mission-widgets-'));

function brokenCopy(name, breakIt) {
  const doc = shipped();
  breakIt(doc);
  const file = join(scratch, name);
  writeFileSync(file, JSON.stringify(doc));
  return file;
}

describe('mission-widgets validate', () => {
  it('accepts the shipped dataset', () => {
    const { status, stdout } = cli('validate', 'data/haiti-mss.json');
    assert.equal(stdout.trim(), 'data/haiti-mss.json: valid, 0 errors, 0 warnings');
    assert.equal(status, 0);
  });

  it('rejects a corrupted copy with every problem, its path and a count', () => {
    const file = brokenCopy('broken.json', (doc) => {
      doc.contributors[2].personnel[0].count = -5;
      doc.events[3].date = '2024-02-30';
      doc.contributors[0].nickname = 'KE';
    });
    const { status, stdout } = cli('validate', file);
    assert.equal(status, 1);
    assert.deepEqual(stdout.trim().split('\n'), [
      `${file}: error: contributors[2].personnel[0].count: expected a whole number of 0 or more, got -5`,
      `${file}: error: events[3].date: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "2024-02-30"`,
      `${file}: warning: contributors[0].nickname: unknown field, ignored`,
      `${file}: invalid, 2 errors, 1 warning`,
    ]);
  });

  it('warns, with its path, of a well-formed code that is no country, wherever a country goes', () => {
    const file = brokenCopy('countries.json', (doc) => {
      doc.host = 'ZZ';
      doc.contributors[1].country = 'UK';
      doc.events[0].countries = ['HT', 'SU'];
    });
    const { status, stdout } = cli('validate', file);
    assert.deepEqual(stdout.trim().split('\n'), [
      `${file}: warning: host: unknown country code "ZZ" (not in ISO 3166-1)`,
      `${file}: warning: contributors[1].country: unknown country code "UK"; the United Kingdom is "GB"`,
      `${file}: warning: events[0].countries[1]: unknown country code "SU" (not in ISO 3166-1)`,
      `${file}: valid, 0 errors, 3 warnings`,
    ]);
    assert.equal(status, 0);
  });

  it('checks several files and fails when any one is invalid', () => {
    const bad = brokenCopy('dangling.json', (doc) => (doc.events[0].sources = ['missing']));
    const { status, stdout } = cli('validate', 'data/haiti-mss.json', bad);
    assert.equal(status, 1);
    assert.match(stdout, /events\[0\]\.sources\[0\]: no source with id "missing"/);
    assert.match(stdout, /2 files checked, 1 invalid\n$/);
  });

  it('reports a file that is not JSON instead of crashing', () => {
    const file = join(scratch, 'truncated.json');
    writeFileSync(file, '{"id": "x",');
    const { status, stdout } = cli('validate', file);
    assert.equal(status, 1);
    assert.match(stdout, /truncated\.json: error: \(document\): cannot be read as JSON/);
  });

  it('prints its usage and exits 2 without a command', () => {
    const { status, stderr } = cli();
    assert.equal(status, 2);
    assert.match(stderr, /mission-widgets validate FILE/);
  });
});

describe('data/mission.schema.json', () => {
  const schema = JSON.parse(readFileSync(new URL('data/mission.schema.json', root), 'utf8'));

  it('is the one generated from the model (run `npm run schema` after changing it)', () => {
    assert.deepEqual(schema, JSON.parse(cli('schema').stdout));
  });

  it("has a versioned $id, the package's own", () => {
    const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
    assert.equal(
      schema.$id,
      `https://cdn.jsdelivr.net/npm/mission-widgets@${version}/data/mission.schema.json`,
    );
  });

  it('accepts the shipped dataset and rejects broken copies in a standard validator', () => {
    const AjvClass = schema.$schema?.includes('2020-12') ? Ajv2020.default : Ajv.default;
    const ajv = new AjvClass({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    assert.equal(validate(shipped()), true, JSON.stringify(validate.errors));
    const broken = shipped();
    broken.contributors[0].personnel[0].count = 'many';
    broken.events[0].date = 'July 2021';
    assert.equal(validate(broken), false);
    // A contributor is a country or an organisation (one of two shapes): the standard validator
    // also reports the contributor, and the shape it does not match, above the broken count.
    const paths = new Set(validate.errors.map((error) => error.instancePath));
    assert.ok(paths.has('/contributors/0/personnel/0/count'), [...paths].join());
    assert.ok(paths.has('/events/0/date'), [...paths].join());
    assert.ok([...paths].every((path) => path.startsWith('/contributors/0') || path === '/events/0/date'));
  });
});

describe('package', () => {
  it('keeps src/version.ts equal to package.json', () => {
    const { version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
    const source = readFileSync(new URL('src/version.ts', root), 'utf8');
    assert.match(source, new RegExp(`VERSION = '${version.replaceAll('.', '\\.')}'`));
  });
});
