import { expect } from '@open-wc/testing';
import { headlineFigures } from '../../src/data/headline.js';
import type { MissionData } from '../../src/data/schema.js';
import { validateMission } from '../../src/data/validate.js';
import { shippedCopy } from './fixtures.js';

const mission = validateMission(shippedCopy()).data as MissionData;

describe('headlineFigures', () => {
  // [as of, countries, deployed, pledged, preparing, latest day used, has personnel]
  const cases: [string | undefined, string[], string, number, number, string | undefined, boolean][] = [
    [undefined, [], 'about 408', 1250, 600, '2024-09-26', true],
    ['2024-09-21', [], 'about 426', 1250, 600, '2024-09-21', true],
    ['2024-09-20', [], 'about 426', 1250, 0, '2024-09-12', true],
    ['2024-07-16', [], 'about 400', 1000, 0, '2024-07-16', true],
    ['2024-06-01', [], '0', 1000, 0, '2023-07-29', true],
    ['2023-01-01', [], '0', 0, 0, undefined, true],
    [undefined, ['KE'], '382', 1000, 600, '2024-09-26', true],
    [undefined, ['JM'], 'about 24', 200, 0, '2024-09-12', true],
    [undefined, ['BZ'], '2', 50, 0, '2024-09-12', true],
    ['2024-06-01', ['JM'], '0', 0, 0, undefined, true],
    [undefined, ['US'], '0', 0, 0, undefined, false],
    [undefined, ['FR'], '0', 0, 0, undefined, false],
  ];
  for (const [asOf, countries, deployed, pledged, preparing, day, hasPersonnel] of cases) {
    it(`as of ${asOf ?? 'the latest'} for ${countries.join('+') || 'all'}: ${deployed} deployed of ${pledged}`, () => {
      const figures = headlineFigures(mission, { asOf, contributors: countries });
      const shown = `${figures.deployed.approximate ? 'about ' : ''}${figures.deployed.low}`;
      expect(shown).to.equal(deployed);
      expect(figures.pledged.low).to.equal(pledged);
      expect(figures.preparing.low).to.equal(preparing);
      expect(figures.used.date).to.equal(day);
      expect(figures.hasPersonnel).to.equal(hasPersonnel);
    });
  }

  it('cites the sources of all three figures, once each', () => {
    expect(headlineFigures(mission, { asOf: '2024-09-21' }).used.sources).to.deep.equal([
      'ap-2024-07-16',
      'ap-2024-09-12',
      'observer-2024-09-13',
      'amandala-2024-09-11',
      'kbc-2023-07-30',
      'nation-2024-09-21',
    ]);
  });
});
