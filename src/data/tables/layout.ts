/**
 * The spreadsheet template: which tables a mission file becomes, and their columns, named in
 * plain words. Reading (`read.ts`) and writing (`write.ts`) both follow this one description.
 */
import * as cell from './cells.js';
import type { Cell } from './cells.js';

export interface Column {
  /** The header an editor sees; a text column takes a language: `title (en)`. */
  name: string;
  /** Where the value goes in the row's object (the mission file's key, mostly). */
  field: string;
  read: (raw: string) => Cell<unknown>;
  /** A text, which may be given in one column per language. */
  text?: boolean;
  required?: boolean;
}

export interface Table {
  file: string;
  /** What one row is, for README and the editor's page. */
  row: string;
  columns: Column[];
}

const PERSONNEL_STATUSES = ['pledged', 'preparing', 'deployed'];
const PERSONNEL_KINDS = ['police', 'military', 'civilian', 'mixed'];
const CHANGES = ['arrival', 'rotation', 'drawdown', 'withdrawal'];
const MONEY_STATUSES = ['pledged', 'committed', 'received', 'frozen', 'withdrawn'];
const CEILING_KINDS = ['uniformed', 'civilian', 'total'];

const col = (name: string, field: string, read: Column['read'], required = false): Column => ({
  name,
  field,
  read,
  required,
});
const text = (name: string, field: string, required = false): Column => ({
  name,
  field,
  read: cell.plain,
  text: true,
  required,
});
const sources = col('sources', 'sources', cell.ids, true);
/** Sources of a whole phase or fund, which may also be cited entry by entry. */
const ownSources = col('sources', 'sources', cell.ids);
const note = text('note', 'note');

/** Columns shared by a personnel figure and a mission total (whose status is `deployed` unless said). */
const figure = (total = false): Column[] => [
  col('date', 'date', cell.partialDate, true),
  col('status', 'status', cell.choice(PERSONNEL_STATUSES), !total),
  col('kind', 'kind', cell.choice(PERSONNEL_KINDS)),
  col('count', 'count', cell.wholeNumber),
  col('up to', 'upTo', cell.wholeNumber),
  col('approximate', 'approximate', cell.yesNo),
  col('present', 'present', cell.yesNo),
  ...(total ? [] : [col('change', 'change', cell.choice(CHANGES))]),
  col('alternative', 'alternative', cell.yesNo),
  sources,
  note,
];

/** `mission.csv` is two columns, `field` and `value`: its fields are these, one a row. */
export const MISSION_FIELDS: Column[] = [
  col('schema', '$schema', cell.plain),
  col('version', 'version', cell.wholeNumber),
  col('id', 'id', cell.id, true),
  text('name', 'name', true),
  col('host', 'host', cell.country),
  col('updated', 'updated', cell.day, true),
  col('language', 'language', cell.languageTag, true),
  text('personnel word', 'labels.personnel'),
];

export const TABLES: Table[] = [
  {
    file: 'sources.csv',
    row: 'a source: an article, a report or a record that figures and events cite by its id',
    columns: [
      col('id', 'id', cell.id, true),
      col('publisher', 'publisher', cell.plain, true),
      text('title', 'title', true),
      col('url', 'url', cell.url, true),
      col('date', 'date', cell.partialDate),
      col('author', 'author', cell.plain),
    ],
  },
  {
    file: 'phases.csv',
    row: 'a phase of the mission, in date order: its name, dates and lead nations',
    columns: [
      col('id', 'id', cell.id, true),
      text('name', 'name', true),
      text('short name', 'shortName'),
      col('start', 'start', cell.partialDate, true),
      col('end', 'end', cell.partialDate),
      col('leads', 'leads', cell.ids),
      text('leadership', 'leadership'),
      ownSources,
      note,
    ],
  },
  {
    file: 'decisions.csv',
    row: 'a decision that authorises a phase (a resolution, a vote)',
    columns: [
      col('phase', 'phase', cell.id, true),
      col('date', 'date', cell.partialDate, true),
      text('body', 'body', true),
      text('name', 'name', true),
      col('votes for', 'for', cell.wholeNumber),
      col('votes against', 'against', cell.wholeNumber),
      col('abstentions', 'abstain', cell.wholeNumber),
      sources,
      note,
    ],
  },
  {
    file: 'ceilings.csv',
    row: "a phase's authorised ceiling of one kind of personnel, from a date",
    columns: [
      col('phase', 'phase', cell.id, true),
      col('date', 'date', cell.partialDate, true),
      col('kind', 'kind', cell.choice(CEILING_KINDS), true),
      col('count', 'count', cell.wholeNumber, true),
      col('planned', 'planned', cell.yesNo),
      sources,
      note,
    ],
  },
  {
    file: 'contributors.csv',
    row: 'a country or an organisation that sends people or money',
    columns: [
      col('id', 'id', cell.id, true),
      col('type', 'type', cell.choice(['country', 'organisation']), true),
      col('country', 'country', cell.country),
      text('name', 'name'),
      text('short name', 'shortName'),
      col('left', 'left', cell.partialDate),
      note,
    ],
  },
  {
    file: 'figures.csv',
    row: "a contributor's personnel figure: how many were pledged, preparing or deployed, as of a date",
    columns: [col('contributor', 'contributor', cell.id, true), ...figure()],
  },
  {
    file: 'totals.csv',
    row: "the mission's own reported strength at a date",
    columns: figure(true),
  },
  {
    file: 'funds.csv',
    row: 'a fund of the mission (a trust fund) that money is paid into',
    columns: [col('id', 'id', cell.id, true), text('name', 'name', true), ownSources, note],
  },
  {
    file: 'money.csv',
    row: "a running total of a contributor's money (or of a fund's own), by status and currency",
    columns: [
      col('contributor', 'contributor', cell.id),
      col('fund', 'fund', cell.id),
      col('date', 'date', cell.partialDate, true),
      col('status', 'status', cell.choice(MONEY_STATUSES), true),
      col('amount', 'amount', cell.amount, true),
      col('currency', 'currency', cell.currency, true),
      col('approximate', 'approximate', cell.yesNo),
      col('period start', 'periodStart', cell.partialDate),
      col('period end', 'periodEnd', cell.partialDate),
      col('paid into', 'to', cell.id),
      sources,
      note,
    ],
  },
  {
    file: 'casualties.csv',
    row: 'mission personnel killed, injured or missing on a date, by contributor',
    columns: [
      col('date', 'date', cell.partialDate, true),
      col('contributor', 'contributor', cell.id, true),
      col('killed', 'killed', cell.wholeNumber),
      col('injured', 'injured', cell.wholeNumber),
      col('missing', 'missing', cell.wholeNumber),
      col('was missing', 'wasMissing', cell.wholeNumber),
      sources,
      note,
    ],
  },
  {
    file: 'events.csv',
    row: 'an event of the story, shown on the timeline',
    columns: [
      col('id', 'id', cell.id, true),
      col('date', 'date', cell.partialDate, true),
      col('category', 'category', cell.plain, true),
      col('countries', 'countries', cell.ids),
      text('title', 'title', true),
      text('summary', 'summary'),
      sources,
    ],
  },
];

export const MISSION_FILE = 'mission.csv';
export const TABLE_FILES = [MISSION_FILE, ...TABLES.map((table) => table.file)];
export const tableNamed = (file: string) => TABLES.find((table) => table.file === file);

/** Languages first in a table: the mission's own, then the widgets' five, then any other. */
export function languageOrder(first: string | undefined, languages: Iterable<string>): string[] {
  const known = ['en', 'fr', 'ht', 'es', 'sw'];
  const rank = (lang: string) => (lang === first ? -1 : known.includes(lang) ? known.indexOf(lang) : 9);
  return [...new Set(languages)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
