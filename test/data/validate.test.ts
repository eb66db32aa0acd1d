import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { formatIssue } from '../../src/data/issues.js';
import { validateMission, validateMissionGradually } from '../../src/data/validate.js';
import { shippedCopy } from './fixtures.js';

type Doc = ReturnType<typeof shippedCopy>;
// Broken copies are built by hand, so their shape is loosened on purpose.
type Loose = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function lines(doc: unknown, severity: 'error' | 'warning' = 'error'): string[] {
  const result = validateMission(doc);
  return (severity === 'error' ? result.errors : result.warnings).map(formatIssue);
}

describe('validateMission', () => {
  it('accepts the shipped dataset with no errors and no warnings', () => {
    const result = validateMission(shippedCopy());
    expect(result.errors.map(formatIssue)).to.deep.equal([]);
    expect(result.warnings.map(formatIssue)).to.deep.equal([]);
    expect(result.ok).to.equal(true);
    expect(result.data?.contributors[3].personnel, 'optional lists are filled in').to.deep.equal([]);
  });

  it('returns the shipped file as it is: the widgets show it without loading the validator', () => {
    expect(validateMission(shippedCopy()).data).to.deep.equal(shippedCopy());
  });

  const errors: [string, (doc: Loose) => void, string][] = [
    [
      'a negative count',
      (doc) => (doc.contributors[2].personnel[0].count = -5),
      'contributors[2].personnel[0].count: expected a whole number of 0 or more, got -5',
    ],
    [
      'a fractional count',
      (doc) => (doc.contributors[0].personnel[1].count = 2.5),
      'contributors[0].personnel[1].count: expected a whole number of 0 or more, got 2.5',
    ],
    [
      'a count as text',
      (doc) => (doc.contributors[0].personnel[1].count = '200'),
      'contributors[0].personnel[1].count: expected a whole number of 0 or more, got "200"',
    ],
    [
      'an astronomically large count',
      (doc) => (doc.contributors[0].personnel[1].count = 1e300),
      'contributors[0].personnel[1].count: expected a count of at most 10,000,000, got 1e+300',
    ],
    [
      'an impossible date',
      (doc) => (doc.events[3].date = '2024-02-30'),
      'events[3].date: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "2024-02-30"',
    ],
    [
      'a figure given both as a count and as a range',
      (doc) => (doc.contributors[0].personnel[0].range = [900, 1100]),
      'contributors[0].personnel[0]: expected only one of count, range or present, got count and range',
    ],
    [
      'a range upside down',
      (doc) => {
        delete doc.contributors[0].personnel[0].count;
        doc.contributors[0].personnel[0].range = [1100, 900];
      },
      'contributors[0].personnel[0].range: expected a range whose first count is not above its second, got a list of 2',
    ],
    [
      'an unknown status',
      (doc) => (doc.contributors[0].personnel[0].status = 'arrived'),
      'contributors[0].personnel[0].status: expected one of "pledged", "preparing", "deployed", got "arrived"',
    ],
    [
      'a lower-case country code',
      (doc) => (doc.contributors[1].country = 'jm'),
      'contributors[1].country: expected a two-letter ISO 3166-1 country code such as "KE", got "jm"',
    ],
    [
      'a currency that is not ISO 4217',
      (doc) => (doc.contributors[3].funding[0].currency = 'dollars'),
      'contributors[3].funding[0].currency: expected a three-letter ISO 4217 currency code such as "USD", got "dollars"',
    ],
    [
      'a javascript: link',
      (doc) => (doc.sources[0].url = 'javascript:alert(1)'),
      'sources[0].url: expected an http:// or https:// web address, got "javascript:alert(1)"',
    ],
    ['a missing title', (doc) => delete doc.events[0].title, 'events[0].title: required, but missing'],
    [
      'a list where an object belongs',
      (doc) => (doc.events[0] = []),
      'events[0]: expected an event object, got a list of 0',
    ],
    [
      'null contributors',
      (doc) => (doc.contributors = null),
      'contributors: expected a list of contributors, got null',
    ],
    [
      'a dangling source id',
      (doc) => (doc.events[2].sources = ['nowhere']),
      'events[2].sources[0]: no source with id "nowhere" in the document\'s sources',
    ],
    [
      'a duplicate event id',
      (doc) => (doc.events[5].id = doc.events[4].id),
      'events[5].id: event id five-countries-notify is already given at events[4]',
    ],
    [
      'a duplicate contributor',
      (doc) => (doc.contributors[2].country = 'JM'),
      'contributors[2].country: country JM is already given at contributors[1]',
    ],
    [
      'a lead that is not a contributor',
      (doc) => (doc.phases[0].leads = ['KE', 'FR']),
      'phases[0].leads[1]: no contributor with id "FR"',
    ],
    [
      'an organisation counted as a country',
      (doc) => (doc.contributors[3] = { id: 'eu', type: 'organisation', country: 'EU', funding: [] }),
      'contributors[3].name: required, but missing',
    ],
    [
      'two snapshots for one status on one day',
      (doc) => (doc.contributors[0].personnel[2].date = '2024-06-25'),
      'contributors[0].personnel[2]: a figure "deployed police on 2024-06-25" is already given at contributors[0].personnel[1]',
    ],
  ];
  for (const [name, breakIt, expected] of errors) {
    it(`reports ${name} with its path`, () => {
      const doc = shippedCopy();
      breakIt(doc as Loose);
      expect(lines(doc)).to.include(expected);
      expect(validateMission(doc).ok).to.equal(false);
    });
  }

  it('reports every problem at once, structural and cross-field', () => {
    const doc = shippedCopy() as Loose;
    doc.contributors[2].personnel[0].count = -5;
    doc.events[3].date = '2024-02-30';
    doc.events[2].sources = ['nowhere'];
    expect(lines(doc)).to.have.members([
      'contributors[2].personnel[0].count: expected a whole number of 0 or more, got -5',
      'events[3].date: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "2024-02-30"',
      'events[2].sources[0]: no source with id "nowhere" in the document\'s sources',
    ]);
  });

  const warnings: [string, (doc: Loose) => void, string][] = [
    [
      'an unknown field',
      (doc) => (doc.contributors[0].flagColour = 'red'),
      'contributors[0].flagColour: unknown field, ignored',
    ],
    [
      'more deployed than pledged',
      (doc) => (doc.contributors[1].personnel[1].count = 250),
      'contributors[1].personnel[1].count: 250 deployed is more than the 200 pledged as of 2024-09-12',
    ],
    [
      'a date after the update day',
      (doc) => (doc.events[11].date = '2025-01'),
      "events[11].date: 2025-01 is after the document's update day 2024-09-30",
    ],
    [
      'an unknown category',
      (doc) => (doc.events[0].category = 'weather'),
      'events[0].category: unknown category "weather", shown as "other"',
    ],
  ];
  for (const [name, change, expected] of warnings) {
    it(`warns about ${name} without failing`, () => {
      const doc = shippedCopy();
      change(doc as Loose);
      const result = validateMission(doc);
      expect(result.warnings.map(formatIssue)).to.include(expected);
      expect(result.errors).to.deep.equal([]);
      expect(result.ok).to.equal(true);
    });
  }

  const hostile: [string, unknown][] = [
    ['null', null],
    ['a number', 42],
    ['a string', 'mission'],
    ['an array', [1, 2, 3]],
    ['NaN', NaN],
    ['a 10 MB string', 'x'.repeat(10 * 1024 * 1024)],
    ['deep nesting', JSON.parse('['.repeat(5000) + ']'.repeat(5000))],
    ['an object with a prototype key', JSON.parse('{"__proto__": {"polluted": true}, "id": "x"}')],
  ];
  for (const [name, input] of hostile) {
    it(`returns errors, never throws, for ${name}`, () => {
      const result = validateMission(input);
      expect(result.ok).to.equal(false);
      expect(result.errors.length).to.be.greaterThan(0);
      expect(({} as Loose).polluted).to.equal(undefined);
    });
  }

  it('lists the first 500 problems and counts the rest', () => {
    const doc = shippedCopy() as Loose;
    doc.events = Array.from({ length: 2000 }, () => 0);
    const result = validateMission(doc);
    expect(result.errorCount).to.equal(2000);
    expect(result.errors).to.have.length(501);
    expect(formatIssue(result.errors[500])).to.equal('(document): and 1,500 more errors like these');
  });

  it('keeps messages short when a field holds 10 MB of text', () => {
    const doc = shippedCopy() as Loose;
    doc.events[0].title = 'x'.repeat(10 * 1024 * 1024);
    const messages = lines(doc);
    expect(messages).to.have.length(1);
    expect(messages[0]).to.match(/^events\[0\]\.title: expected/);
    expect(messages[0].length).to.be.below(200);
  });

  describe('properties (fast-check)', () => {
    it('never throws on any value, and every problem has a path and a message', () => {
      fc.assert(
        fc.property(fc.anything({ maxDepth: 6, withNullPrototype: true }), (input) => {
          const result = validateMission(input);
          expect(result.ok).to.equal(false);
          for (const issue of [...result.errors, ...result.warnings]) {
            expect(issue.path).to.be.a('string');
            expect(issue.message).to.be.a('string').and.not.empty;
          }
        }),
        { numRuns: 300 },
      );
    });

    it('never throws when any field of a valid document is replaced by any JSON value', () => {
      const paths = collectPaths(shippedCopy());
      fc.assert(
        fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 4 }), (path, value) => {
          const doc = shippedCopy() as Loose;
          setAt(doc, path, value);
          const result = validateMission(doc);
          if (!result.ok) {
            expect(result.errors.length).to.be.greaterThan(0);
            for (const error of result.errors) expect(formatIssue(error)).to.be.a('string');
          }
        }),
        { numRuns: 500 },
      );
    });

    it('never throws on numbers of any size or kind in a count', () => {
      fc.assert(
        fc.property(fc.oneof(fc.double(), fc.integer(), fc.bigInt().map(Number)), (count) => {
          const doc = shippedCopy() as Loose;
          doc.contributors[0].personnel[0].count = count;
          const result = validateMission(doc);
          const valid = Number.isInteger(count) && count >= 0 && count <= 10_000_000;
          expect(result.ok, String(count)).to.equal(valid);
        }),
      );
    });
  });
});

function collectPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  const children = Object.entries(value).flatMap(([key, child]) =>
    collectPaths(child, [...path, Array.isArray(value) ? Number(key) : key]),
  );
  return [path, ...children];
}

function setAt(doc: Loose, path: (string | number)[], value: unknown): Doc | unknown {
  if (!path.length) return value;
  let target: Loose = doc;
  for (const key of path.slice(0, -1)) target = target[key];
  target[path[path.length - 1]] = value;
  return doc;
}

describe('validateMissionGradually', () => {
  /** The shipped document with `count` generated events (valid, each citing a real source). */
  function manyEvents(count: number): Loose {
    const doc = shippedCopy() as Loose;
    doc.events = Array.from({ length: count }, (_, i) => ({
      ...doc.events[i % 12],
      id: `event-${i}`,
      date: `20${10 + (i % 14)}-0${1 + (i % 9)}`,
    }));
    return doc;
  }

  it('gives the same result as validateMission for a long valid document', async () => {
    const doc = manyEvents(2000);
    const gradual = await validateMissionGradually(doc);
    expect(gradual.ok).to.equal(true);
    expect(gradual.data).to.deep.equal(validateMission(doc).data);
  });

  it('places every problem of a slice at its path in the document', async () => {
    const doc = manyEvents(2000);
    doc.events[1500].date = '2024-02-30';
    doc.events[10].mood = 'tense';
    doc.events[1999].sources = ['nowhere'];
    const gradual = await validateMissionGradually(doc);
    expect(gradual.ok).to.equal(false);
    expect(gradual.errors.map(formatIssue)).to.have.members([
      'events[1500].date: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "2024-02-30"',
      'events[1999].sources[0]: no source with id "nowhere" in the document\'s sources',
    ]);
    expect(gradual.warnings.map(formatIssue)).to.include('events[10].mood: unknown field, ignored');
    expect(gradual.errors.map(formatIssue)).to.have.members(validateMission(doc).errors.map(formatIssue));
  });

  /** The shipped document with `count` contributors (valid: distinct countries, real sources). */
  function manyContributors(count: number): Loose {
    const doc = shippedCopy() as Loose;
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    doc.contributors = Array.from({ length: count }, (_, i) => ({
      ...doc.contributors[i % 5],
      id: letters[Math.floor(i / 26)] + letters[i % 26],
      country: letters[Math.floor(i / 26)] + letters[i % 26],
    }));
    doc.phases[0].leads = ['AA'];
    return doc;
  }

  it('checks 200 contributors a slice at a time, with the result and paths of validateMission', async () => {
    const doc = manyContributors(200);
    let turns = 0;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => turns++;
    channel.port2.postMessage('queued before the check');
    const gradual = await validateMissionGradually(doc);
    expect(turns, 'another task ran during the check').to.equal(1);
    expect(gradual.errors.map(formatIssue)).to.deep.equal([]);
    expect(gradual.data).to.deep.equal(validateMission(doc).data);
    doc.contributors[170].personnel = [{ date: '2024-13-01', status: 'deployed', count: 1, sources: ['x'] }];
    doc.contributors[5].motto = 'onward';
    const broken = await validateMissionGradually(doc);
    expect(broken.errors.map(formatIssue)).to.have.members(validateMission(doc).errors.map(formatIssue));
    expect(broken.errors.map(formatIssue)).to.include(
      'contributors[170].personnel[0].date: expected a real date as YYYY, YYYY-MM or YYYY-MM-DD, got "2024-13-01"',
    );
    expect(broken.warnings.map(formatIssue)).to.include('contributors[5].motto: unknown field, ignored');
  });

  it('gives the page a turn while it checks', async () => {
    let done = false;
    // Tasks queued once the check has begun (a reader's input, a paint) run before it ends. A
    // task rather than a frame: an engine under load may draw no frame in that time at all.
    let turnsDuring = 0;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      if (done) return;
      turnsDuring++;
      channel.port2.postMessage('again');
    };
    const validation = validateMissionGradually(manyEvents(3000)).then(() => (done = true));
    channel.port2.postMessage('queued during the check');
    await validation;
    channel.port1.close();
    expect(turnsDuring, 'tasks that ran before the check finished').to.be.at.least(2);
  });
});
