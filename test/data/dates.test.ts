import { expect } from '@open-wc/testing';
import {
  firstDay,
  isDay,
  isPartialDate,
  lastDay,
  parsePartialDate,
  toUtcDate,
} from '../../src/data/dates.js';

describe('dates', () => {
  const partial: [string, ReturnType<typeof parsePartialDate>][] = [
    ['2021', { year: 2021, precision: 'year' }],
    ['2023-07', { year: 2023, month: 7, precision: 'month' }],
    ['2024-06-25', { year: 2024, month: 6, day: 25, precision: 'day' }],
    ['2024-02-29', { year: 2024, month: 2, day: 29, precision: 'day' }],
    ['2023-02-29', undefined],
    ['2024-02-30', undefined],
    ['2024-13', undefined],
    ['2024-00-10', undefined],
    ['2024-6-25', undefined],
    ['24-06-25', undefined],
    ['2024-06-25T00:00:00Z', undefined],
    ['', undefined],
  ];
  for (const [input, expected] of partial) {
    it(`parses ${JSON.stringify(input)}`, () => {
      expect(parsePartialDate(input)).to.deep.equal(expected);
      expect(isPartialDate(input)).to.equal(expected !== undefined);
      expect(isDay(input)).to.equal(expected?.precision === 'day');
    });
  }

  const bounds: [string, string, string][] = [
    ['2021', '2021-01-01', '2021-12-31'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2024-06-25', '2024-06-25', '2024-06-25'],
  ];
  for (const [input, first, last] of bounds) {
    it(`${input} covers ${first} to ${last}`, () => {
      expect(firstDay(input)).to.equal(first);
      expect(lastDay(input)).to.equal(last);
    });
  }

  it('keeps giving the right bounds after reading more dates than it remembers', () => {
    // Every day of 300 years (about 110,000 dates), then the first ones again.
    const days: string[] = [];
    for (let time = Date.UTC(1800, 0, 1); time < Date.UTC(2100, 0, 1); time += 864e5)
      days.push(new Date(time).toISOString().slice(0, 10));
    for (const day of days) expect(firstDay(day)).to.equal(day);
    expect(firstDay('1800-02')).to.equal('1800-02-01');
    expect(lastDay('1800-02')).to.equal('1800-02-28');
    expect(lastDay(days[0])).to.equal('1800-01-01');
  });

  it('turns a day into UTC midnight, whatever the time zone of the browser', () => {
    expect(toUtcDate('2024-06-25').toISOString()).to.equal('2024-06-25T00:00:00.000Z');
    expect(toUtcDate('2023-07').toISOString()).to.equal('2023-07-01T00:00:00.000Z');
  });

  it('runs in a time zone behind UTC, so that day shifts would show', () => {
    // The test runner starts the browser with TZ=America/Port-au-Prince.
    expect(new Date(Date.UTC(2024, 5, 25)).getDate()).to.equal(24);
  });
});
