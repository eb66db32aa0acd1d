import { expect } from '@open-wc/testing';
import {
  asOfDay,
  contributorRows,
  contributorView,
  oneOf,
  moneyText,
  shownMoney,
  SHOW_OPTIONS,
  SORT_ORDERS,
  type RowQuery,
} from '../../src/views/contributor-list.js';
import type { MissionData } from '../../src/data/schema.js';
import { readScope } from '../../src/views/scope.js';
import { loadLanguage, UI_LOCALES } from '../../src/i18n/languages.js';
import { validateMission } from '../../src/data/validate.js';
import { shippedCopy } from '../data/fixtures.js';
import story from '../../data/haiti-mss.json' with { type: 'json' };

const mission = validateMission(shippedCopy()).data as MissionData;
const codes = (query: Partial<RowQuery>) =>
  contributorRows(mission, { locale: 'en', ...query }).map(({ id }) => id);

describe('contributor rows', () => {
  it('give each contributor its figures by status, first arrival and sources', () => {
    const [kenya, jamaica] = contributorRows(mission, { locale: 'en' });
    expect(kenya).to.deep.include({ id: 'KE', name: 'Kenya', role: 'lead', kind: 'police' });
    expect(kenya.personnel.deployed).to.deep.include({ low: 382, approximate: false });
    expect(kenya.personnel.preparing?.low).to.equal(600);
    expect(kenya.personnel.pledged?.low).to.equal(1000);
    expect(kenya.arrival).to.equal('2024-06-25');
    // The figures' sources in status order, then the first arrival's.
    expect(kenya.sources).to.deep.equal([
      'standard-2024-09-26',
      'nation-2024-09-21',
      'kbc-2023-07-30',
      'ap-2024-07-16',
    ]);
    expect(jamaica.personnel.deployed).to.deep.include({ low: 24, approximate: true });
    expect(jamaica.personnel.preparing).to.equal(undefined);
    expect(jamaica.arrival).to.equal('2024-09-12');
    expect(jamaica.sources).to.deep.equal(['ap-2024-09-12', 'observer-2024-09-13']);
  });

  it('give a funding-only contributor its latest funding and no personnel', () => {
    const us = contributorRows(mission, { locale: 'en', contributors: ['US'] })[0];
    expect(us.personnel).to.deep.equal({});
    expect(us.arrival).to.equal(undefined);
    expect(us.funding).to.deep.equal([
      {
        status: 'pledged',
        currency: 'USD',
        amount: 300_000_000,
        approximate: false,
        date: '2024-03-11',
        period: undefined,
        to: undefined,
        note: { en: 'Total after a further pledge.', fr: 'Total après une nouvelle promesse.' },
        sources: ['reuters-2024-03-11'],
      },
    ]);
    expect(us.sources).to.deep.equal(['reuters-2024-03-11']);
  });

  const orders: [Partial<RowQuery>, string[]][] = [
    [{}, ['KE', 'JM', 'BZ', 'CA', 'US']],
    [{ sort: 'personnel' }, ['KE', 'JM', 'BZ', 'CA', 'US']],
    [{ sort: 'arrival' }, ['KE', 'BZ', 'JM', 'CA', 'US']],
    [{ sort: 'name' }, ['BZ', 'CA', 'JM', 'KE', 'US']],
    // "États-Unis" sorts with the E's in French, not after the Z's.
    [{ sort: 'name', locale: 'fr' }, ['BZ', 'CA', 'US', 'JM', 'KE']],
    [{ sort: 'name', locale: 'es' }, ['BZ', 'CA', 'US', 'JM', 'KE']],
    [{ show: 'personnel' }, ['KE', 'JM', 'BZ']],
    [{ show: 'funding' }, ['CA', 'US']],
    [{ contributors: ['US', 'JM'] }, ['JM', 'US']],
    [{ contributors: ['FR'] }, []],
    [{ asOf: '2024-09-01' }, ['KE', 'CA', 'US']],
    [{ asOf: '2024-09-11' }, ['KE', 'BZ', 'CA', 'US']],
    [{ asOf: '2023-08-01' }, ['KE']],
    [{ asOf: '2023-07-28' }, []],
    // Before any arrival, every row is without one: by name.
    [{ asOf: '2024-06-01', sort: 'arrival' }, ['KE', 'US']],
  ];
  for (const [query, expected] of orders) {
    it(`${JSON.stringify(query)} lists ${expected.join(', ') || 'nothing'}`, () => {
      expect(codes(query)).to.deep.equal(expected);
    });
  }

  it('show the list as it stood on a day', () => {
    const [kenya] = contributorRows(mission, { locale: 'en', asOf: '2024-07-01' });
    expect(kenya.personnel.deployed).to.deep.include({ low: 200, approximate: true });
    expect(kenya.personnel.preparing).to.equal(undefined);
  });

  it('leave out what a show option hides, sources included', () => {
    const funded = shippedCopy();
    funded.contributors[0].funding = [
      { date: '2024-01-01', status: 'received', amount: 5e6, currency: 'KES', sources: ['un-sc-15432'] },
    ];
    const data = validateMission(funded).data as MissionData;
    const kenya = (show: RowQuery['show']) =>
      contributorRows(data, { locale: 'en', show, contributors: ['KE'] })[0];
    expect(kenya('funding').personnel).to.deep.equal({});
    expect(kenya('funding').arrival).to.equal(undefined);
    expect(kenya('funding').sources).to.deep.equal(['un-sc-15432']);
    expect(kenya('personnel').funding).to.deep.equal([]);
    expect(kenya('personnel').sources).not.to.include('un-sc-15432');
    expect(kenya('all').funding).to.have.length(1);
    expect(kenya('all').sources.at(-1)).to.equal('un-sc-15432');
  });
});

describe('contributor view', () => {
  const views: [Record<string, string>, string[], { personnel: number; funding: number }][] = [
    [{}, ['deployed', 'preparing', 'pledged', 'funding', 'sources'], { personnel: 3, funding: 2 }],
    [{ show: 'personnel' }, ['deployed', 'preparing', 'pledged', 'sources'], { personnel: 3, funding: 2 }],
    [{ show: 'funding' }, ['funding', 'sources'], { personnel: 3, funding: 2 }],
    [
      { show: 'nonsense' },
      ['deployed', 'preparing', 'pledged', 'funding', 'sources'],
      { personnel: 3, funding: 2 },
    ],
    [
      { country: 'ke us' },
      ['deployed', 'preparing', 'pledged', 'funding', 'sources'],
      { personnel: 1, funding: 1 },
    ],
    [
      { asOf: '2024-09' },
      ['deployed', 'preparing', 'pledged', 'funding', 'sources'],
      { personnel: 3, funding: 2 },
    ],
    [
      { asOf: '2024-09-01' },
      ['deployed', 'preparing', 'pledged', 'funding', 'sources'],
      { personnel: 1, funding: 2 },
    ],
  ];
  for (const [settings, columns, counts] of views) {
    it(`${JSON.stringify(settings)} has columns ${columns.join(' ')} and counts ${JSON.stringify(counts)}`, () => {
      const view = contributorView(mission, { locale: 'en', ...settings });
      expect(view.columns).to.deep.equal(columns);
      expect(view.counts).to.deep.equal({ ...counts, organisations: { personnel: 0, funding: 0 } });
    });
  }

  it('reads its settings as the attributes give them', () => {
    const view = contributorView(mission, {
      locale: 'fr',
      sort: 'name',
      country: 'us jm',
      asOf: '2024-09-30',
    });
    expect(view.show).to.equal('all');
    expect(view.rows.map(({ name }) => name)).to.deep.equal(['États-Unis', 'Jamaïque']);
  });
});

describe('contributor list summary', () => {
  // Personnel only: the money the data has not recorded yet by the day (Kenya's pledge of July
  // 2023, before any country's funding), or a dataset of personnel alone.
  const peopleOnly: MissionData = {
    ...mission,
    funds: [],
    contributors: mission.contributors.filter((c) => c.personnel.length > 0),
  };
  // Funding only: a dataset of money alone.
  const moneyOnly: MissionData = {
    ...mission,
    contributors: mission.contributors.filter((c) => c.personnel.length === 0),
  };
  const cases: [string, MissionData, string, string][] = [
    ['en', mission, '2023-08-31', 'Kenya contributes personnel. No funding recorded as of August 31, 2023.'],
    [
      'fr',
      mission,
      '2023-08-31',
      'Le Kenya fournit du personnel. Aucun financement enregistré au 31 août 2023.',
    ],
    ['ht', mission, '2023-08-31', 'Kenya bay pèsonèl. Pa gen lajan ki anrejistre nan dat 31 out 2023.'],
    [
      'es',
      mission,
      '2023-08-31',
      'Kenia aporta personal. Sin financiación registrada al 31 de agosto de 2023.',
    ],
    [
      'sw',
      mission,
      '2023-08-31',
      'Kenya inachangia askari. Hakuna fedha zilizorekodiwa kufikia 31 Agosti 2023.',
    ],
    [
      'en',
      peopleOnly,
      '2024-09-30',
      '3 countries contribute personnel. No funding recorded as of September 30, 2024.',
    ],
    [
      'en',
      moneyOnly,
      '2024-09-30',
      'No personnel recorded as of September 30, 2024. 2 countries contribute funding.',
    ],
    [
      'fr',
      moneyOnly,
      '2024-09-30',
      'Aucun personnel enregistré au 30 septembre 2024. 2 pays contribuent au financement.',
    ],
  ];
  for (const [locale, data, asOf, expected] of cases) {
    const which =
      data === mission ? 'the shipped data' : data === peopleOnly ? 'personnel only' : 'funding only';
    it(`${locale}, ${which}, as of ${asOf}: "${expected}"`, async () => {
      await loadLanguage(locale);
      const view = contributorView(data, { locale, asOf });
      expect(view.rows, 'rows to list').not.to.be.empty;
      expect(view.empty).to.equal(undefined);
      expect(view.summary).to.equal(expected);
    });
  }

  it('still counts a kind the data records only as zero', () => {
    const withdrawn: MissionData = {
      ...peopleOnly,
      contributors: [
        {
          ...peopleOnly.contributors[0],
          funding: [{ date: '2024-01-01', status: 'pledged', amount: 0, currency: 'USD', sources: [] }],
        },
      ],
    };
    expect(contributorView(withdrawn, { locale: 'en', asOf: '2024-09-30' }).summary).to.match(
      /0 countries contribute funding\.$/,
    );
  });
});

describe('contributor view of the shipped story', () => {
  const latest = validateMission(structuredClone(story)).data as MissionData;

  it("numbers the fund line's sources first, its figures' then its own, then the rows'", () => {
    const view = contributorView(latest, { locale: 'en' });
    expect(view.funds.map(({ name, sources }) => ({ name, sources }))).to.deep.equal([
      {
        name: 'UN trust fund for the MSS',
        sources: ['kbc-2025-02', 'sputnik-2025-12-09', 'reuters-2024-10-11'],
      },
    ]);
    expect(view.funds[0].note).to.deep.equal(latest.funds[0].note);
    expect(view.footnotes.slice(0, 3)).to.deep.equal(view.funds[0].sources);
    expect(view.footnotes.slice(3)).to.deep.equal([
      ...new Set(view.rows.flatMap((row) => row.sources).filter((id) => !view.funds[0].sources.includes(id))),
    ]);
  });

  const fundName = (id: string) => (id === 'un-trust-fund' ? 'UN trust fund for the MSS' : undefined);
  const shown: [string, string, string[]][] = [
    [
      'CA',
      'en',
      [
        '86.2 million Canadian dollars pledged to the UN trust fund for the MSS',
        '40 million Canadian dollars pledged',
        '61 million US dollars received',
      ],
    ],
    [
      'US',
      'en',
      [
        '300 million US dollars pledged',
        '40.7 million US dollars committed',
        '15 million US dollars received',
        '13.3 million US dollars frozen',
      ],
    ],
  ];
  for (const [id, locale, expected] of shown) {
    it(`shows ${id}'s amounts in ${locale}, the fund named only beside another of its status`, () => {
      const [row] = contributorRows(latest, { locale, contributors: [id] });
      expect(
        row.funding.map((money) => shownMoney(money, row.funding, locale, fundName).join('')),
      ).to.deep.equal(expected);
    });
  }

  // Each language's amount, whole, and the words its fund message adds, apart: the table keeps the
  // amount on one line and runs the fund's words on beside it, in the language's order.
  for (const locale of UI_LOCALES) {
    it(`gives Canada's first pledge in ${locale} as the fund's words and the amount whole, in the language's order`, async () => {
      await loadLanguage(locale);
      const [row] = contributorRows(latest, { locale, contributors: ['CA'] });
      const [money] = row.funding;
      const [before, amount, after] = shownMoney(money, row.funding, locale, fundName);
      expect(amount, 'the amount alone').to.equal(moneyText(money, locale));
      expect(before + amount + after).to.equal(moneyText(money, locale, 'UN trust fund for the MSS'));
      expect(before + after, "the fund's words").to.include('UN trust fund for the MSS');
    });
  }
});

describe('contributor list attributes', () => {
  const days: [string | undefined, string | undefined][] = [
    ['2024-09-01', '2024-09-01'],
    ['2024-09', '2024-09-30'],
    ['2024', '2024-12-31'],
    ['2024-02-30', undefined],
    ['yesterday', undefined],
    ['', undefined],
    [undefined, undefined],
  ];
  for (const [value, day] of days) {
    it(`as-of ${JSON.stringify(value)} means ${day ?? 'the latest'}`, () => {
      expect(asOfDay(value)).to.equal(day);
    });
  }

  // Countries by code in any case, organisations by id: matched without regard to case.
  const named: [string | undefined, string[]][] = [
    ['KE JM', ['KE', 'JM']],
    [' ke\n  jm ', ['KE', 'JM']],
    ['KE,JM', ['KE', 'JM']],
    ['', []],
    [undefined, []],
  ];
  for (const [value, expected] of named) {
    it(`country ${JSON.stringify(value)} names ${JSON.stringify(expected)}`, () => {
      expect(readScope({ country: value }).contributors?.map((id) => id.toUpperCase())).to.deep.equal(
        expected,
      );
    });
  }

  it('fall back to the default for an unknown sort or show', () => {
    expect(oneOf('arrival', SORT_ORDERS)).to.equal('arrival');
    expect(oneOf('size', SORT_ORDERS)).to.equal('personnel');
    expect(oneOf('funding', SHOW_OPTIONS)).to.equal('funding');
    expect(oneOf(undefined, SHOW_OPTIONS)).to.equal('all');
  });
});
