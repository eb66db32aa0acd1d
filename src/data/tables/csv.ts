/**
 * A small RFC 4180 reader and writer. Our own rather than a package: the reader must number
 * records as a spreadsheet shows them (a quoted cell may hold line breaks, so lines are not
 * rows), it must guess the separator that spreadsheets in comma-decimal locales write (`;`), and
 * all of it is about 80 lines that both the CLI and the editor's page carry.
 */

/**
 * One record of a CSV file: its cells, and its spreadsheet row (the header is row 1). A cell with
 * a line break is still one row, as a spreadsheet shows it; an empty line is an empty row.
 */
export interface CsvRecord {
  row: number;
  cells: string[];
}

export interface CsvFile {
  separator: ',' | ';' | '\t';
  records: CsvRecord[];
  /** Set when a quoted cell is still open at the end of the text. */
  unclosedQuoteAt?: number;
}

/**
 * The separator of the header line: spreadsheets set to a language that writes decimals with
 * a comma save CSV with `;`, and a table pasted from a spreadsheet arrives with tabs.
 */
function guessSeparator(text: string): CsvFile['separator'] {
  const header = text
    .slice(0, 10_000)
    .replace(/"[^"]*"/g, '')
    .split(/\r?\n/, 1)[0];
  const count = (char: string) => header.split(char).length - 1;
  const commas = count(',');
  if (count('\t') > commas && count('\t') >= count(';')) return '\t';
  return count(';') > commas ? ';' : ',';
}

export function parseCsv(text: string): CsvFile {
  const source = text.replace(/^\uFEFF/, '');
  const separator = guessSeparator(source);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteRow = 0;
  let i = 0;
  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    records.push({ row: records.length + 1, cells });
    cells = [];
  };
  while (i < source.length) {
    const char = source[i];
    if (quoted) {
      if (char === '"' && source[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (char === '"') quoted = false;
      else cell += char;
      i++;
      continue;
    }
    if (char === '"' && cell === '') {
      quoted = true;
      quoteRow = records.length + 1;
    } else if (char === separator) endCell();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRecord();
    } else cell += char;
    i++;
  }
  if (cell !== '' || cells.length || quoted) endRecord();
  for (const record of records) record.cells = record.cells.map(unguard);
  return quoted ? { separator, records, unclosedQuoteAt: quoteRow } : { separator, records };
}

/*
 * Formula injection: a spreadsheet runs a cell that begins with = + - @ (or a tab or a carriage
 * return before one), so a title such as `=HYPERLINK(…)` from a data file would become a live
 * formula on the editor's machine. Such a cell is written after an apostrophe, the spreadsheet
 * sign for "this is text", and the apostrophe is taken off again on reading. A cell that already
 * begins with apostrophes before one of these gets one more, so every text comes back exactly as
 * it was written; a plain number ("-5") runs nothing and is written as it is.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;
const guard = (cell: string) => (FORMULA.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell);
const unguard = (cell: string) => (cell.startsWith("'") && FORMULA.test(cell) ? cell.slice(1) : cell);

const needsQuotes = /[",\r\n;\t]|^\s|\s$/;
const quoted = (cell: string) => (needsQuotes.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

/**
 * CSV text with CRLF line ends, as RFC 4180 says; cells are quoted only when they must be, and
 * never begin with a formula.
 */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((cells) => cells.map((cell) => quoted(guard(cell))).join(','))
    .join('\r\n')
    .concat('\r\n');
}
