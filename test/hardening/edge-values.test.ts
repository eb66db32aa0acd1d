/** Class 6 of issue 16: values at the edges say exactly themselves. */
import { expect } from '@open-wc/testing';
import { daysInMonth, lastDay, toUtcDate } from '../../src/data/dates.js';
import { formatIssue } from '../../src/data/issues.js';
import { MAX_URL } from '../../src/data/constants.js';
import { validateMission } from '../../src/data/validate.js';
import { formatDate, formatNumber } from '../../src/i18n/format.js';
import { shippedCopy } from '../data/fixtures.js';

/** Every message an editor would read for a document, one line each. */
function messages(doc: unknown): string[] {
  const result = validateMission(doc);
  return [...(result.ok ? [] : result.errors), ...result.warnings].map(formatIssue);
}

/** A message an editor can read at a glance: one line, far from a megabyte. */
const SHORT = 200;

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

  for (const [what, key] of [
    ['a one-megabyte name of letters', 'a'.repeat(1_000_000)],
    ['a one-megabyte name of symbols', '-'.repeat(1_000_000)],
    ['a long name with a newline', `x${'\n'.repeat(500)}y`],
  ] as const) {
    it(`an unknown field with ${what} gets a short warning that says so`, () => {
      const doc = shippedCopy();
      doc[key] = 1;
      (doc.events[0] as Record<string, unknown>)[key] = 1;
      const said = messages(doc);
      expect(said).to.have.length(2);
      for (const line of said) {
        expect(line.length).to.be.below(SHORT);
        expect(line).to.not.contain('\n');
        expect(line).to.match(
          /^(events\[0\])?\[".+…"\]: unknown field \(a name of [\d,]+ characters\), ignored$/s,
        );
      }
      expect(said[0]).to.contain(key.length.toLocaleString('en'));
    });
  }

  it('a short unknown field is named in full', () => {
    const doc = shippedCopy();
    doc.colour = 'red';
    expect(messages(doc)).to.deep.equal(['colour: unknown field, ignored']);
  });

  for (const [what, url, problem] of [
    ['just over the limit', `https://example.org/${'a'.repeat(MAX_URL)}`, 'too long'],
    ['a megabyte long', `https://example.org/${'a'.repeat(1_000_000)}`, 'too long'],
    ['too long and of another scheme', `javascript:${'a'.repeat(MAX_URL)}`, 'too long'],
    ['of another scheme', 'javascript:alert(1)', 'expected an http:// or https:// web address'],
  ] as const) {
    it(`a source URL ${what} gets the message "${problem}", short`, () => {
      const doc = shippedCopy();
      doc.sources[0].url = url;
      const said = messages(doc);
      expect(said).to.have.length(1);
      expect(said[0]).to.match(new RegExp(`^sources\\[0\\]\\.url: ${problem}`));
      expect(said[0].length).to.be.below(SHORT);
    });
  }

  it('a URL exactly at the limit is fine', () => {
    const doc = shippedCopy();
    const url = 'https://example.org/';
    doc.sources[0].url = url + 'a'.repeat(MAX_URL - url.length);
    expect(messages(doc)).to.deep.equal([]);
  });
});
