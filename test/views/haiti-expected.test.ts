/**
 * Haiti's figures at a table of dates, 2024–2026, as the facts sheet gives them
 * (test/fixtures/missions/haiti-expected.json, written from the facts, not from this code).
 */
import { expect } from '@open-wc/testing';
import shipped from '../../data/haiti-mss.json' with { type: 'json' };
import expected from '../fixtures/missions/haiti-expected.json' with { type: 'json' };
import { casualtiesTotal, personnelTotal, phaseOn, reportedTotal } from '../../src/data/derive.js';
import { fundFigures } from '../../src/data/money.js';
import { headlineFigures } from '../../src/data/headline.js';
import type { MissionData } from '../../src/data/schema.js';
import { validateMission } from '../../src/data/validate.js';
import { counterView } from '../../src/views/troop-counter.js';

interface Row {
  asOf: string;
  phase: { id: string; leads: string[] };
  reportedTotal: { count: number } | null;
  sumOfContributors: number;
  sumIsApproximate?: boolean;
  measuredAgainst: { what: string; count?: number; ceilings?: { count: number }[] };
  casualties: { killed: number; injured: number; missing: number };
  trustFund?: Record<string, { amount: number }> | null;
}

const mission = validateMission(shipped).data as MissionData;

describe("Haiti's figures at the facts sheet's dates", () => {
  it('the shipped file is valid, and stored as the validator reads it', () => {
    const result = validateMission(shipped);
    expect(result.errors).to.deep.equal([]);
    expect(result.data).to.deep.equal(shipped);
  });

  for (const row of expected.dates as Row[]) {
    describe(row.asOf, () => {
      const asOf = row.asOf;
      it(`is in the ${row.phase.id} phase, led by ${row.phase.leads.join(', ') || 'no lead nation'}`, () => {
        const phase = phaseOn(mission, asOf)!.phase;
        expect(phase.id).to.equal(row.phase.id);
        expect(phase.leads).to.deep.equal(row.phase.leads);
      });

      it(`adds the contributors up to ${row.sumIsApproximate ? 'about ' : ''}${row.sumOfContributors}`, () => {
        const sum = personnelTotal(mission, 'deployed', { asOf });
        expect([sum.low, sum.high]).to.deep.equal([row.sumOfContributors, row.sumOfContributors]);
        expect(sum.approximate).to.equal(row.sumIsApproximate === true);
      });

      it(`has the reported total ${row.reportedTotal?.count ?? 'none'}`, () => {
        expect(reportedTotal(mission, 'deployed', asOf)?.low ?? null).to.equal(
          row.reportedTotal?.count ?? null,
        );
      });

      const against =
        row.measuredAgainst.count ?? row.measuredAgainst.ceilings!.reduce((s, c) => s + c.count, 0);
      it(`measures deployed against ${against} (${row.measuredAgainst.what})`, () => {
        const target = headlineFigures(mission, { asOf }).target!;
        expect(target.count).to.equal(against);
        const what = row.measuredAgainst.what;
        expect(target.kind).to.equal(
          /planning/.test(what) ? 'planned' : /authori|ceiling/.test(what) ? 'authorised' : 'pledged',
        );
      });

      const { killed, injured, missing } = row.casualties;
      it(`counts ${killed} killed, ${injured} injured, ${missing} missing`, () => {
        const c = casualtiesTotal(mission, { asOf });
        expect([c.killed, c.injured, c.missing]).to.deep.equal([killed, injured, missing]);
      });

      if (row.trustFund)
        it('gives the trust fund its money pledged and received', () => {
          const money = fundFigures(mission.funds[0], asOf);
          for (const [status, { amount }] of Object.entries(row.trustFund!))
            expect(money.find((m) => m.status === status)?.amount, status).to.equal(amount);
        });

      it('says a figure, and only numbers from the file, in its sentence', () => {
        const { sentence } = counterView(mission, { locale: 'en', asOf });
        expect(sentence).to.match(/\d/);
        expect(sentence).not.to.match(/NaN|-0\b|undefined/);
      });
    });
  }

  it('still reads about 426 as of 21 September 2024', () => {
    const view = counterView(mission, { locale: 'en', asOf: '2024-09-21' });
    expect([view.count, view.approximate]).to.deep.equal([426, true]);
  });
});
