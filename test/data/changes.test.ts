import { expect } from '@open-wc/testing';
import { describeChanges } from '../../src/data/changes.js';

const source = (id: string) => ({
  id,
  publisher: 'AP',
  title: { en: `Story ${id}` },
  url: `https://example.org/${id}`,
});
const base = () => ({
  version: 2,
  id: 'm',
  name: { en: 'A mission' },
  updated: '2026-01-01',
  language: 'en',
  sources: [source('a'), source('b')],
  phases: [{ id: 'p1', name: { en: 'First phase' }, start: '2025', leads: ['KE'], sources: ['a'] }],
  contributors: [
    {
      id: 'KE',
      type: 'country',
      country: 'KE',
      personnel: [
        { date: '2025-01', status: 'deployed', kind: 'police', count: 400, sources: ['a'] },
        { date: '2025-06', status: 'pledged', kind: 'police', count: 1000, sources: ['a'] },
      ],
      funding: [{ date: '2025', status: 'pledged', amount: 1000000, currency: 'USD', sources: ['a'] }],
    },
    { id: 'eu', type: 'organisation', name: { en: 'European Union' }, funding: [] },
  ],
  totals: [{ date: '2025-06', status: 'deployed', count: 991, sources: ['a'] }],
  casualties: [{ date: '2025-02', contributor: 'KE', killed: 1, sources: ['a'] }],
  events: [
    { id: 'e1', date: '2025-01', title: { en: 'They arrive' }, category: 'deployment', sources: ['a'] },
    { id: 'e2', date: '2025-02', title: { en: 'A loss' }, category: 'casualty', sources: ['b'] },
  ],
});
type Doc = ReturnType<typeof base> & Record<string, unknown>;

describe('describeChanges', () => {
  it('says nothing when nothing a reader sees changed', () => {
    expect(describeChanges(base(), base())).to.deep.equal([]);
  });

  const cases: [string, (doc: Doc) => void, string[]][] = [
    [
      'a new deployed figure',
      (doc) =>
        doc.contributors[0].personnel!.push({
          date: '2026-01',
          status: 'deployed',
          kind: 'police',
          count: 382,
          sources: ['a'],
        }),
      ['Kenya deployed police: 400 → 382 (as of 2026-01).'],
    ],
    [
      'an estimate and a range',
      (doc) => {
        Object.assign(doc.contributors[0].personnel![0], { approximate: true });
        doc.totals[0] = { ...doc.totals[0], range: [900, 1000] } as never;
        delete (doc.totals[0] as Partial<Doc['totals'][0]>).count;
      },
      [
        'Mission total deployed: 991 → 900–1,000 (as of 2025-06).',
        'Kenya deployed police: 400 → about 400 (as of 2025-01).',
      ],
    ],
    [
      'a contributor leaving',
      (doc) => Object.assign(doc.contributors[0], { left: '2026-01' }),
      ['Kenya: shown as a former contributor (left 2026-01).'],
    ],
    [
      'money that grew, and a new organisation',
      (doc) => {
        doc.contributors[0].funding[0].amount = 1500000;
        doc.contributors.push({ id: 'au', type: 'organisation', name: { en: 'African Union' }, funding: [] });
      },
      ['Kenya pledged USD: USD 1,000,000 → USD 1,500,000 (as of 2025).', 'New contributor: African Union.'],
    ],
    [
      'a phase that ends and a new one',
      (doc) => {
        Object.assign(doc.phases[0], { end: '2025-10-02' });
        doc.phases.push({
          id: 'p2',
          name: { en: 'Second phase' },
          start: '2025-10-02',
          leads: [],
          sources: ['a'],
        });
      },
      ['First phase: ends open-ended → 2025-10-02.', 'New phase: Second phase, from 2025-10-02.'],
    ],
    [
      'a casualty',
      (doc) => doc.casualties.push({ date: '2025-09', contributor: 'KE', killed: 2, sources: ['a'] }),
      ['Kenya personnel killed: 1 → 3.'],
    ],
    [
      'new, changed and removed events',
      (doc) => {
        doc.events[0].date = '2025-01-15';
        doc.events.pop();
        doc.events.push({
          id: 'e3',
          date: '2026-01',
          title: { en: 'A new force' },
          category: 'mandate',
          sources: ['a'],
        });
      },
      [
        'Event changed, 2025-01-15: They arrive (date 2025-01 → 2025-01-15)',
        'New event, 2026-01: A new force',
        'Event removed, 2025-02: A loss',
      ],
    ],
    [
      'a removed source',
      (doc) => {
        doc.sources.pop();
        doc.events[1].sources = ['a'];
      },
      ['Source removed: AP, "Story b" (b).'],
    ],
  ];
  for (const [name, change, lines] of cases) {
    it(`says ${name}`, () => {
      const after = base() as Doc;
      change(after);
      expect(describeChanges(base(), after)).to.deep.equal(lines);
    });
  }
});
