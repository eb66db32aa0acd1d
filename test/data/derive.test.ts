import { expect } from '@open-wc/testing';
import { contributionCounts, firstArrival, hasStarted } from '../../src/data/contributions.js';
import { contributorFigure, latest, personnelTotal, sumFigures } from '../../src/data/derive.js';
import { categoryOf, selectEvents } from '../../src/data/mission-events.js';
import { fundingFigures } from '../../src/data/money.js';
import { deployedHistory } from '../../src/data/headline.js';
import type { MissionData } from '../../src/data/schema.js';
import { validateMission } from '../../src/data/validate.js';
import { shippedCopy } from './fixtures.js';

const mission = validateMission(shippedCopy()).data as MissionData;
const contributor = (code: string) => mission.contributors.find((c) => c.id === code)!;

describe('derive', () => {
  describe('latest', () => {
    const snapshots = [
      { date: '2024-01-01', status: 'deployed', id: 'a' },
      { date: '2024-03-01', status: 'deployed', id: 'b' },
      { date: '2024-02-01', status: 'pledged', id: 'c' },
    ];
    const cases: [string | undefined, string, string | undefined][] = [
      [undefined, 'deployed', 'b'],
      ['2024-02-15', 'deployed', 'a'],
      ['2024-03-01', 'deployed', 'b'],
      ['2023-12-31', 'deployed', undefined],
      ['2024-02-01', 'pledged', 'c'],
      ['2024-01-31', 'pledged', undefined],
    ];
    for (const [asOf, status, id] of cases) {
      it(`${status} as of ${asOf ?? 'the latest'} is ${id ?? 'none'}`, () => {
        expect(
          latest(
            snapshots.filter((s) => s.status === status),
            asOf,
          )?.id,
        ).to.equal(id);
      });
    }
  });

  describe('personnelTotal with the shipped data', () => {
    const cases: [string, string | undefined, string[] | undefined, number, boolean, string | undefined][] = [
      ['deployed', undefined, undefined, 408, true, '2024-09-26'],
      ['deployed', '2024-09-21', undefined, 426, true, '2024-09-12'],
      ['pledged', '2024-09-21', undefined, 1250, false, '2024-09-12'],
      ['preparing', '2024-09-21', undefined, 600, false, '2024-09-21'],
      ['preparing', '2024-09-20', undefined, 0, false, undefined],
      ['deployed', '2024-06-24', undefined, 0, false, undefined],
      ['deployed', '2024-06-25', undefined, 200, true, '2024-06-25'],
      ['deployed', '2024-07-16', ['KE'], 400, true, '2024-07-16'],
      ['deployed', undefined, ['JM'], 24, true, '2024-09-12'],
      ['deployed', undefined, ['BZ'], 2, false, '2024-09-12'],
      ['deployed', undefined, ['BZ', 'JM'], 26, true, '2024-09-12'],
      ['deployed', undefined, ['US'], 0, false, undefined],
      ['pledged', '2023-07-29', undefined, 1000, false, '2023-07-29'],
    ];
    for (const [status, asOf, countries, count, approximate, date] of cases) {
      it(`${status} as of ${asOf ?? 'the latest'} for ${countries?.join('+') ?? 'all'}: ${count}`, () => {
        const figure = personnelTotal(mission, status as 'deployed', { asOf, contributors: countries });
        expect([figure.low, figure.high]).to.deep.equal([count, count]);
        expect(figure.approximate).to.equal(approximate);
        expect(figure.date).to.equal(date);
      });
    }

    it('cites every source behind a total, once, in order of use', () => {
      expect(personnelTotal(mission, 'deployed', { asOf: '2024-09-21' }).sources).to.deep.equal([
        'ap-2024-07-16',
        'ap-2024-09-12',
        'observer-2024-09-13',
        'amandala-2024-09-11',
      ]);
    });
  });

  const part = (low: number, high: number, approximate: boolean, date: string, sources: string[]) => ({
    low,
    high,
    approximate,
    unreported: false,
    date,
    sources,
    notes: [],
    alternatives: [],
  });

  it('sums figures: approximate if any part is, ranges as ranges, dated by the latest', () => {
    const total = sumFigures([
      part(400, 400, true, '2024-07-16', ['a']),
      undefined,
      part(24, 24, false, '2024-09-12', ['b', 'a']),
      part(800, 1500, false, '2024-09', ['c']),
    ]);
    // A month counts from its last day, so September 2024 is later than 12 September.
    expect(total).to.deep.equal(part(1224, 1924, true, '2024-09', ['a', 'b', 'c']));
  });

  it('gives one contributor figure with its own approximate flag', () => {
    expect(contributorFigure(contributor('KE'), 'deployed', '2024-09-25')).to.deep.equal({
      ...part(400, 400, true, '2024-07-16', ['ap-2024-07-16']),
      notes: [
        {
          en: 'A second group of about 200 joined the first.',
          fr: "Un deuxième groupe d'environ 200 a rejoint le premier.",
        },
      ],
    });
    expect(contributorFigure(contributor('US'), 'deployed')).to.equal(undefined);
  });

  const arrivals: [string, string | undefined, string | undefined][] = [
    ['KE', undefined, '2024-06-25'],
    ['JM', undefined, '2024-09-12'],
    ['JM', '2024-09-11', undefined],
    ['US', undefined, undefined],
  ];
  for (const [code, asOf, day] of arrivals) {
    it(`first arrival of ${code} as of ${asOf ?? 'the latest'} is ${day ?? 'none'}`, () => {
      expect(firstArrival(contributor(code), asOf)).to.equal(day);
    });
  }

  it('knows whether a contributor had started by a day', () => {
    expect(hasStarted(contributor('JM'), '2024-09-11')).to.equal(false);
    expect(hasStarted(contributor('JM'), '2024-09-12')).to.equal(true);
    expect(hasStarted(contributor('US'), '2023-09-22')).to.equal(true);
  });

  it('gives funding as of a day: the latest amount per status and currency', () => {
    const [before] = fundingFigures(contributor('US'), '2024-01-01');
    expect(before).to.include({ status: 'pledged', currency: 'USD', amount: 100_000_000 });
    const latest = fundingFigures(contributor('US'));
    expect(latest).to.have.length(1);
    expect(latest[0]).to.include({ amount: 300_000_000, date: '2024-03-11' });
    expect(fundingFigures(contributor('US'), '2023-09-21')).to.deep.equal([]);
  });

  it('tells the history of deployed personnel at each change', () => {
    const said = (scope = {}) =>
      deployedHistory(mission, scope).map(({ date, figure }) => [date, figure.low, figure.approximate]);
    expect(said()).to.deep.equal([
      ['2024-06-25', 200, true],
      ['2024-07-16', 400, true],
      ['2024-09-12', 426, true],
      ['2024-09-26', 408, true],
    ]);
    expect(said({ contributors: ['BZ'] })).to.deep.equal([['2024-09-12', 2, false]]);
    expect(deployedHistory(mission, { asOf: '2024-07-01' })).to.have.length(1);
  });

  it('counts countries contributing people and money', () => {
    const none = { personnel: 0, funding: 0 };
    expect(contributionCounts(mission)).to.deep.equal({ personnel: 3, funding: 2, organisations: none });
    expect(contributionCounts(mission, { asOf: '2024-01-01' })).to.deep.equal({
      personnel: 1,
      funding: 1,
      organisations: none,
    });
  });

  describe('selectEvents', () => {
    const ids = (query: Parameters<typeof selectEvents>[1]) => selectEvents(mission, query).map((e) => e.id);
    it('sorts by date, a month before the days in it', () => {
      const all = ids({});
      expect(all).to.have.length(12);
      expect(all[0]).to.equal('moise-assassination');
      expect(all.indexOf('cash-grab-claim')).to.be.below(all.indexOf('us-raises-pledge'));
    });
    it('reverses for newest first', () => {
      expect(ids({ order: 'desc' })[0]).to.equal('resolution-2751');
    });
    const bounds: [string, Parameters<typeof selectEvents>[1], number][] = [
      ['from 2024', { from: '2024' }, 8],
      ['to 2023', { to: '2023' }, 4],
      ['from 2023-09 to 2024-03', { from: '2023-09', to: '2024-03' }, 5],
      ['as of 2024-07-01', { asOf: '2024-07-01' }, 8],
      ['funding only', { categories: ['funding'] }, 2],
      ['mandate and crisis', { categories: ['mandate', 'crisis'] }, 3],
    ];
    for (const [name, query, count] of bounds) {
      it(`selects ${count} events ${name}`, () => {
        expect(ids(query)).to.have.length(count);
      });
    }
    it('files an unknown category under other', () => {
      expect(categoryOf({ ...mission.events[0], category: 'weather' })).to.equal('other');
      expect(categoryOf(mission.events[0])).to.equal('crisis');
    });
  });
});
