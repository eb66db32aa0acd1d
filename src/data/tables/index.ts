/** Spreadsheet tables ↔ mission file, for the CLI and the editor's page (no DOM, no Node). */
export { parseCsv, writeCsv, type CsvFile, type CsvRecord } from './csv.js';
export { importTables, placeOf, type Checked, type ImportResult } from './import.js';
export { MISSION_FIELDS, MISSION_FILE, TABLES, TABLE_FILES, type Column, type Table } from './layout.js';
export { formatTableIssue, type Place, type TableIssue } from './place.js';
export { readTables, tableFileName, type ReadResult } from './read.js';
export { canonical, differences } from './same.js';
export { missionToRows, missionToTables } from './write.js';
