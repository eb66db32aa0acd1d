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
  return quoted ? { separator, records, unclosedQuoteAt: quoteRow } : { separator, records };
}

const needsQuotes = /[",\r\n;\t]|^\s|\s$/;

/** CSV text with CRLF line ends, as RFC 4180 says; cells are quoted only when they must be. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
  return rows
    .map((cells) =>
      cells.map((cell) => (needsQuotes.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(','),
    )
    .join('\r\n')
    .concat('\r\n');
}
