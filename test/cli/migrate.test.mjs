// `mission-widgets migrate` and `format`, run as a data editor runs them (after `npm run build`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const cli = (...args) =>
  spawnSync(process.execPath, ['dist/cli.js', ...args], { cwd: root, encoding: 'utf8' });
const v1 = JSON.parse(readFileSync(new URL('test/fixtures/missions/haiti-v1.json', root), 'utf8'));

describe('mission-widgets migrate', () => {
  it('rewrites a version-1 file as version 2, keeping every figure', () => {
    const { status, stdout, stderr } = cli('migrate', 'test/fixtures/missions/haiti-v1.json');
    assert.equal(stderr, '');
    assert.equal(status, 0);
    const v2 = JSON.parse(stdout);
    assert.equal(v2.version, 2);
    assert.deepEqual(v2.phases[0].leads, ['KE']);
    assert.equal(v2.lead, undefined);
    v1.contributors.forEach((old, i) => {
      const now = v2.contributors[i];
      assert.deepEqual([now.id, now.type, now.country], [old.country, 'country', old.country]);
      assert.deepEqual(
        now.personnel.map(({ date, status, count, kind }) => [date, status, count, kind]),
        old.personnel.map(({ date, status, count }) => [date, status, count, old.personnelKind]),
      );
      assert.deepEqual(
        now.funding.map((m) => m.amount),
        old.funding.map((m) => m.amount),
      );
    });
    assert.deepEqual(v2.events, v1.events);
    assert.deepEqual(v2.sources, v1.sources);
  });

  it('leaves a version-2 file as it is, and says so', () => {
    const { status, stdout, stderr } = cli('migrate', 'data/haiti-mss.json');
    assert.equal(status, 0);
    assert.match(stderr, /already version 2, unchanged/);
    assert.deepEqual(
      JSON.parse(stdout),
      JSON.parse(readFileSync(new URL('data/haiti-mss.json', root), 'utf8')),
    );
  });

  it('validates a version-1 file with one warning naming the command', () => {
    const { status, stdout } = cli('validate', 'test/fixtures/missions/haiti-v1.json');
    assert.equal(status, 0);
    assert.match(stdout, /warning: version: a version-1 file.*mission-widgets migrate old\.json > new\.json/);
    assert.match(stdout, /valid, 0 errors, 1 warning/);
  });

  it('prints the shipped file exactly as it is stored', () => {
    const { status, stdout } = cli('format', 'data/haiti-mss.json');
    assert.equal(status, 0);
    assert.deepEqual(
      JSON.parse(stdout),
      JSON.parse(readFileSync(new URL('data/haiti-mss.json', root), 'utf8')),
    );
  });
});
