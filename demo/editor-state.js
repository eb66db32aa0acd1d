/**
 * The editor's state: the mission as tables (file name → rows of cells, the header first), the
 * file it was opened from, and their copy in local storage, so that a reload loses nothing until
 * the editor downloads the result or discards the edits.
 */
import { missionToRows, parseCsv, tableFileName, TABLE_FILES } from '../dist/tables.js';

const KEY = 'mission-widgets-editor';

/** @typedef {Record<string, string[][]>} Tables */

/** @returns {{ tables: Tables, name: string, savedAt: string } | undefined} */
export function restore() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (saved && typeof saved === 'object' && saved.tables && typeof saved.name === 'string') return saved;
  } catch {
    // A broken or foreign entry is not ours to read.
  }
  return undefined;
}

export function save(tables, name) {
  try {
    localStorage.setItem(KEY, JSON.stringify({ tables, name, savedAt: new Date().toISOString() }));
    return true;
  } catch {
    return false;
  }
}

export function forget() {
  localStorage.removeItem(KEY);
}

/** Every table of the template, the missing ones blank. */
export function complete(tables) {
  const blank = missionToRows({});
  return Object.fromEntries(TABLE_FILES.map((file) => [file, tables[file] ?? blank[file]]));
}

/**
 * Reads dropped or chosen files: a mission file gives every table; CSV files replace their tables.
 * @returns {Promise<{ tables?: Tables, name?: string, notes: string[] }>}
 */
export async function readFiles(files, current) {
  const notes = [];
  let tables = current ? { ...current } : undefined;
  let name;
  for (const file of files) {
    const text = await file.text();
    if (/\.json$/i.test(file.name) || file.type === 'application/json') {
      try {
        tables = missionToRows(JSON.parse(text.replace(/^\uFEFF/, '')));
        name = file.name;
      } catch (cause) {
        notes.push(
          `${file.name}: cannot be read as JSON (${cause instanceof Error ? cause.message : cause})`,
        );
      }
      continue;
    }
    const table = tableFileName(file.name);
    if (!table) {
      notes.push(
        /\.(xlsx|xls|ods|numbers)$/i.test(file.name)
          ? `${file.name}: a workbook is not read; save each sheet as CSV (UTF-8) and drop those`
          : `${file.name}: not a table of the template (${TABLE_FILES.join(', ')}), ignored`,
      );
      continue;
    }
    tables = { ...(tables ?? {}), [table]: parseCsv(text).records.map((record) => record.cells) };
    name ??= 'mission.json';
  }
  return { tables: tables && complete(tables), name, notes };
}
