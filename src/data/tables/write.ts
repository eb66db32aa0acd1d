/**
 * Mission file → tables: the inverse of `read.ts`. Every column of the template is written, so
 * that an empty mission gives the blank template; a text becomes one column per language used.
 */
import { writeCsv } from './csv.js';
import { languageOrder, MISSION_FIELDS, MISSION_FILE, TABLES, type Column } from './layout.js';

type Json = Record<string, unknown>;
const asList = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

function format(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.join(' ');
  return String(value);
}

/** The flat rows of each table, as objects keyed by the columns' fields. */
function flatRows(mission: Json): Record<string, Json[]> {
  const phases = asList(mission.phases);
  const contributors = asList(mission.contributors);
  const figure = (entry: Json, extra: Json): Json[] => {
    const range = Array.isArray(entry.range) ? entry.range : undefined;
    const row = { ...extra, ...entry, count: range ? range[0] : entry.count, upTo: range?.[1] };
    const alternatives = asList(entry.alternatives).map((alternative) => ({
      ...figure(alternative, { ...extra, date: entry.date, status: entry.status, kind: entry.kind })[0],
      alternative: true,
    }));
    return [row, ...alternatives];
  };
  const money = (entry: Json, extra: Json): Json => {
    const period = (entry.period ?? {}) as Json;
    return { ...extra, ...entry, periodStart: period.start, periodEnd: period.end };
  };
  const vote = (decision: Json): Json => {
    const { for: yes, against, abstain } = (decision.vote ?? {}) as Json;
    return { ...decision, for: yes, against, abstain };
  };
  return {
    'sources.csv': asList(mission.sources),
    'phases.csv': phases,
    'decisions.csv': phases.flatMap((phase) =>
      asList(phase.decisions).map((d) => ({ phase: phase.id, ...vote(d) })),
    ),
    'ceilings.csv': phases.flatMap((phase) => asList(phase.ceilings).map((c) => ({ phase: phase.id, ...c }))),
    'contributors.csv': contributors,
    'figures.csv': contributors.flatMap((c) =>
      asList(c.personnel).flatMap((f) => figure(f, { contributor: c.id })),
    ),
    'totals.csv': asList(mission.totals).flatMap((total) => figure(total, {})),
    'funds.csv': asList(mission.funds),
    'money.csv': [
      ...contributors.flatMap((c) => asList(c.funding).map((m) => money(m, { contributor: c.id }))),
      ...asList(mission.funds).flatMap((fund) => asList(fund.money).map((m) => money(m, { fund: fund.id }))),
    ],
    'casualties.csv': asList(mission.casualties),
    'events.csv': asList(mission.events),
  };
}

/** The headers of a text column: `title` for plain texts, `title (fr)` for each language used. */
function textHeaders(column: Column, values: unknown[], language: string | undefined): string[] {
  const plain = values.some((value) => typeof value === 'string');
  const languages = values.flatMap((value) => (value && typeof value === 'object' ? Object.keys(value) : []));
  const ordered = languageOrder(language, languages.length || plain ? languages : [language ?? 'en']);
  return [...(plain ? [column.name] : []), ...ordered.map((lang) => `${column.name} (${lang})`)];
}

function cellOf(row: Json, column: Column, header: string): string {
  const value = row[column.field];
  if (!column.text) return format(value);
  if (header === column.name) return typeof value === 'string' ? value : '';
  const lang = header.slice(column.name.length + 2, -1);
  return value && typeof value === 'object' ? format((value as Json)[lang]) : '';
}

/** The mission as tables: file name → rows of cells, the header first. */
export function missionToRows(mission: Json): Record<string, string[][]> {
  const language = typeof mission.language === 'string' ? mission.language : undefined;
  const tables: Record<string, string[][]> = {};
  const head: Json = { ...mission, 'labels.personnel': (mission.labels as Json | undefined)?.personnel };
  const missionRows = [['field', 'value']];
  for (const column of MISSION_FIELDS) {
    if (!column.text) {
      if (head[column.field] !== undefined || column.required)
        missionRows.push([column.name, format(head[column.field])]);
      continue;
    }
    if (head[column.field] === undefined && !column.required) continue;
    for (const header of textHeaders(column, [head[column.field]], language)) {
      missionRows.push([header, cellOf(head, column, header)]);
    }
  }
  tables[MISSION_FILE] = missionRows;
  const rows = flatRows(mission);
  for (const table of TABLES) {
    const list = rows[table.file];
    const columns = table.columns.flatMap((column) =>
      column.text
        ? textHeaders(
            column,
            list.map((row) => row[column.field]).filter((value) => value !== undefined),
            language,
          ).map((header) => ({ column, header }))
        : [{ column, header: column.name }],
    );
    tables[table.file] = [
      columns.map(({ header }) => header),
      ...list.map((row) => columns.map(({ column, header }) => cellOf(row, column, header))),
    ];
  }
  return tables;
}

/** The mission as CSV files: file name → text. */
export function missionToTables(mission: Json): Record<string, string> {
  return Object.fromEntries(
    Object.entries(missionToRows(mission)).map(([file, rows]) => [file, writeCsv(rows)]),
  );
}
