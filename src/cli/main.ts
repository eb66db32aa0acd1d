/// <reference types="node" />
/**
 * `mission-widgets validate FILE...` checks mission documents for data editors;
 * `mission-widgets migrate FILE` prints a version-1 document rewritten as version 2;
 * `mission-widgets schema` prints the JSON Schema derived from the model;
 * `mission-widgets render WIDGET …` prints a widget's static HTML.
 */
import { readFileSync } from 'node:fs';
import { toJsonSchema } from '@valibot/to-json-schema';
import { formatIssue, type ValidationIssue } from '../data/issues.js';
import { isVersion1, migrateMission } from '../data/migrate.js';
import { MissionSchema } from '../data/schema.js';
import { validateMission } from '../data/validate.js';
import { VERSION } from '../version.js';
import { RENDER_USAGE, renderCommand } from './render.js';
import { TABLE_COMMANDS, TABLE_USAGE } from './tables.js';

const USAGE = `Usage:
  mission-widgets validate FILE...   check mission data files, print every error and warning
  mission-widgets migrate FILE       print a version-1 file rewritten as version 2 (> new.json)
  mission-widgets format FILE        print a valid file as the widgets read it (defaults filled in)
  mission-widgets schema             print the JSON Schema of a mission data file
${TABLE_USAGE}
${RENDER_USAGE}`;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function validateFile(file: string): boolean {
  let issues: ValidationIssue[];
  let errors = 1;
  try {
    const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    const result = validateMission(JSON.parse(text));
    issues = [...result.errors, ...result.warnings];
    errors = result.errorCount;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    issues = [{ path: '', message: `cannot be read as JSON: ${reason}`, severity: 'error' }];
  }
  const warnings = issues.filter((issue) => issue.severity === 'warning').length;
  for (const issue of issues) console.log(`${file}: ${issue.severity}: ${formatIssue(issue)}`);
  console.log(
    `${file}: ${errors ? 'invalid' : 'valid'}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
  );
  return errors === 0;
}

export function jsonSchema(): object {
  return {
    ...toJsonSchema(MissionSchema, { errorMode: 'ignore' }),
    // Versioned: a data file that names this schema keeps meaning the rules it was written to.
    $id: `https://cdn.jsdelivr.net/npm/mission-widgets@${VERSION}/data/mission.schema.json`,
    title: 'Mission data for mission-widgets',
  };
}

/** Prints the version-2 document; a file that is already version 2 is printed unchanged. */
function migrateFile(file: string): number {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  } catch (cause) {
    console.error(
      `${file}: cannot be read as JSON: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    return 1;
  }
  if (!isVersion1(json)) {
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
      console.error(`${file}: not a mission document (expected a JSON object)`);
      return 1;
    }
    console.error(`${file}: already version ${String((json as { version: unknown }).version)}, unchanged`);
  }
  const migrated = isVersion1(json) ? migrateMission(json) : json;
  console.log(JSON.stringify(migrated, null, 2));
  const result = validateMission(migrated);
  for (const issue of result.errors) console.error(`${file}: error: ${formatIssue(issue)}`);
  return result.ok ? 0 : 1;
}

/** Prints a valid document as the validator returns it: the form the shipped file is stored in. */
function formatFile(file: string): number {
  const result = validateMission(JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')));
  if (!result.ok) {
    for (const issue of result.errors) console.error(`${file}: error: ${formatIssue(issue)}`);
    return 1;
  }
  console.log(JSON.stringify({ $schema: './mission.schema.json', ...result.data }, null, 2));
  return 0;
}

async function main(args: string[]): Promise<number> {
  const [command, ...rest] = args;
  if (command === 'validate' && rest.length) {
    const results = rest.map(validateFile);
    const failed = results.filter((ok) => !ok).length;
    if (rest.length > 1) console.log(`${plural(rest.length, 'file')} checked, ${failed} invalid`);
    return failed ? 1 : 0;
  }
  if (command === 'render') return renderCommand(rest);
  if (command === 'migrate' && rest.length === 1) return migrateFile(rest[0]);
  if (command === 'format' && rest.length === 1) return formatFile(rest[0]);
  if (command && Object.hasOwn(TABLE_COMMANDS, command)) return TABLE_COMMANDS[command](rest);
  if (command === 'schema') {
    console.log(JSON.stringify(jsonSchema(), null, 2));
    return 0;
  }
  console.error(USAGE);
  return 2;
}

// Not a top-level await: the bundle defines its lazily imported modules after this line.
void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
