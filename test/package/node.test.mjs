// The data API in Node (build scripts, the CLI): gradual validation gives turns through a
// message port, which must neither stall nor keep the process alive once done.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';

const script = `
  const { validateMissionGradually } = await import('./dist/data.js');
  const { readFileSync } = await import('node:fs');
  const doc = JSON.parse(readFileSync('./data/haiti-mss.json', 'utf8'));
  doc.events = Array.from({ length: 1200 }, (_, i) => ({ ...doc.events[0], id: 'e' + i }));
  const result = await validateMissionGradually(doc);
  console.log(JSON.stringify({ ok: result.ok, events: result.data.events.length }));
`;

describe('the data API in Node', () => {
  it('validates 1,200 events a slice at a time, then lets the process end', () => {
    const root = new URL('../../', import.meta.url);
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      timeout: 20_000,
      encoding: 'utf8',
    });
    assert.deepEqual(JSON.parse(output), { ok: true, events: 1200 });
  });
});
