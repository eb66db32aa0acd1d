/**
 * The spreadsheet API without any element: a mission file as CSV tables and back, with every
 * problem at its table, row and column, and what readers will see change between two files.
 */
export * from './data/tables/index.js';
export { describeChanges } from './views/changes.js';
