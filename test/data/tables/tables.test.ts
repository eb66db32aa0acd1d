import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  differences,
  formatTableIssue,
  importTables,
  missionToRows,
  missionToTables,
  readTables,
  writeCsv,
  type Checked,
} from '../../../src/data/tables/index.js';
import { validateMission } from '../../../src/data/validate.js';
import shipped from '../../../data/haiti-mss.json' with { type: 'json' };
import other from '../../fixtures/missions/other-mission.json' with { type: 'json' };
import fixture from './mission-v2.json' with { type: 'json' };
import { missions } from './arbitrary.js';

type Json = Record<string, unknown>;
const mission = () => structuredClone(fixture) as Json;
const noProblems = (): Checked => ({ errors: [], warnings: [] });
const lines = (files: Record<string, string>, severity = 'error') =>
  readTables(files)
    .issues.filter((issue) => issue.severity === severity)
    .map(formatTableIssue);

/** The fixture's tables with one cell changed, by table, spreadsheet row and column header. */
function tablesWith(file: string, row: number, column: string, value: string): Record<string, string> {
  const tables = missionToRows(mission());
  const rows = tables[file];
  const at = rows[0].indexOf(column);
  if (at < 0) throw new Error(`no column ${column} in ${file}`);
  rows[row - 1][at] = value;
  return Object.fromEntries(Object.entries(tables).map(([name, cells]) => [name, writeCsv(cells)]));
}

describe('tables ↔ mission file', () => {
  it('reads back exactly the mission it wrote', () => {
    const result = importTables(missionToTables(mission()), noProblems);
    expect(result.issues.map(formatTableIssue)).to.deep.equal([]);
    expect(differences(result.mission, mission())).to.deep.equal([]);
  });

  for (const [name, file] of [
    ['the shipped Haiti file', shipped],
    ['the other-mission fixture (no lead nation, organisations, ranges)', other],
  ] as const) {
    it(`round-trips ${name} through the tables and the validator unchanged`, () => {
      const result = importTables(missionToTables(structuredClone(file)), validateMission);
      expect(result.ok, result.issues.map(formatTableIssue).join('\n')).to.equal(true);
      // The file's own warnings, now told as cells (other-mission has more deployed than pledged).
      expect(result.issues).to.have.length(validateMission(structuredClone(file)).warnings.length);
      expect(differences(file, result.mission)).to.deep.equal([]);
    });
  }

  it('writes the blank template for an empty mission: every table, every column', () => {
    const tables = missionToRows({});
    expect(Object.keys(tables)).to.have.length(12);
    expect(tables['figures.csv']).to.deep.equal([
      [
        'contributor',
        'date',
        'status',
        'kind',
        'count',
        'up to',
        'approximate',
        'present',
        'change',
        'alternative',
        'sources',
        'note (en)',
      ],
    ]);
    expect(tables['mission.csv'].map((row) => row[0])).to.deep.equal([
      'field',
      'id',
      'name (en)',
      'updated',
      'language',
    ]);
  });

  it('round-trips generated missions unchanged (fast-check)', () => {
    fc.assert(
      fc.property(missions, (generated) => {
        const result = importTables(missionToTables(generated), noProblems);
        expect(result.issues.map(formatTableIssue)).to.deep.equal([]);
        expect(differences(generated, result.mission)).to.deep.equal([]);
      }),
      { numRuns: 150 },
    );
  });

  it("tells the validator's problems as places in the tables", () => {
    const validate = (): Checked => ({
      errors: [
        { path: 'contributors[0].personnel[2].count', message: 'too many', severity: 'error' },
        { path: 'events[1].title.fr', message: 'too long', severity: 'error' },
        { path: 'phases[1]', message: 'overlaps the phase before', severity: 'error' },
        { path: 'updated', message: 'in the future', severity: 'error' },
      ],
      warnings: [{ path: 'contributors[1].personnel[0].range[1]', message: 'wide', severity: 'warning' }],
    });
    const result = importTables(missionToTables(mission()), validate);
    expect(result.ok).to.equal(false);
    expect(result.mission).to.equal(undefined);
    expect(result.issues.map(formatTableIssue)).to.deep.equal([
      'figures.csv row 4, column count: too many',
      'events.csv row 3, column title (fr): too long',
      'phases.csv row 3: phases[1]: overlaps the phase before',
      'mission.csv row 8, column value: in the future',
      'figures.csv row 8, column up to: wide',
    ]);
  });

  it('does not say a problem twice: a cell the tables reported is not reported again by the validator', () => {
    const files = tablesWith('figures.csv', 3, 'count', '1.000');
    const validate = (): Checked => ({
      errors: [{ path: 'contributors[0].personnel[1]', message: 'expected a count', severity: 'error' }],
      warnings: [],
    });
    expect(importTables(files, validate).issues.map(formatTableIssue)).to.deep.equal([
      "figures.csv row 3, column count: expected a whole number, found '1.000'",
    ]);
  });
});

describe('broken spreadsheets', () => {
  const cases: [string, () => Record<string, string>, string][] = [
    [
      'a count written with a thousands point',
      () => tablesWith('figures.csv', 14 - 11, 'count', '1.000'),
      "figures.csv row 3, column count: expected a whole number, found '1.000'",
    ],
    [
      'a count that is a word',
      () => tablesWith('figures.csv', 2, 'count', 'about 400'),
      "figures.csv row 2, column count: expected a whole number, found 'about 400'",
    ],
    [
      'a status misspelt',
      () => tablesWith('figures.csv', 2, 'status', 'Deployed'),
      "figures.csv row 2, column status: expected one of pledged, preparing, deployed, found 'Deployed'",
    ],
    [
      'a yes-or-no cell with something else',
      () => tablesWith('figures.csv', 2, 'approximate', 'maybe'),
      "figures.csv row 2, column approximate: expected yes or no, found 'maybe'",
    ],
    [
      'an unknown country code',
      () => tablesWith('contributors.csv', 3, 'country', 'XX'),
      "contributors.csv row 3, column country: expected a known two-letter country code such as KE, found 'XX'",
    ],
    [
      'the United Kingdom as UK, which ISO 3166-1 does not assign',
      () => tablesWith('contributors.csv', 3, 'country', 'UK'),
      "contributors.csv row 3, column country: expected a known two-letter country code such as KE, found 'UK'",
    ],
    [
      'a withdrawn country code (the Soviet Union)',
      () => tablesWith('contributors.csv', 3, 'country', 'SU'),
      "contributors.csv row 3, column country: expected a known two-letter country code such as KE, found 'SU'",
    ],
    [
      'a country code in small letters',
      () => tablesWith('contributors.csv', 3, 'country', 'jm'),
      "contributors.csv row 3, column country: expected a country code in capitals (JM), found 'jm'",
    ],
    [
      'a figure of a contributor the contributors table does not have',
      () => tablesWith('figures.csv', 2, 'contributor', 'KN'),
      "figures.csv row 2, column contributor: no contributor 'KN' in contributors.csv",
    ],
    [
      'an unknown country among an event’s countries',
      () => tablesWith('events.csv', 2, 'countries', 'HT; XX'),
      "events.csv row 2, column countries: expected known two-letter country codes such as KE, found 'XX'",
    ],
    [
      'a missing source',
      () => tablesWith('events.csv', 3, 'sources', 'kbc-2023-07-30 ap-2099'),
      "events.csv row 3, column sources: no source 'ap-2099' in sources.csv",
    ],
    [
      'a date written day first',
      () => tablesWith('events.csv', 3, 'date', '29/07/2023'),
      "events.csv row 3, column date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found '29/07/2023' (write 2023-07-29)",
    ],
    [
      'a date written month first',
      () => tablesWith('events.csv', 3, 'date', '7/29/2023'),
      "events.csv row 3, column date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found '7/29/2023' (write 2023-07-29)",
    ],
    [
      'a date a spreadsheet reformatted',
      () => tablesWith('events.csv', 3, 'date', 'Jul-23'),
      "events.csv row 3, column date: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found 'Jul-23'",
    ],
    [
      'an update day in another format',
      () => tablesWith('mission.csv', 8, 'value', '30.09.2024'),
      "mission.csv row 8, column value: expected a day as YYYY-MM-DD, found '30.09.2024' (write 2024-09-30)",
    ],
    [
      'a comma as decimal separator',
      () => tablesWith('money.csv', 5, 'amount', '20,5'),
      "money.csv row 5, column amount: expected a number with a point for decimals, found '20,5'",
    ],
    [
      'an amount with thousands separators',
      () => tablesWith('money.csv', 2, 'amount', '100,000,000'),
      "money.csv row 2, column amount: expected a number without thousands separators, found '100,000,000'",
    ],
    [
      'a currency in words',
      () => tablesWith('money.csv', 2, 'currency', 'dollars'),
      "money.csv row 2, column currency: expected a three-letter currency code such as USD, found 'dollars'",
    ],
    [
      'a link that is not a web address',
      () => tablesWith('sources.csv', 2, 'url', 'javascript:alert(1)'),
      "sources.csv row 2, column url: expected a web address starting with https:// or http://, found 'javascript:alert(1)'",
    ],
    [
      'an empty required cell',
      () => tablesWith('events.csv', 2, 'category', ''),
      'events.csv row 2, column category: required, but empty',
    ],
    [
      'a range without its start',
      () => tablesWith('figures.csv', 8, 'count', ''),
      "figures.csv row 8, column up to: an 'up to' needs a count to start from",
    ],
    [
      'a decision for a phase that does not exist',
      () => tablesWith('decisions.csv', 2, 'phase', 'mms'),
      "decisions.csv row 2, column phase: no phase 'mms' in phases.csv",
    ],
    [
      'money of nobody',
      () => tablesWith('money.csv', 2, 'contributor', ''),
      'money.csv row 2, column contributor: give the contributor whose money this is, or the fund',
    ],
    [
      'an alternative figure with no figure to belong to',
      () => tablesWith('figures.csv', 5, 'date', '2024-07-17'),
      'figures.csv row 5: an alternative needs a figure of the same contributor, date, status and kind that is not marked alternative',
    ],
    [
      'a missing column',
      () => {
        const files = missionToTables(mission());
        return { ...files, 'events.csv': files['events.csv'].replace(/^id,date,/, 'id,when,') };
      },
      "events.csv row 1: missing column 'date'",
    ],
    [
      'a quote left open',
      () => {
        const files = missionToTables(mission());
        return { ...files, 'funds.csv': `${files['funds.csv']}"un-other,Other fund\r\n` };
      },
      'funds.csv row 3: a quoted cell is never closed (a " is missing)',
    ],
    [
      'no sources table',
      () => {
        const files = missionToTables(mission());
        delete files['sources.csv'];
        return files;
      },
      'sources.csv: missing: every mission needs this table',
    ],
  ];
  for (const [name, files, message] of cases) {
    it(`reports ${name}`, () => {
      const found = lines(files());
      expect(found, found.join('\n')).to.include(message);
      if (name !== 'no sources table') expect(found).to.have.length(1);
    });
  }

  it('reads a table saved with ";" by a spreadsheet that writes decimals with a comma', () => {
    const files = missionToTables(mission());
    const semicolons = writeCsv(missionToRows(mission())['money.csv']).replace(/,/g, ';');
    expect(lines({ ...files, 'money.csv': semicolons })).to.deep.equal([]);
    expect(lines({ ...files, 'money.csv': semicolons.replace('20.5', '20,5') })).to.deep.equal([
      "money.csv row 5, column amount: expected a number with a point for decimals, found '20,5'",
    ]);
  });

  it('takes sheets downloaded from Google Sheets by their sheet name, and warns of unknown files and columns', () => {
    const files = missionToTables(mission());
    const renamed = Object.fromEntries(
      Object.entries(files).map(([name, text]) => [`Haiti mission - ${name}`, text]),
    );
    const result = importTables({ ...renamed, 'notes.csv': 'a\n' }, noProblems);
    expect(differences(result.mission, mission())).to.deep.equal([]);
    expect(result.issues.map(formatTableIssue)).to.deep.equal([
      'notes.csv: not a table of the template (mission.csv, sources.csv, phases.csv, decisions.csv, ceilings.csv, contributors.csv, figures.csv, totals.csv, funds.csv, money.csv, casualties.csv, events.csv), ignored',
    ]);
    const extra = { ...files, 'events.csv': files['events.csv'].replace(/\r\n/, ',colour\r\n') };
    expect(lines(extra, 'warning')).to.deep.equal([
      'events.csv row 1, column colour: unknown column, ignored',
    ]);
  });
});
