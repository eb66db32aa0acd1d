/** Generated missions of the version 2 shape, for property tests of the tables (fast-check). */
import fc from 'fast-check';

type Json = Record<string, unknown>;
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
/** Drops the keys whose value is undefined, as a JSON file would not have them. */
const clean = (value: Json): Json =>
  Object.fromEntries(Object.entries(value).filter(([, child]) => child !== undefined));

const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const word = fc
  .string({
    minLength: 1,
    maxLength: 12,
    unit: fc.constantFrom('a', 'é', 'Z', '1', ' ', ',', ';', '"', '\n'),
  })
  .filter((text) => text.trim() === text && text !== '');
const text = fc
  .string({
    minLength: 1,
    maxLength: 16,
    unit: fc.constantFrom('a', 'é', 'Z', '1', ' ', ',', ';', '"', '\n', '\t'),
  })
  .filter((value) => value.trim() !== '');
const Text = fc.oneof(
  text,
  fc.dictionary(fc.constantFrom('en', 'fr', 'ht', 'es', 'sw', 'fr-CA'), text, { minKeys: 1, maxKeys: 3 }),
);
const date = fc.constantFrom('2023', '2024-07', '2024-07-16', '2025-02-28', '2026-03');
const day = fc.constantFrom('2024-07-16', '2026-03-21');
const count = fc.integer({ min: 0, max: 10_000_000 });
const COUNTRIES = ['KE', 'JM', 'BZ', 'US', 'CA', 'HT', 'SV', 'TD'];

const howMany = fc.oneof(
  fc.record({ count }),
  fc.record({ range: fc.tuple(count, count) }),
  fc.record({ present: fc.constant(true) }),
);

function figure(refs: fc.Arbitrary<string[]>, alternatives: boolean) {
  return fc
    .record({
      date,
      status: fc.constantFrom('pledged', 'preparing', 'deployed'),
      kind: maybe(fc.constantFrom('police', 'military', 'civilian', 'mixed')),
      how: howMany,
      approximate: maybe(fc.boolean()),
      change: maybe(fc.constantFrom('arrival', 'rotation', 'drawdown', 'withdrawal')),
      alternatives: alternatives
        ? maybe(
            fc.array(
              fc.record({
                how: fc.oneof(fc.record({ count }), fc.record({ range: fc.tuple(count, count) })),
                approximate: maybe(fc.boolean()),
                sources: refs,
              }),
              { minLength: 1, maxLength: 2 },
            ),
          )
        : fc.constant(undefined),
      note: maybe(Text),
      sources: refs,
    })
    .map(({ how, alternatives: others, ...rest }) =>
      clean({
        ...rest,
        ...how,
        alternatives: others?.map(({ how: other, ...alt }) => clean({ ...other, ...alt })),
      }),
    );
}

/** Figures of one owner, no two with the same date, status and kind (alternatives find theirs by them). */
const figures = (refs: fc.Arbitrary<string[]>) =>
  fc.uniqueArray(figure(refs, true), {
    maxLength: 4,
    selector: (entry) => `${entry.date} ${entry.status} ${entry.kind ?? ''}`,
  });

function money(refs: fc.Arbitrary<string[]>, funds: string[]) {
  return fc
    .record({
      date,
      status: fc.constantFrom('pledged', 'committed', 'received', 'frozen', 'withdrawn'),
      amount: fc.oneof(
        fc.integer({ min: 0, max: 1e12 }),
        fc.double({ min: 0, max: 1e9, noNaN: true }).map((value) => value + 0),
      ),
      currency: fc.constantFrom('USD', 'CAD', 'EUR'),
      approximate: maybe(fc.boolean()),
      period: maybe(fc.record({ start: date, end: date })),
      to: funds.length ? maybe(fc.constantFrom(...funds)) : fc.constant(undefined),
      note: maybe(Text),
      sources: refs,
    })
    .map(clean);
}

export const missions: fc.Arbitrary<Json> = fc
  .record({
    sourceIds: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
    countries: fc.uniqueArray(fc.constantFrom(...COUNTRIES), { maxLength: 3 }),
    organisations: fc.uniqueArray(
      id.map((name) => `org-${name}`),
      { maxLength: 2 },
    ),
    funds: fc.uniqueArray(
      id.map((name) => `fund-${name}`),
      { maxLength: 2 },
    ),
  })
  .chain(({ sourceIds, countries, organisations, funds }) => {
    const refs = fc.subarray(sourceIds, { minLength: 1 });
    const contributorIds = [...countries, ...organisations];
    const country = (code: string) =>
      fc
        .record({
          left: maybe(date),
          personnel: figures(refs),
          funding: fc.array(money(refs, funds), { maxLength: 2 }),
        })
        .map((rest) => clean({ id: code, type: 'country', country: code, ...rest }));
    const organisation = (name: string) =>
      fc
        .record({
          name: Text,
          shortName: maybe(Text),
          note: maybe(Text),
          personnel: figures(refs),
          funding: fc.array(money(refs, funds), { maxLength: 2 }),
        })
        .map((rest) => clean({ id: name, type: 'organisation', ...rest }));
    return fc.record({
      version: fc.constant(2),
      id,
      name: Text,
      host: maybe(fc.constantFrom('HT', 'SO')),
      updated: day,
      language: fc.constantFrom('en', 'fr'),
      labels: maybe(fc.record({ personnel: Text })),
      sources: fc.tuple(
        ...sourceIds.map((sourceId) =>
          fc
            .record({ publisher: word, title: Text, date: maybe(date), author: maybe(word) })
            .map((rest) => clean({ id: sourceId, ...rest, url: `https://example.org/${sourceId}?a=1,2` })),
        ),
      ),
      phases: fc.uniqueArray(
        fc
          .record({
            id,
            name: Text,
            shortName: maybe(Text),
            start: date,
            end: maybe(date),
            leads: fc.subarray(contributorIds),
            leadership: maybe(Text),
            decisions: fc.array(
              fc
                .record({
                  date,
                  body: Text,
                  name: Text,
                  vote: maybe(fc.record({ for: count, against: count, abstain: count })),
                  sources: refs,
                  note: maybe(Text),
                })
                .map(clean),
              { maxLength: 2 },
            ),
            ceilings: fc.array(
              fc
                .record({
                  date,
                  kind: fc.constantFrom('uniformed', 'civilian', 'total'),
                  count,
                  planned: maybe(fc.boolean()),
                  sources: refs,
                  note: maybe(Text),
                })
                .map(clean),
              { maxLength: 2 },
            ),
            sources: refs,
            note: maybe(Text),
          })
          .map(clean),
        { minLength: 1, maxLength: 2, selector: (phase) => phase.id },
      ),
      contributors: fc.tuple(...countries.map(country), ...organisations.map(organisation)),
      totals: figures(refs).map((list) => list.map(({ change: _, ...total }) => total)),
      funds: fc.tuple(
        ...funds.map((fundId) =>
          fc
            .record({
              name: Text,
              money: fc.array(money(refs, funds), { maxLength: 2 }),
              note: maybe(Text),
              sources: fc.subarray(sourceIds),
            })
            .map((rest) => clean({ id: fundId, ...rest })),
        ),
      ),
      casualties: contributorIds.length
        ? fc.array(
            fc
              .record({
                date,
                contributor: fc.constantFrom(...contributorIds),
                killed: maybe(count),
                injured: maybe(count),
                missing: maybe(count),
                wasMissing: maybe(count),
                note: maybe(Text),
                sources: refs,
              })
              .map(clean),
            { maxLength: 2 },
          )
        : fc.constant([]),
      events: fc.uniqueArray(
        fc
          .record({
            id,
            date,
            title: Text,
            summary: maybe(Text),
            category: fc.constantFrom('crisis', 'mandate', 'deployment', 'other'),
            countries: fc.subarray(COUNTRIES),
            sources: refs,
          })
          .map(clean),
        { maxLength: 4, selector: (event) => event.id },
      ),
    });
  })
  .map(clean);
