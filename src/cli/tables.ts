/// <reference types="node" />
/**
 * `import`, `export` and `diff`: the spreadsheet commands for editors. The work is done by
 * `src/data/tables/` (which the editor's page shares) and `src/views/changes.ts` (which says
 * changes with the widgets' own views); this file only reads and writes files.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isVersion1, migrateMission } from '../data/migrate.js';
import { validateMission } from '../data/validate.js';
import { formatIssue } from '../data/issues.js';
import type { MissionData } from '../data/schema.js';
import { describeChanges } from '../views/changes.js';
import {
  differences,
  formatTableIssue,
  importTables,
  missionToTables,
  readTables,
  type TableIssue,
} from '../data/tables/index.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
}

/** The CSV files of a folder (or the files given), by name. */
function readCsvFiles(paths: string[]): Record<string, string> {
  const files: Record<string, string> = {};
  for (const path of paths) {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (name.toLowerCase().endsWith('.csv')) files[name] = readFileSync(join(path, name), 'utf8');
      }
    } else files[basename(path)] = readFileSync(path, 'utf8');
  }
  return files;
}

function report(issues: TableIssue[]) {
  for (const issue of issues) console.error(`${issue.severity}: ${formatTableIssue(issue)}`);
}

/** Writes beside the target, then renames: a reader never sees half a file. */
function writeWhole(file: string, text: string) {
  const scratch = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  writeFileSync(scratch, text);
  renameSync(scratch, file);
}

/** `import FOLDER|FILE.csv... [-o mission.json]` */
export function importCommand(args: string[]): number {
  const at = args.findIndex((arg) => arg === '-o' || arg === '--output');
  const output = at >= 0 ? args[at + 1] : undefined;
  const inputs = at >= 0 ? args.filter((_, i) => i !== at && i !== at + 1) : args;
  if (!inputs.length || (at >= 0 && !output)) return usage();
  const xlsx = inputs.find((input) => /\.(xlsx|xls|ods|numbers)$/i.test(input));
  if (xlsx) {
    console.error(
      `error: ${xlsx}: a workbook is not read; save each sheet as CSV (UTF-8) into one folder and import the folder`,
    );
    return 1;
  }
  let files: Record<string, string>;
  try {
    files = readCsvFiles(inputs);
  } catch (cause) {
    console.error(`error: ${cause instanceof Error ? cause.message : String(cause)}`);
    return 1;
  }
  const result = importTables(files, validateMission);
  report(result.issues);
  const errors = result.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = result.issues.length - errors;
  if (!result.ok) {
    console.error(
      `${inputs.join(' ')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}; nothing written`,
    );
    return 1;
  }
  const text = `${JSON.stringify(result.mission, null, 2)}\n`;
  if (output) {
    writeWhole(output, text);
    console.error(`${output}: written, ${plural(warnings, 'warning')}`);
  } else process.stdout.write(text);
  return 0;
}

/** `export mission.json FOLDER` */
export function exportCommand(args: string[]): number {
  const [input, folder] = args;
  if (!input || !folder || args.length > 2) return usage();
  let mission: unknown;
  try {
    mission = readJson(input);
  } catch (cause) {
    console.error(
      `error: ${input}: cannot be read as JSON: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    return 1;
  }
  if (mission === null || typeof mission !== 'object' || Array.isArray(mission)) {
    console.error(`error: ${input}: expected a mission object`);
    return 1;
  }
  // A version-1 file is exported as version 2, as `migrate` would write it: importing the
  // tables gives the migrated file.
  const old = isVersion1(mission);
  const doc = old ? migrateMission(mission as Record<string, unknown>) : (mission as Record<string, unknown>);
  if (old) console.error(`warning: ${input}: a version-1 file, exported as version 2`);
  const tables = missionToTables(doc);
  // Whatever the tables cannot hold would be lost on the way back: say so and write nothing.
  const lost = differences(doc, readTables(tables).mission);
  if (lost.length) {
    for (const path of lost) console.error(`error: ${input}: ${path}: not kept by the tables`);
    console.error(`${input}: nothing written`);
    return 1;
  }
  const checked = validateMission(doc);
  for (const issue of [...checked.errors, ...checked.warnings]) {
    console.error(`${issue.severity}: ${input}: ${issue.path || '(document)'}: ${issue.message}`);
  }
  mkdirSync(folder, { recursive: true });
  for (const [file, text] of Object.entries(tables)) writeWhole(join(folder, file), text);
  console.error(`${folder}: ${plural(Object.keys(tables).length, 'table')} written`);
  return 0;
}

/** `diff old.json new.json` */
export function diffCommand(args: string[]): number {
  const [before, after] = args;
  if (!before || !after || args.length > 2) return usage();
  // Both files as the widgets read them: a file they cannot show has no changes to tell.
  const data: MissionData[] = [];
  for (const file of [before, after]) {
    let json: unknown;
    try {
      json = readJson(file);
    } catch (cause) {
      console.error(
        `error: ${file}: cannot be read as JSON: ${cause instanceof Error ? cause.message : String(cause)}`,
      );
      return 1;
    }
    const result = validateMission(json);
    if (!result.ok) {
      for (const issue of result.errors) console.error(`error: ${file}: ${formatIssue(issue)}`);
      console.error(
        `${file}: ${plural(result.errorCount, 'error')}; the widgets would not show it, nothing compared`,
      );
      return 1;
    }
    data.push(result.data);
  }
  const lines = describeChanges(data[0], data[1]);
  console.log(lines.length ? lines.join('\n') : 'Nothing readers see changes.');
  return 0;
}

export const TABLE_USAGE = `  mission-widgets import FOLDER [-o mission.json]   build a mission file from its spreadsheet tables (CSV)
  mission-widgets export mission.json FOLDER        write a mission file as spreadsheet tables (CSV)
  mission-widgets diff old.json new.json            say what readers will see change`;

function usage(): number {
  console.error(`Usage:\n${TABLE_USAGE}`);
  return 2;
}

export const TABLE_COMMANDS: Record<string, (args: string[]) => number> = {
  import: importCommand,
  export: exportCommand,
  diff: diffCommand,
};
