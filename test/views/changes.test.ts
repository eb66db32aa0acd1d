import { expect } from '@open-wc/testing';
import { validateMission } from '../../src/data/validate.js';
import { describeChanges } from '../../src/views/changes.js';
import { FSI, PDI } from '../../src/data/isolate.js';

const RLO = '\u202e';
const source = (id: string) => ({
  id,
  publisher: 'AP',
  date: '2025-01-10',
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

/** A file as the widgets read it. */
function read(doc: unknown) {
  const result = validateMission(doc);
  if (!result.ok) throw new Error(result.errors.map((issue) => `${issue.path}: ${issue.message}`).join('; '));
  return result.data;
}

// Each line quotes the widgets' views: the counter's sentence, the list's rows and money, the
// timeline's events (with the phase marks and casualties it adds), the sources' link text.
describe('describeChanges', () => {
  it('says nothing when nothing a reader sees changed', () => {
    expect(describeChanges(read(base()), read(base()))).to.deep.equal([]);
  });

  const cases: [string, (doc: Doc) => void, string[]][] = [
    [
      'a new deployed figure, in the counter for the mission and for the country',
      (doc) =>
        doc.contributors[0].personnel!.push({
          date: '2026-01',
          status: 'deployed',
          kind: 'police',
          count: 382,
          sources: ['a'],
        }),
      [
        `Counter for the whole mission: “First phase: 991 personnel deployed of 1,000 pledged, as of June 2025.” → “First phase: 382 personnel deployed of 1,000 pledged, as of January 2026.”`,
        `Counter for the whole mission, notes: “This is the mission's reported total; the contributors' own figures add up to 400. 1 killed and 0 injured among mission personnel.” → “This adds up the contributors' latest figures, newer than the mission's last reported total (991, June 2025). 1 killed and 0 injured among mission personnel.”`,
        `Counter for Kenya: “Kenya: 400 personnel deployed of 1,000 pledged, as of June 2025.” → “Kenya: 382 personnel deployed of 1,000 pledged, as of January 2026.”`,
      ],
    ],
    [
      'an estimate and a range',
      (doc) => {
        Object.assign(doc.contributors[0].personnel![0], { approximate: true });
        doc.totals[0] = { date: '2025-06', status: 'deployed', range: [900, 1000], sources: ['a'] } as never;
      },
      [
        `Counter for the whole mission: “First phase: 991 personnel deployed of 1,000 pledged, as of June 2025.” → “First phase: 900–1,000 personnel deployed of 1,000 pledged, as of June 2025.”`,
        `Counter for the whole mission, notes: “This is the mission's reported total; the contributors' own figures add up to 400. 1 killed and 0 injured among mission personnel.” → “This is the mission's reported total; the contributors' own figures add up to about 400. 1 killed and 0 injured among mission personnel.”`,
        `Counter for Kenya: “Kenya: 400 personnel deployed of 1,000 pledged, as of June 2025.” → “Kenya: about 400 personnel deployed of 1,000 pledged, as of June 2025.”`,
      ],
    ],
    [
      'a contributor leaving, in the counter and the list',
      (doc) => Object.assign(doc.contributors[0], { left: '2026-01' }),
      [
        `Counter for the whole mission: “First phase: 991 personnel deployed of 1,000 pledged, as of June 2025.” → “First phase: 0 personnel deployed of 1,000 pledged, as of January 2026.”`,
        `Counter for the whole mission, notes: “This is the mission's reported total; the contributors' own figures add up to 400. 1 killed and 0 injured among mission personnel.” → “This adds up the contributors' latest figures, newer than the mission's last reported total (991, June 2025). 1 killed and 0 injured among mission personnel.”`,
        `Counter for Kenya: “Kenya: 400 personnel deployed of 1,000 pledged, as of June 2025.” → “Kenya: left the mission in January 2026, had 400 personnel deployed, as of January 2025.”`,
        `Contributor list: Kenya now shown as a former contributor (was the lead).`,
      ],
    ],
    [
      'money that grew, and a new organisation (not Australia, whose code its id is)',
      (doc) => {
        doc.contributors[0].funding[0].amount = 1500000;
        doc.contributors.push({
          id: 'au',
          type: 'organisation',
          name: { en: 'African Union' },
          funding: [{ date: '2025', status: 'pledged', amount: 5000, currency: 'USD', sources: ['a'] }],
        } as never);
      },
      [
        `Counter for African Union (new): “African Union: no personnel in this mission.”`,
        `Contributor list, Kenya, funding: “1 million US dollars pledged” → “1.5 million US dollars pledged”`,
        `Contributor list: new row, African Union, shown as a contributor.`,
        `Contributor list, African Union, funding: “none” → “5,000 US dollars pledged”`,
      ],
    ],
    [
      'a second pledge, to a fund, which the row names beside the first',
      (doc) => {
        Object.assign(doc, { funds: [{ id: 'tf', name: { en: 'trust fund for the mission' } }] });
        doc.contributors[0].funding.push({
          date: '2025-06',
          status: 'pledged',
          amount: 2000000,
          currency: 'USD',
          to: 'tf',
          sources: ['a'],
        } as never);
      },
      [
        `Contributor list, Kenya, funding: “1 million US dollars pledged” → “1 million US dollars pledged; 2 million US dollars pledged to the trust fund for the mission”`,
      ],
    ],
    [
      'a phase that ends and a new one, as the timeline marks them',
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
      [
        `Counter for the whole mission: “First phase: 991 personnel deployed of 1,000 pledged, as of June 2025.” → “Second phase: 991 personnel deployed of 1,000 pledged, as of June 2025.”`,
        `Contributor list: Kenya now shown as a contributor (was the lead).`,
        `Timeline: new event, October 2, 2025: First phase ends.`,
        `Timeline: new event, October 2, 2025: Second phase begins.`,
      ],
    ],
    [
      'a casualty, in the counter and the timeline',
      (doc) => doc.casualties.push({ date: '2025-09', contributor: 'KE', killed: 2, sources: ['a'] }),
      [
        `Counter for the whole mission, notes: “This is the mission's reported total; the contributors' own figures add up to 400. 1 killed and 0 injured among mission personnel.” → “This is the mission's reported total; the contributors' own figures add up to 400. 3 killed and 0 injured among mission personnel.”`,
        `Counter for Kenya, notes: “1 killed and 0 injured among mission personnel.” → “3 killed and 0 injured among mission personnel.”`,
        `Timeline: new event, September 2025: Kenya: 2 killed.`,
      ],
    ],
    [
      'new, changed and removed events (the casualty the removed one told is then marked)',
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
        `Timeline: event changed, January 15, 2025: They arrive (date was January 2025).`,
        `Timeline: new event, February 2025: Kenya: 1 killed.`,
        `Timeline: new event, January 2026: A new force.`,
        `Timeline: event removed, February 2025: A loss.`,
      ],
    ],
    [
      'a removed source, as its link reads',
      (doc) => {
        doc.sources.pop();
        doc.events[1].sources = ['a'];
      },
      [`Source removed: AP, January 10, 2025, “Story b”.`],
    ],
    [
      'data text with a right-to-left override, isolated in its line',
      (doc) => {
        doc.sources.push({ ...source('c'), publisher: `KBC${RLO}`, title: { en: `${RLO}Title` } });
        doc.events[0].title = { en: `They arrive${RLO}` };
      },
      [
        `Timeline: event changed, January 2025: ${FSI}They arrive${RLO}${PDI} (title was “They arrive”).`,
        `New source: ${FSI}KBC${RLO}${PDI}, January 10, 2025, “${FSI}${RLO}Title${PDI}”.`,
      ],
    ],
  ];
  for (const [name, change, lines] of cases) {
    it(`says ${name}`, () => {
      const after = base() as Doc;
      change(after);
      expect(describeChanges(read(base()), read(after))).to.deep.equal(lines);
    });
  }
});
