/** Invariants over generated valid missions (fast-check): what any mission file must never make us say. */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { firstDay, lastDay } from '../../src/data/dates.js';
import { personnelTotal } from '../../src/data/derive.js';
import { headlineFigures } from '../../src/data/headline.js';
import { migrateMission } from '../../src/data/migrate.js';
import type { MissionData } from '../../src/data/schema.js';
import { validateMission } from '../../src/data/validate.js';
import { counterView } from '../../src/views/troop-counter.js';
import { quantityText } from '../../src/views/words.js';

const COUNTRIES = ['KE', 'JM', 'BZ', 'GT', 'SV'];
const day = fc
  .record({
    y: fc.integer({ min: 2020, max: 2026 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
  })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const partial = fc.oneof(
  day,
  day.map((d) => d.slice(0, 7)),
);
const quantity = fc.oneof(
  fc.record({ count: fc.integer({ min: 0, max: 5000 }) }),
  fc.record({ count: fc.integer({ min: 1, max: 5000 }), approximate: fc.constant(true) }),
  fc
    .tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }))
    .map(([a, b]) => ({ range: [Math.min(a, b), Math.max(a, b)] })),
  fc.constant({ present: true }),
);
const figure = fc.record({
  date: partial,
  status: fc.constantFrom('deployed', 'pledged', 'preparing'),
  kind: fc.constantFrom('police', 'military'),
  q: quantity,
});

/** A valid version-2 mission: one to five countries with figures, one phase. */
const mission = fc.uniqueArray(fc.constantFrom(...COUNTRIES), { minLength: 1, maxLength: 5 }).chain((codes) =>
  fc
    .tuple(
      ...codes.map(() =>
        fc.uniqueArray(figure, { maxLength: 6, selector: (f) => `${f.status} ${f.kind} ${f.date}` }),
      ),
    )
    .map((lists) => ({
      version: 2,
      id: 'generated',
      name: 'A generated mission',
      updated: '2026-12-31',
      language: 'en',
      sources: [{ id: 's', publisher: 'P', title: 'T', url: 'https://example.org/' }],
      phases: [{ id: 'p', name: 'Phase', start: '2020-01-01', leads: [] }],
      contributors: codes.map((code, i) => ({
        id: code,
        type: 'country',
        country: code,
        personnel: lists[i].map(({ q, ...f }) => ({ ...f, ...q, sources: ['s'] })),
      })),
      events: [],
    })),
);

const valid = (doc: unknown) => {
  const result = validateMission(doc);
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return result.data as MissionData;
};

describe('properties of any valid mission', () => {
  it('a figure shown for a day uses only data dated on or before that day', () => {
    fc.assert(
      fc.property(mission, day, (doc, asOf) => {
        const data = valid(doc);
        const shown = personnelTotal(data, 'deployed', { asOf });
        if (shown.date) expect(lastDay(shown.date) <= asOf, `${shown.date} after ${asOf}`).to.equal(true);
        // Adding a figure dated after the day changes nothing shown for it.
        const later = structuredClone(doc);
        const next = `${Number(asOf.slice(0, 4)) + 1}${asOf.slice(4)}`;
        (later.contributors[0].personnel as unknown[]).push({
          date: next,
          status: 'deployed',
          kind: 'police',
          count: 99999,
          sources: ['s'],
        });
        expect(personnelTotal(valid(later), 'deployed', { asOf })).to.deep.equal(shown);
      }),
      { numRuns: 60 },
    );
  });

  it('every number on screen traces to the file, and none is NaN, negative or -0', () => {
    fc.assert(
      fc.property(mission, fc.option(day, { nil: undefined }), (doc, asOf) => {
        const data = valid(doc);
        const view = counterView(data, { locale: 'en', asOf });
        expect(view.sentence).not.to.match(/NaN|undefined|-\d|-0\b/);
        const f = headlineFigures(data, { asOf });
        // The figure is a sum of figures in the file: between the sums of their low and high ends.
        const all = data.contributors.flatMap((c) => c.personnel.filter((p) => p.status === 'deployed'));
        const most = all.reduce((sum, p) => sum + (p.range?.[1] ?? p.count ?? 0), 0);
        expect(f.deployed.low).to.be.at.least(0);
        expect(f.deployed.high).to.be.at.most(most);
        // The headline number the counter counts to is that figure, when it is one number.
        if (view.count !== undefined) expect(view.count).to.equal(f.deployed.low);
      }),
      { numRuns: 60 },
    );
  });

  it('approximate inputs give approximate words', () => {
    fc.assert(
      fc.property(mission, (doc) => {
        const data = valid(doc);
        const f = headlineFigures(data);
        const view = counterView(data, { locale: 'en' });
        if (!f.hasPersonnel) return; // "no personnel in this mission": no figure to word
        const words = quantityText(f.deployed, 'en');
        expect(view.sentence.toLowerCase()).to.contain(words.toLowerCase());
        expect(words.startsWith('about')).to.equal(f.deployed.approximate && f.deployed.high > 0);
      }),
      { numRuns: 60 },
    );
  });

  it('migrating a version-1 file and reading it back shows the same figures', () => {
    const v1 = mission.map((doc) => ({
      id: doc.id,
      name: doc.name,
      host: 'HT',
      lead: doc.contributors[0].country,
      updated: doc.updated,
      language: 'en',
      sources: doc.sources,
      contributors: doc.contributors.map((c, i) => ({
        country: c.country,
        role: i === 0 ? 'lead' : 'contributor',
        personnelKind: 'police',
        // Version 1: days and exact or approximate counts only, one figure per status and day.
        personnel: (
          c.personnel as {
            date: string;
            status: string;
            kind: string;
            count?: number;
            approximate?: boolean;
          }[]
        )
          .filter((p) => p.count !== undefined && p.date.length === 10 && p.kind === 'police')
          .map(({ date, status, count, approximate }) => ({
            date,
            status,
            count: count!,
            approximate: approximate ?? false,
            sources: ['s'],
          })),
        funding: [{ date: '2024-01-01', status: 'disbursed', amount: 5e6, currency: 'USD', sources: ['s'] }],
      })),
      events: [],
    }));
    fc.assert(
      fc.property(v1, day, (doc, asOf) => {
        const read = validateMission(doc);
        expect(read.warnings.map((w) => w.message).join()).to.contain('mission-widgets migrate');
        const migrated = validateMission(JSON.parse(JSON.stringify(migrateMission(structuredClone(doc)))));
        expect(migrated.ok).to.equal(true);
        // The same warnings as version 1 gave (a figure above its pledge, say), less the one
        // that asks for the migration.
        expect(migrated.warnings).to.deep.equal(read.warnings.filter((w) => w.path !== 'version'));
        // The same figures as version 1 gave: the latest count per contributor and status, added.
        for (const status of ['deployed', 'pledged', 'preparing'] as const) {
          let count = 0;
          let approximate = false;
          for (const c of doc.contributors) {
            const latest = c.personnel
              .filter((p) => p.status === status && p.date <= asOf)
              .sort((a, b) => (a.date < b.date ? -1 : 1))
              .at(-1);
            count += latest?.count ?? 0;
            approximate ||= latest?.approximate ?? false;
          }
          const figure = personnelTotal(migrated.data!, status, { asOf });
          expect([figure.low, figure.approximate], status).to.deep.equal([count, approximate]);
          expect(personnelTotal(read.data!, status, { asOf })).to.deep.equal(figure);
        }
        expect(migrated.data!.contributors[0].funding[0].status).to.equal('received');
        expect(migrated.data!.phases[0].leads).to.deep.equal([doc.lead]);
        expect(firstDay(migrated.data!.phases[0].start)).to.be.a('string');
      }),
      { numRuns: 60 },
    );
  });
});
