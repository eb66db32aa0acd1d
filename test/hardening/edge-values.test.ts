/** Class 6 of issue 16: values at the edges say exactly themselves. */
import { expect } from '@open-wc/testing';
import { daysInMonth, lastDay, toUtcDate } from '../../src/data/dates.js';
import { formatDate, formatNumber } from '../../src/i18n/format.js';

describe('edge values', () => {
  for (const year of ['0000', '0001', '0029', '0050', '0099', '0100', '1900', '1999', '2024', '9999']) {
    it(`year ${year} stays itself`, () => {
      expect(toUtcDate(`${year}-03-01`).getUTCFullYear()).to.equal(Number(year));
      // Year 0 is 1 BC to `Intl`, which writes it "1": the day is right, only its era is unsaid.
      if (year !== '0000') expect(formatDate(year, 'en')).to.match(new RegExp(`\\b${Number(year)}\\b`));
      if (!year.startsWith('19')) expect(formatDate(`${year}-07-04`, 'en')).to.not.match(/19\d\d/);
      expect(lastDay(`${year}-02`)).to.match(new RegExp(`^${year}-02-2[89]$`));
    });
  }

  it('knows leap years of the first century: 0004 has a 29 February, 0100 does not', () => {
    expect(daysInMonth(4, 2)).to.equal(29);
    expect(daysInMonth(100, 2)).to.equal(28);
    expect(daysInMonth(0, 2)).to.equal(29);
  });

  for (const locale of ['en', 'fr', 'es', 'sw', 'ht']) {
    for (const value of [-0, 0, -0.0, -1e-20 * 0]) {
      it(`${Object.is(value, -0) ? '-0' : '0'} reads as 0 in ${locale}`, () => {
        expect(formatNumber(value, locale)).to.equal('0');
      });
    }
  }
});
