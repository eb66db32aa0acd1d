/**
 * Tables → a checked mission file: the tables' own problems (cells, references) and then the
 * validator's, each told as a place in the tables. A mission comes out only when no error remains.
 */
import type { ValidationIssue } from '../issues.js';
import type { Place, TableIssue } from './place.js';
import { readTables } from './read.js';

type Json = Record<string, unknown>;

/** The validator's answer, as `validateMission` gives it. */
export interface Checked {
  errors: readonly ValidationIssue[];
  warnings: readonly ValidationIssue[];
}

export type ImportResult =
  | { ok: true; mission: Json; issues: TableIssue[] }
  | { ok: false; mission?: undefined; issues: TableIssue[] };

const parent = (path: string) => path.replace(/(?:\.[^.[\]]+|\[\d+\]|\["[^"]*"\])$/, '');

/** The nearest place a validator's path came from: the cell, else its row, else its table. */
export function placeOf(places: ReadonlyMap<string, Place>, path: string): Place {
  for (let at = path; at; at = parent(at)) {
    const place = places.get(at);
    if (place) return place;
    if (parent(at) === at) break;
  }
  return { table: 'mission.csv' };
}

export function importTables(
  files: Readonly<Record<string, string>>,
  validate: (mission: Json) => Checked,
): ImportResult {
  const { mission, issues, places } = readTables(files);
  const checked = validate(mission);
  const failed = issues.filter((issue) => issue.severity === 'error');
  // A value the tables already reported is not reported again in the validator's words.
  const known = (place: Place) =>
    failed.some(
      (issue) =>
        issue.table === place.table &&
        issue.row === place.row &&
        (place.column === undefined || issue.column === undefined || issue.column === place.column),
    );
  const told = [...checked.errors, ...checked.warnings].flatMap((issue): TableIssue[] => {
    const place = placeOf(places, issue.path);
    if (known(place)) return [];
    const where = place.column === undefined && issue.path ? `${issue.path}: ` : '';
    return [{ ...place, message: `${where}${issue.message}`, severity: issue.severity }];
  });
  const all = [...issues, ...told].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  if (all.some((issue) => issue.severity === 'error')) return { ok: false, issues: all };
  return { ok: true, mission, issues: all };
}
