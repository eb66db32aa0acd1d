/**
 * The spreadsheet API without any element: a mission file as CSV tables and back, with every
 * problem at its table, row and column. (What readers will see change between two files is the
 * command line's `diff`: it quotes the widgets' views, which would triple this entry's size.)
 */
export * from './data/tables/index.js';
