/** Where a problem is in a set of tables, and the line an editor reads about it. */
import { isolate } from '../isolate.js';

export interface Place {
  /** The table's file name, as in `figures.csv`. */
  table: string;
  /** The spreadsheet row: the header is row 1, the first figure row 2. */
  row?: number;
  /** The column's header, as the table writes it. */
  column?: string;
}

export interface TableIssue extends Place {
  message: string;
  severity: 'error' | 'warning';
}

/** `figures.csv row 14, column count: expected a whole number, found '1.000'`. */
export function formatTableIssue(issue: TableIssue): string {
  const row = issue.row === undefined ? '' : ` row ${issue.row}`;
  // A column is named by the file's own header: data, isolated like every quoted value.
  const column = issue.column === undefined ? '' : `${row ? ',' : ''} column ${isolate(issue.column)}`;
  return `${issue.table}${row}${column}: ${issue.message}`;
}
