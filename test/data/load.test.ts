import { expect } from '@open-wc/testing';
import { MissionDataError } from '../../src/data/errors.js';
import { fetchMission, loadDefaultMission } from '../../src/data/load.js';
import { parseMission } from '../../src/data/parse.js';
import { clearMissionCache, getMission, reloadMission } from '../../src/data/store.js';
import { countedUrl, respond } from '../helpers.js';
import { shippedCopy } from './fixtures.js';

async function failure(promise: Promise<unknown>): Promise<MissionDataError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof MissionDataError) return error;
    throw error;
  }
  throw new Error('expected a MissionDataError');
}

describe('loading', () => {
  afterEach(() => clearMissionCache());

  const malformed: [string, string, RegExp][] = [
    ['a truncated file', '{"id": "x", "name":', /not valid JSON/],
    ['a trailing comma', '{"id": "x",}', /not valid JSON/],
    ['an empty body', '', /not valid JSON \(it is empty\)/],
    ['an HTML page', '<!doctype html><title>Oops</title>', /not valid JSON \(it looks like an HTML page\)/],
  ];
  for (const [name, text, message] of malformed) {
    it(`parseMission refuses ${name} with a json error`, async () => {
      const error = await failure(Promise.resolve().then(() => parseMission(text, 'inline')));
      expect(error.kind).to.equal('json');
      expect(error.message).to.match(message);
    });
  }

  it('parseMission accepts a byte order mark', () => {
    const loaded = parseMission(`\uFEFF${JSON.stringify(shippedCopy())}`, 'inline');
    expect(loaded.data.id).to.equal('haiti-mss');
  });

  it('parseMission gives invalid data every validator message', async () => {
    const doc = shippedCopy() as { events: { date: string }[] };
    doc.events[3].date = '2024-02-30';
    const error = await failure(Promise.resolve().then(() => parseMission(JSON.stringify(doc), 'my.json')));
    expect(error.kind).to.equal('invalid');
    expect(error.messages).to.deep.equal([
      'my.json: the data has 1 error',
      'events[3].date: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "2024-02-30"',
    ]);
  });

  it('fetches and validates the shipped file over HTTP', async () => {
    const loaded = await fetchMission('/data/haiti-mss.json');
    const file = (await (await fetch('/data/haiti-mss.json')).json()) as { contributors: { id: string }[] };
    const ids = loaded?.data.contributors.map((c) => c.id);
    expect(ids).to.deep.equal(file.contributors.map((c) => c.id));
    expect(ids).to.include.members(['KE', 'JM', 'BZ', 'BS', 'GT', 'SV', 'US', 'CA']);
    expect(loaded?.origin).to.equal('/data/haiti-mss.json');
  });

  const failures: [string, string, string, RegExp][] = [
    ['a 404', '/__test__/missing.json', 'http', /404/],
    ['a 500', respond('oops', { status: 500, type: 'text/plain' }), 'http', /500/],
    [
      'an HTML error page served as 200',
      respond('<html>Sorry</html>', { type: 'text/html' }),
      'json',
      /HTML/,
    ],
    ['a refused connection', 'http://127.0.0.1:9/mission.json', 'network', /could not be fetched/],
  ];
  for (const [name, url, kind, message] of failures) {
    it(`fetchMission turns ${name} into a ${kind} error`, async () => {
      const error = await failure(fetchMission(url));
      expect(error.kind).to.equal(kind);
      expect(error.message).to.match(message);
      expect(error.origin).to.equal(url);
    });
  }

  it('fetchMission gives up after its timeout', async () => {
    const error = await failure(fetchMission(respond('{}', { delay: 3000 }), { timeoutMs: 200 }));
    expect(error.kind).to.equal('timeout');
    expect(error.message).to.equal('no complete answer within 0.2 seconds');
  });

  it('loads the shipped default once', async () => {
    const first = loadDefaultMission();
    expect(loadDefaultMission()).to.equal(first);
    expect((await first).origin).to.equal('default');
    expect((await first).warnings).to.deep.equal([]);
  });

  it('shares one request per URL', async () => {
    const { url, count } = countedUrl();
    const copies = await Promise.all([getMission(url), getMission(url), getMission(url)]);
    expect(copies[1]).to.equal(copies[0]);
    expect(copies[2]).to.equal(copies[0]);
    await getMission(url);
    expect(await count()).to.equal(1);
  });

  it('forgets a failed request, so that the next one asks again', async () => {
    const url = '/__test__/missing-twice.json';
    await failure(getMission(url));
    const second = await failure(getMission(url));
    expect(second.kind).to.equal('http');
  });

  it('keeps the good copy when a reload fails', async () => {
    const { url } = countedUrl();
    const good = await getMission(url);
    const again = await reloadMission(url);
    expect(again, 'an unchanged document keeps its copy').to.equal(good);
    expect(await getMission(url)).to.equal(good);
  });
});
