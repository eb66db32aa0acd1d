/**
 * Tables → mission file. Each cell is read on its own (types, dates, codes), then the rows are
 * put together (figures under their contributor, decisions under their phase) and every
 * reference is checked (sources, contributors, phases, funds). Every value put in the mission
 * remembers the cell it came from, so that the validator's paths can be told as cells too.
 */
import { formatPath, type PathKey } from '../paths.js';
import { isCountryCode, languageTag } from './cells.js';
import { isolate } from '../isolate.js';
import { parseCsv } from './csv.js';
import { MISSION_FIELDS, MISSION_FILE, TABLE_FILES, tableNamed, type Column } from './layout.js';
import type { Place, TableIssue } from './place.js';

type Json = Record<string, unknown>;

/** One row read from a table: its values by field, and the place of each cell. */
interface Row {
  place: Place;
  values: Json;
  /** `title` or `title.fr` (a text's language) → the cell. */
  cells: Map<string, Place>;
}

export interface ReadResult {
  mission: Json;
  issues: TableIssue[];
  /** The place each value of the mission came from, by its path (`events[3].date`). */
  places: Map<string, Place>;
}

/**
 * The table a file holds, by its name: `figures.csv`, `Figures.CSV`, or a sheet downloaded from
 * Google Sheets as `Haiti mission - figures.csv`.
 */
export function tableFileName(name: string): string | undefined {
  const base = name.split(/[\\/]/).pop()!.toLowerCase();
  const sheet = base.includes(' - ') ? base.slice(base.lastIndexOf(' - ') + 3) : base;
  const file = sheet.endsWith('.csv') ? sheet : `${sheet}.csv`;
  return TABLE_FILES.includes(file) ? file : undefined;
}

function parseHeader(name: string): { base: string; lang?: string } {
  const match = /^(.*?)\s*\(\s*([^()]*?)\s*\)$/.exec(name.trim());
  const base = (match ? match[1] : name).trim().toLowerCase().replace(/\s+/g, ' ');
  return match ? { base, lang: match[2] } : { base };
}

const isBlank = (raw: string) => raw.trim() === '';

class Reader {
  readonly issues: TableIssue[] = [];
  readonly places = new Map<string, Place>();

  error(place: Place, message: string) {
    this.issues.push({ ...place, message, severity: 'error' });
  }
  warning(place: Place, message: string) {
    this.issues.push({ ...place, message, severity: 'warning' });
  }

  /** Reads one value into a row, by its column's kind, reporting what cannot be read. */
  private cell(row: Row, column: Column, header: string, lang: string | undefined, raw: string) {
    const place = { ...row.place, column: header };
    const key = lang === undefined ? column.field : `${column.field}.${lang}`;
    row.cells.set(key, place);
    if (isBlank(raw)) return;
    if (!column.text) {
      const read = column.read(raw.trim());
      if (read.ok) row.values[column.field] = read.value;
      else this.error(place, read.message);
      return;
    }
    const current = row.values[column.field];
    if (lang === undefined ? current !== undefined : typeof current === 'string') {
      this.error(
        place,
        `give the ${column.name} in one column without a language, or in language columns, not both`,
      );
      return;
    }
    row.values[column.field] = lang === undefined ? raw : { ...(current as Json | undefined), [lang]: raw };
  }

  /** Matches a header to a column of the table, or reports it. */
  private column(
    table: string,
    columns: Column[],
    header: string,
  ): { column: Column; lang?: string } | undefined {
    const { base, lang } = parseHeader(header);
    const column = columns.find((candidate) => candidate.name === base);
    const place = { table, row: 1, column: header };
    if (!column || (lang !== undefined && !column.text)) {
      if (!isBlank(header)) this.warning(place, 'unknown column, ignored');
      return undefined;
    }
    if (lang !== undefined && !languageTag(lang).ok) {
      this.error(
        place,
        `expected a language code such as en or fr-CA in brackets, found ${isolate(`'${lang}'`)}`,
      );
      return undefined;
    }
    return { column, lang };
  }

  table(file: string, text: string | undefined): Row[] {
    const spec = tableNamed(file)!;
    if (text === undefined) return [];
    const csv = parseCsv(text);
    if (csv.unclosedQuoteAt !== undefined) {
      this.error({ table: file, row: csv.unclosedQuoteAt }, 'a quoted cell is never closed (a " is missing)');
    }
    // The record a quote left open swallowed the rest of the table: it is not read as a row.
    const [header, ...records] = csv.unclosedQuoteAt === undefined ? csv.records : csv.records.slice(0, -1);
    if (!header) return [];
    const seen = new Set<string>();
    const mapped = header.cells.map((name) => {
      const match = this.column(file, spec.columns, name);
      const key = match && `${match.column.field}.${match.lang ?? ''}`;
      if (key && seen.has(key)) {
        this.error({ table: file, row: 1, column: name }, 'this column is given twice');
        return undefined;
      }
      if (key) seen.add(key);
      return match;
    });
    const headers = new Map<string, string>();
    mapped.forEach(
      (match, index) =>
        match && !headers.has(match.column.field) && headers.set(match.column.field, header.cells[index]),
    );
    const missing = spec.columns.filter((column) => column.required && !headers.has(column.field));
    for (const column of missing) {
      this.error(
        { table: file, row: 1 },
        `missing column '${column.text ? `${column.name} (en)` : column.name}'`,
      );
    }
    const rows: Row[] = [];
    for (const record of records) {
      if (record.cells.every(isBlank)) continue;
      const row: Row = { place: { table: file, row: record.row }, values: {}, cells: new Map() };
      if (record.cells.slice(header.cells.length).some((raw) => !isBlank(raw))) {
        this.error(row.place, 'more cells than the header has columns');
      }
      mapped.forEach((match, index) => {
        if (match) this.cell(row, match.column, header.cells[index], match.lang, record.cells[index] ?? '');
      });
      for (const column of spec.columns) {
        if (column.required && row.values[column.field] === undefined && headers.has(column.field)) {
          const failed = this.issues.some(
            (issue) =>
              issue.table === file && issue.row === record.row && issue.column === headers.get(column.field),
          );
          if (!failed) this.error({ ...row.place, column: headers.get(column.field) }, 'required, but empty');
        }
      }
      rows.push(row);
    }
    return rows;
  }

  /** `mission.csv`: a `field` and a `value` column, one field a row. */
  mission(text: string | undefined): Row {
    const row: Row = { place: { table: MISSION_FILE }, values: {}, cells: new Map() };
    if (text === undefined) {
      this.error(row.place, 'missing: every mission needs this table');
      return row;
    }
    const [header, ...records] = parseCsv(text).records;
    const names = header?.cells.map((name) => name.trim().toLowerCase());
    if (names?.[0] !== 'field' || names[1] !== 'value') {
      this.error({ table: MISSION_FILE, row: 1 }, "expected the columns 'field' and 'value'");
      return row;
    }
    const given = new Set<string>();
    for (const record of records) {
      const [name = '', raw = ''] = record.cells;
      if (isBlank(name) && isBlank(raw)) continue;
      const place = { table: MISSION_FILE, row: record.row };
      const match = this.column(MISSION_FILE, MISSION_FIELDS, name);
      if (!match) continue;
      const key = `${match.column.field}.${match.lang ?? ''}`;
      if (given.has(key))
        this.error({ ...place, column: 'field' }, `${isolate(`'${name.trim()}'`)} is given twice`);
      given.add(key);
      this.cell({ ...row, place }, match.column, 'value', match.lang, raw);
    }
    for (const column of MISSION_FIELDS) {
      if (column.required && row.values[column.field] === undefined) {
        const cell = [...row.cells.entries()].find(
          ([key]) => key.split('.')[0] === column.field.split('.')[0],
        );
        const failed =
          cell && this.issues.some((issue) => issue.table === MISSION_FILE && issue.row === cell[1].row);
        if (!failed)
          this.error(
            cell ? cell[1] : { table: MISSION_FILE },
            `required, but missing: a row '${column.text ? `${column.name} (en)` : column.name}'`,
          );
      }
    }
    return row;
  }

  /**
   * The object a row becomes: its `keys` in this order (a key reads the field `from[key]`, or its
   * own name), each value's place remembered at `path`.
   */
  object(row: Row, path: PathKey[], keys: string[], from: Record<string, string> = {}): Json {
    const out: Json = {};
    this.places.set(formatPath(path), row.place);
    const keyOf = new Map(keys.map((key) => [from[key] ?? key, key]));
    for (const key of keys) {
      const value = row.values[from[key] ?? key];
      if (value !== undefined) out[key] = value;
    }
    for (const [cellKey, place] of row.cells) {
      const [field, ...lang] = cellKey.split('.');
      const key = keyOf.get(field);
      if (key !== undefined) this.places.set(formatPath([...path, key, ...lang]), place);
    }
    return out;
  }

  place(path: PathKey[], place: Place | undefined) {
    if (place) this.places.set(formatPath(path), place);
  }
}

/** Where each row of a table goes, looked up by an id column of another table. */
function index(rows: Row[]): Map<string, number> {
  const ids = new Map<string, number>();
  rows.forEach((row, i) => {
    const id = row.values.id;
    if (typeof id === 'string' && !ids.has(id)) ids.set(id, i);
  });
  return ids;
}

/** A figure's count, range or presence, from the columns count, up to and present. */
function figureFields(reader: Reader, row: Row, path: PathKey[], keys: string[]): Json {
  const out = reader.object(row, path, keys);
  const { count, upTo } = row.values;
  if (upTo !== undefined) {
    if (count === undefined) {
      reader.error(row.cells.get('upTo')!, "an 'up to' needs a count to start from");
    } else {
      delete out.count;
      out.range = [count, upTo];
      reader.place([...path, 'range'], row.cells.get('count'));
      reader.place([...path, 'range', 0], row.cells.get('count'));
      reader.place([...path, 'range', 1], row.cells.get('upTo'));
    }
  }
  return out;
}

const FIGURE_KEYS = [
  'date',
  'status',
  'kind',
  'count',
  'approximate',
  'present',
  'change',
  'note',
  'sources',
];
const ALTERNATIVE_KEYS = ['count', 'approximate', 'note', 'sources'];

/** Figures with their alternatives (rows marked `alternative`: what another source reported). */
function figures(reader: Reader, rows: Row[], path: (row: Row, i: number) => PathKey[]): Json[] {
  const main = rows.filter((row) => row.values.alternative !== true);
  const keyOf = (row: Row) =>
    ['contributor', 'date', 'status', 'kind'].map((field) => row.values[field] ?? '').join('|');
  const out = main.map((row, i) => figureFields(reader, row, path(row, i), FIGURE_KEYS));
  for (const row of rows.filter((candidate) => candidate.values.alternative === true)) {
    const i = main.findIndex((candidate) => keyOf(candidate) === keyOf(row));
    if (i < 0) {
      reader.error(
        row.place,
        'an alternative needs a figure of the same contributor, date, status and kind that is not marked alternative',
      );
      continue;
    }
    for (const field of ['present', 'change']) {
      if (row.values[field] !== undefined && row.cells.has(field))
        reader.error(
          row.cells.get(field)!,
          'leave this empty on an alternative row: the figure it belongs to says it',
        );
    }
    const list = ((out[i].alternatives as Json[] | undefined) ??= []);
    list.push(
      figureFields(reader, row, [...path(main[i], i), 'alternatives', list.length], ALTERNATIVE_KEYS),
    );
  }
  return out.map(({ alternatives, note, sources, ...rest }) => ({
    ...rest,
    ...(alternatives === undefined ? {} : { alternatives }),
    ...(note === undefined ? {} : { note }),
    ...(sources === undefined ? {} : { sources }),
  }));
}

/** Rows grouped under the item of another table they name in `column`. */
function groupBy(reader: Reader, rows: Row[], field: string, ids: Map<string, number>, table: string) {
  const groups = new Map<number, Row[]>();
  for (const row of rows) {
    const id = row.values[field];
    if (typeof id !== 'string') continue;
    const at = ids.get(id);
    if (at === undefined) {
      reader.error(row.cells.get(field)!, `no ${field} ${isolate(`'${id}'`)} in ${table}`);
      continue;
    }
    groups.set(at, [...(groups.get(at) ?? []), row]);
  }
  return groups;
}

export function readTables(files: Readonly<Record<string, string>>): ReadResult {
  const reader = new Reader();
  const texts: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) {
    const file = tableFileName(name);
    if (file) texts[file] = text;
    else reader.warning({ table: name }, `not a table of the template (${TABLE_FILES.join(', ')}), ignored`);
  }
  const head = reader.mission(texts[MISSION_FILE]);
  const table = (file: string) => reader.table(file, texts[file]);
  const sources = table('sources.csv');
  if (texts['sources.csv'] === undefined)
    reader.error({ table: 'sources.csv' }, 'missing: every mission needs this table');
  const phases = table('phases.csv');
  const decisions = table('decisions.csv');
  const ceilings = table('ceilings.csv');
  const contributors = table('contributors.csv');
  const figureRows = table('figures.csv');
  const totals = table('totals.csv');
  const funds = table('funds.csv');
  const money = table('money.csv');
  const casualties = table('casualties.csv');
  const events = table('events.csv');

  const mission: Json = {};
  const values = head.values;
  for (const key of ['$schema', 'version', 'id', 'name', 'host', 'updated', 'language']) {
    if (values[key] !== undefined) mission[key] = values[key];
  }
  if (values['labels.personnel'] !== undefined) mission.labels = { personnel: values['labels.personnel'] };
  for (const [key, place] of head.cells) reader.place(key.split('.'), place);

  mission.sources = sources.map((row, i) =>
    reader.object(row, ['sources', i], ['id', 'publisher', 'title', 'url', 'date', 'author']),
  );

  const phaseIds = index(phases);
  const decisionsOf = groupBy(reader, decisions, 'phase', phaseIds, 'phases.csv');
  const ceilingsOf = groupBy(reader, ceilings, 'phase', phaseIds, 'phases.csv');
  mission.phases = phases.map((row, p) => {
    const path = ['phases', p];
    const phase = reader.object(row, path, [
      'id',
      'name',
      'shortName',
      'start',
      'end',
      'leads',
      'leadership',
    ]);
    phase.leads ??= [];
    const decided = (decisionsOf.get(p) ?? []).map((decision, d) => {
      const at = [...path, 'decisions', d];
      const out = reader.object(decision, at, ['date', 'body', 'name']);
      const votes = ['for', 'against', 'abstain'].filter((field) => decision.values[field] !== undefined);
      if (votes.length === 3) {
        out.vote = Object.fromEntries(votes.map((field) => [field, decision.values[field]]));
        for (const field of votes) reader.place([...at, 'vote', field], decision.cells.get(field));
      } else if (votes.length) {
        reader.error(
          decision.place,
          'give votes for, votes against and abstentions together, or none of them',
        );
      }
      return { ...out, ...reader.object(decision, at, ['sources', 'note']) };
    });
    if (decided.length) phase.decisions = decided;
    const limits = (ceilingsOf.get(p) ?? []).map((ceiling, c) =>
      reader.object(
        ceiling,
        [...path, 'ceilings', c],
        ['date', 'kind', 'count', 'planned', 'sources', 'note'],
      ),
    );
    if (limits.length) phase.ceilings = limits;
    return { ...phase, ...reader.object(row, path, ['sources', 'note']) };
  });

  const contributorIds = index(contributors);
  const figuresOf = groupBy(reader, figureRows, 'contributor', contributorIds, 'contributors.csv');
  const fundIds = index(funds);
  const ownMoney = money.filter((row) => row.values.contributor !== undefined);
  const fundMoney = money.filter(
    (row) => row.values.contributor === undefined && row.values.fund !== undefined,
  );
  for (const row of money) {
    if (row.values.contributor !== undefined && row.values.fund !== undefined) {
      reader.error(row.cells.get('fund')!, 'give a contributor or a fund, not both');
    } else if (
      row.values.contributor === undefined &&
      row.values.fund === undefined &&
      !reader.issues.some((issue) => issue.table === 'money.csv' && issue.row === row.place.row)
    ) {
      reader.error(
        { ...row.place, column: 'contributor' },
        'give the contributor whose money this is, or the fund',
      );
    }
  }
  const moneyEntry = (row: Row, path: PathKey[]) => {
    const out = reader.object(row, path, ['date', 'status', 'amount', 'currency', 'approximate']);
    const { periodStart, periodEnd } = row.values;
    if (periodStart !== undefined && periodEnd !== undefined) {
      out.period = { start: periodStart, end: periodEnd };
      reader.place([...path, 'period', 'start'], row.cells.get('periodStart'));
      reader.place([...path, 'period', 'end'], row.cells.get('periodEnd'));
    } else if (periodStart !== undefined || periodEnd !== undefined) {
      reader.error(row.place, 'give the period start and the period end together, or neither');
    }
    return { ...out, ...reader.object(row, path, ['to', 'note', 'sources']) };
  };
  const moneyOf = groupBy(reader, ownMoney, 'contributor', contributorIds, 'contributors.csv');
  mission.contributors = contributors.map((row, c) => {
    const path = ['contributors', c];
    const contributor = reader.object(row, path, [
      'id',
      'type',
      'country',
      'name',
      'shortName',
      'left',
      'note',
    ]);
    const people = figures(reader, figuresOf.get(c) ?? [], (_, i) => [...path, 'personnel', i]);
    if (people.length || contributor.type === 'country') contributor.personnel = people;
    contributor.funding = (moneyOf.get(c) ?? []).map((entry, m) =>
      moneyEntry(entry, [...path, 'funding', m]),
    );
    reader.place([...path, 'personnel'], row.place);
    reader.place([...path, 'funding'], row.place);
    return contributor;
  });

  const strength = figures(reader, totals, (_, i) => ['totals', i]);
  if (strength.length) mission.totals = strength;

  const moneyOfFund = groupBy(reader, fundMoney, 'fund', fundIds, 'funds.csv');
  const fundList = funds.map((row, f) => {
    const path = ['funds', f];
    const fund = reader.object(row, path, ['id', 'name', 'note', 'sources']);
    fund.money = (moneyOfFund.get(f) ?? []).map((entry, m) => moneyEntry(entry, [...path, 'money', m]));
    return fund;
  });
  if (fundList.length) mission.funds = fundList;
  for (const row of money) {
    const to = row.values.to;
    if (typeof to === 'string' && !fundIds.has(to))
      reader.error(row.cells.get('to')!, `no fund ${isolate(`'${to}'`)} in funds.csv`);
  }

  for (const row of casualties) {
    const id = row.values.contributor;
    if (typeof id === 'string' && !contributorIds.has(id)) {
      reader.error(row.cells.get('contributor')!, `no contributor ${isolate(`'${id}'`)} in contributors.csv`);
    }
  }
  const losses = casualties.map((row, i) =>
    reader.object(
      row,
      ['casualties', i],
      ['date', 'contributor', 'killed', 'injured', 'missing', 'wasMissing', 'note', 'sources'],
    ),
  );
  if (losses.length) mission.casualties = losses;

  mission.events = events.map((row, i) => ({
    countries: [],
    ...reader.object(
      row,
      ['events', i],
      ['id', 'date', 'title', 'summary', 'category', 'countries', 'sources'],
    ),
  }));
  for (const row of events) {
    const codes = (row.values.countries as string[] | undefined) ?? [];
    const unknown = codes.find((code) => !isCountryCode(code));
    if (unknown !== undefined) {
      reader.error(
        row.cells.get('countries')!,
        `expected known two-letter country codes such as KE, found ${isolate(`'${unknown}'`)}`,
      );
    }
  }

  const sourceIds = index(sources);
  const citing = [phases, decisions, ceilings, figureRows, totals, funds, money, casualties, events];
  for (const row of citing.flat()) {
    const cited = (row.values.sources as string[] | undefined) ?? [];
    const missingSource = cited.find((id) => !sourceIds.has(id));
    if (missingSource !== undefined)
      reader.error(row.cells.get('sources')!, `no source ${isolate(`'${missingSource}'`)} in sources.csv`);
  }
  for (const [key, file] of [
    ['sources', 'sources.csv'],
    ['phases', 'phases.csv'],
    ['contributors', 'contributors.csv'],
    ['totals', 'totals.csv'],
    ['funds', 'funds.csv'],
    ['casualties', 'casualties.csv'],
    ['events', 'events.csv'],
  ]) {
    reader.place([key], { table: file });
  }
  return { mission, issues: reader.issues, places: reader.places };
}
