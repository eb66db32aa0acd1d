import { expect } from '@open-wc/testing';
import type { HistoryPoint } from '../../src/data/headline.js';
import { sparklinePoints } from '../../src/data/history.js';

describe('sparklinePoints', () => {
  const point = (date: string, count: number): HistoryPoint => ({
    date,
    figure: {
      low: count,
      high: count,
      approximate: false,
      unreported: false,
      sources: [],
      notes: [],
      alternatives: [],
    },
  });
  const cases: [string, HistoryPoint[], string][] = [
    ['nothing for no history', [], ''],
    ['a flat line for one point', [point('2024-01-01', 5)], '0,1 100,1'],
    [
      'steps that hold each count until the next day',
      [point('2024-01-01', 0), point('2024-01-03', 10), point('2024-01-05', 5)],
      '0,21 50,21 50,1 100,1 100,11',
    ],
    [
      'the bottom when every count is 0',
      [point('2024-01-01', 0), point('2024-01-02', 0)],
      '0,21 100,21 100,21',
    ],
  ];
  for (const [name, history, expected] of cases) {
    it(name, () => {
      expect(sparklinePoints(history, 100, 22)).to.equal(expected);
    });
  }

  it('spaces the points by time, not by index', () => {
    const points = sparklinePoints(
      [point('2024-01-01', 1), point('2024-01-02', 1), point('2024-01-11', 1)],
      100,
      22,
    );
    expect(points).to.equal('0,1 10,1 10,1 100,1 100,1');
  });
});
