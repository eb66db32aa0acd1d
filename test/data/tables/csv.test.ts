import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { parseCsv, writeCsv } from '../../../src/data/tables/csv.js';

const cellsOf = (text: string) => parseCsv(text).records.map((record) => record.cells);
const rowsOf = (text: string) => parseCsv(text).records.map((record) => record.row);

describe('parseCsv', () => {
  const cases: [string, string, string[][]][] = [
    [
      'plain cells',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'CRLF line ends and no final line end',
      'a,b\r\n1,2',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'empty cells',
      ',\n,x\n',
      [
        ['', ''],
        ['', 'x'],
      ],
    ],
    ['quoted separators and doubled quotes', 'a\n"1,5 ""x"""\n', [['a'], ['1,5 "x"']]],
    [
      'a quoted line break',
      'a,b\n"two\nlines",c\n',
      [
        ['a', 'b'],
        ['two\nlines', 'c'],
      ],
    ],
    ['a byte order mark', '\uFEFFid,x\n', [['id', 'x']]],
    [
      'semicolons, as comma-decimal spreadsheets write',
      'id;amount\nx;1,5\n',
      [
        ['id', 'amount'],
        ['x', '1,5'],
      ],
    ],
    [
      'tabs, as a pasted table',
      'id\tcount\nKE\t400\n',
      [
        ['id', 'count'],
        ['KE', '400'],
      ],
    ],
  ];
  for (const [name, text, cells] of cases) {
    it(`reads ${name}`, () => expect(cellsOf(text)).to.deep.equal(cells));
  }

  it('numbers records as spreadsheet rows: a cell with a line break is one row, an empty line a row', () => {
    expect(rowsOf('a\n"x\ny"\nz\n\nw\n')).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('says where a quoted cell is left open', () => {
    expect(parseCsv('a\nok\n"never closed\nmore').unclosedQuoteAt).to.equal(3);
    expect(parseCsv('a\n"closed"\n').unclosedQuoteAt).to.equal(undefined);
  });
});

describe('writeCsv', () => {
  it('quotes only the cells that need it, with CRLF line ends', () => {
    expect(
      writeCsv([
        ['id', 'title'],
        ['a', 'one, "two"'],
        ['b', ' lead'],
      ]),
    ).to.equal('id,title\r\na,"one, ""two"""\r\nb," lead"\r\n');
  });

  it('is read back as it was written, whatever the cells hold (fast-check)', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'é', ',', ';', '"', '\n', '\r', ' ', '\t', '1') });
    const rows = fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(rows, (table) => {
        expect(cellsOf(writeCsv(table))).to.deep.equal(table);
      }),
    );
  });
});
