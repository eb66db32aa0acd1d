import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { selectEvents } from '../../src/data/mission-events.js';
import type { MissionData, MissionEvent } from '../../src/data/schema.js';
import {
  blocksOf,
  latestEvent,
  markedEvents,
  timelineView,
  words,
  yearsOf,
} from '../../src/views/event-timeline.js';
import { validateMission } from '../../src/data/validate.js';
import { shippedCopy } from '../data/fixtures.js';
import story from '../../data/haiti-mss.json' with { type: 'json' };

const mission = validateMission(shippedCopy()).data as MissionData;
const event = (id: string, date: string, category = 'other'): MissionEvent => ({
  id,
  date,
  title: id,
  category,
  countries: [],
  sources: ['s'],
});
const idsOf = (events: readonly MissionEvent[]) => events.map(({ id }) => id);

describe('timeline', () => {
  describe('words', () => {
    const cases: [string | undefined, string[]][] = [
      [undefined, []],
      ['', []],
      ['deployment', ['deployment']],
      ['  deployment \n funding ', ['deployment', 'funding']],
    ];
    for (const [value, expected] of cases) {
      it(`${JSON.stringify(value)} → ${JSON.stringify(expected)}`, () => {
        expect(words(value)).to.deep.equal(expected);
      });
    }
  });

  describe('blocksOf and yearsOf', () => {
    const events = [
      event('a', '2021'),
      event('b', '2023-07'),
      event('c', '2023-08-01'),
      event('d', '2023-09'),
      event('e', '2024-01-05'),
    ];

    it('cuts blocks at each new year and every `size` events', () => {
      const blocks = blocksOf(events, 2);
      expect(blocks.map(({ year, events }) => `${year}: ${idsOf(events)}`)).to.deep.equal([
        '2021: a',
        '2023: b,c',
        '2023: d',
        '2024: e',
      ]);
    });

    it('brings the blocks of one year together, in order', () => {
      const years = yearsOf(blocksOf(events, 2));
      expect(
        years.map(({ year, blocks }) => `${year}: ${blocks.flatMap((b) => idsOf(b.events))}`),
      ).to.deep.equal(['2021: a', '2023: b,c,d', '2024: e']);
    });

    it('has no blocks for no events', () => {
      expect(blocksOf([], 25)).to.deep.equal([]);
      expect(yearsOf([])).to.deep.equal([]);
    });
  });

  describe('latestEvent', () => {
    const cases: [string | undefined, string | undefined][] = [
      [undefined, 'resolution-2751'],
      ['2024-09-29', 'ruto-visit'],
      ['2024-07-16', 'kenya-second-contingent'],
      ['2024-03-10', 'cash-grab-claim'],
      ['2021-07-06', undefined],
    ];
    for (const [asOf, expected] of cases) {
      it(`as of ${asOf ?? 'now'} is ${expected ?? 'none'}`, () => {
        expect(latestEvent(mission.events, asOf)?.id).to.equal(expected);
      });
    }

    it('prefers the more precise date, then the later in the list', () => {
      expect(latestEvent([event('day', '2024-01-01'), event('year', '2024')])?.id).to.equal('day');
      expect(latestEvent([event('first', '2024-05'), event('second', '2024-05')])?.id).to.equal('second');
    });

    it('is always the last event selectEvents sorts (fast-check)', () => {
      const date = fc
        .tuple(
          fc.integer({ min: 2020, max: 2022 }),
          fc.integer({ min: 0, max: 12 }),
          fc.integer({ min: 0, max: 28 }),
        )
        .map(([y, m, d]) => (m === 0 ? `${y}` : d === 0 ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`));
      fc.assert(
        fc.property(
          fc.array(date, { maxLength: 12 }),
          fc.option(date, { nil: undefined }),
          (dates, bound) => {
            const data = { ...mission, events: dates.map((d, i) => event(`e${i}`, d)) };
            const asOf = bound && `${bound}-01-01`.slice(0, 10);
            expect(latestEvent(data.events, asOf)?.id).to.equal(selectEvents(data, { asOf }).at(-1)?.id);
          },
        ),
      );
    });
  });

  describe('timelineView', () => {
    const view = (query: Parameters<typeof timelineView>[1]) => {
      const { blocks, categories, latest } = timelineView(mission, query);
      return { ids: blocks.flatMap((b) => idsOf(b.events)), categories, latest };
    };

    it('shows every event, oldest first, and every category present', () => {
      const { ids, categories, latest } = view({});
      expect(ids).to.deep.equal(idsOf(selectEvents(mission)));
      expect(categories).to.deep.equal([
        'crisis',
        'diplomacy',
        'mandate',
        'funding',
        'deployment',
        'politics',
      ]);
      expect(latest).to.equal('resolution-2751');
    });

    it('orders newest first only for "desc"', () => {
      expect(view({ order: 'desc' }).ids[0]).to.equal('resolution-2751');
      expect(view({ order: 'sideways' }).ids[0]).to.equal('moise-assassination');
    });

    it('reads a month or a year as-of as its last day', () => {
      expect(view({ asOf: '2024-06' }).latest).to.equal('kenya-first-contingent');
      expect(view({ asOf: '2023' }).ids).to.have.length(4);
    });

    it('ignores malformed bounds', () => {
      expect(view({ from: 'yesterday', to: '2024-13', asOf: '2024-02-30' }).ids).to.have.length(12);
    });

    it("narrows the category attribute by the reader's picks, ignoring picks outside it", () => {
      const query = { category: 'deployment funding' };
      expect(view(query).categories).to.deep.equal(['funding', 'deployment']);
      expect(view({ ...query, picked: ['funding'] }).ids).to.deep.equal([
        'us-first-pledge',
        'us-raises-pledge',
      ]);
      expect(view({ ...query, picked: ['crisis'] }).ids).to.have.length(6);
      expect(view({ ...query, picked: ['crisis'] }).categories).to.deep.equal(['funding', 'deployment']);
    });

    it('offers only the categories left within the bounds', () => {
      expect(view({ from: '2024-06' }).categories).to.deep.equal(['mandate', 'deployment']);
    });

    it('keeps the latest event whatever the categories shown', () => {
      expect(view({ category: 'funding' }).latest).to.equal('resolution-2751');
    });
  });
});

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

describe('timeline phase bands and empty years (the shipped story, to March 2026)', () => {
  const full = validateMission(structuredClone(story)).data as MissionData;

  it('bands every event from the resolution on, each phase named where its band begins', () => {
    const view = timelineView(full, { locale: 'en' });
    const events = view.blocks.flatMap((block) => block.events);
    expect(view.phases.map((phase) => phase.name)).to.deep.equal([
      'Multinational Security Support mission',
      'Gang Suppression Force',
    ]);
    const before = events.filter((e) => e.date < '2023-10-02');
    expect(idsOf(before)).to.deep.equal(['moise-assassination', 'kenya-offer', 'us-first-pledge']);
    for (const e of before) expect(view.phaseOf.has(e.id), e.id).to.equal(false);
    for (const e of events.filter((e) => e.date >= '2023-10-02'))
      expect(view.phaseOf.get(e.id), e.id).to.equal(e.date <= '2025-10-02' ? 0 : 1);
    expect([...view.bandStarts].map((id) => view.phaseOf.get(id))).to.deep.equal([0, 1]);
    expect(events.find((e) => view.bandStarts.has(e.id))!.date).to.equal('2023-10-02');
  });

  it('has no bands for a mission of one phase', () => {
    const view = timelineView({ ...full, phases: full.phases.slice(0, 1) }, {});
    expect(view.phases).to.deep.equal([]);
    expect(view.phaseOf.size + view.bandStarts.size).to.equal(0);
  });

  it('marks 2022, the one year without events, in either order', () => {
    const gaps = (order?: string) =>
      yearsOf(timelineView(full, { order }).blocks).flatMap(({ year, gap }) => (gap ? [[year, ...gap]] : []));
    expect(gaps()).to.deep.equal([['2023', '2022', '2022']]);
    expect(gaps('desc')).to.deep.equal([['2021', '2022', '2022']]);
  });

  it('marks a span of empty years by its first and last', () => {
    const years = yearsOf(blocksOf([event('a', '2019-01-01'), event('b', '2023-05-01')], 25));
    expect(years.map((y) => y.gap)).to.deep.equal([undefined, ['2020', '2022']]);
  });
});

describe('the marks a timeline adds: phases and their decisions', () => {
  const full = validateMission(structuredClone(story)).data as MissionData;
  const marks = (data: MissionData) => markedEvents(data, 'en').filter((e) => e.id.startsWith('phase-'));
  const dated = (events: MissionEvent[]) => events.map((e) => [e.id, e.date, e.title]);

  it("marks each phase's start with the decisions of its day, and each other decision on its own day", () => {
    // The shipped story without its own mandate events: nothing tells these days but the marks.
    const untold = { ...full, events: full.events.filter((e) => e.category !== 'mandate') };
    const all = marks(untold);
    expect(dated(all)).to.deep.equal([
      ['phase-mss-start', '2023-10-02', 'Multinational Security Support mission begins'],
      ['phase-mss-decision-0', '2024-09-30', 'Resolution 2751'],
      ['phase-mss-end', '2025-10-02', 'Multinational Security Support mission ends'],
      ['phase-gsf-start', '2025-10-03', 'Gang Suppression Force begins'],
      ['phase-gsf-decision-0', '2025-09-30', 'Resolution 2793'],
    ]);
    const [start, renewal, , gsfStart] = all;
    // The renewal a year on is not said at the start, as if voted then.
    expect(start.summary).to.equal('UN Security Council, Resolution 2699: 13 for, 0 against, 2 abstaining.');
    expect(renewal.summary).to.equal(
      // Titled with its name: the summary does not say it again.
      'UN Security Council: 15 for, 0 against, 0 abstaining. Unanimous renewal, to 2 October 2025.',
    );
    expect(renewal.sources).to.deep.equal(['un-sc-15838']);
    expect(all[2].sources).to.deep.equal(full.phases[0].sources);
    expect(gsfStart.summary).to.equal(undefined);
  });

  it('leaves out a mark that an event of the file tells on the same day, in its own words', () => {
    // Both starts and all three decisions have an event of their own; the end of the MSS has none.
    expect(dated(marks(full))).to.deep.equal([
      ['phase-mss-end', '2025-10-02', 'Multinational Security Support mission ends'],
    ]);
    const view = timelineView(full, { locale: 'en', from: '2025-10-03', to: '2025-10-03' });
    expect(idsOf(view.blocks.flatMap((block) => block.events))).to.deep.equal(['gsf-takes-over']);
  });
});
