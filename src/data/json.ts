/**
 * What the synchronous parsers and the loaders share: JSON text to a value, and a validation
 * result to a loaded mission or a typed `MissionDataError`. No validator here.
 */
import { MissionDataError } from './errors.js';
import type { ValidationIssue } from './issues.js';
import type { MissionData } from './schema.js';
import type { ValidationResult } from './validate.js';

/** A document larger than this is refused before it is parsed (bytes of UTF-8). */
export const MAX_BYTES = 5_000_000;
/** The error for a document over `MAX_BYTES`. */
export const tooLarge = (origin: string) =>
  new MissionDataError(
    'too-large',
    `the data is larger than the ${MAX_BYTES.toLocaleString('en')} byte limit`,
    origin,
  );

export interface LoadedMission {
  data: MissionData;
  warnings: ValidationIssue[];
  /** Its URL, `inline` or `default`. */
  origin: string;
  /** The response's validators, for conditional requests on refresh. */
  etag?: string;
  lastModified?: string;
}

/** Parses a document's text as JSON. Throws `MissionDataError`. */
export function parseJson(text: string, origin: string): unknown {
  if (text.length > MAX_BYTES) throw tooLarge(origin);
  try {
    // A byte order mark is legal in a file but not in JSON.parse.
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    const hint = /^\s*</.test(text)
      ? ' (it looks like an HTML page)'
      : text.trim() === ''
        ? ' (it is empty)'
        : '';
    throw new MissionDataError('json', `the data is not valid JSON${hint}: ${detail.slice(0, 200)}`, origin);
  }
}

/** The mission a validation accepted; a `MissionDataError` with every problem when it did not. */
export function loaded(result: ValidationResult, origin: string): LoadedMission {
  if (!result.ok) {
    const count = result.errorCount;
    throw new MissionDataError(
      'invalid',
      `the data has ${count.toLocaleString('en')} ${count === 1 ? 'error' : 'errors'}`,
      origin,
      [...result.errors, ...result.warnings],
    );
  }
  return { data: result.data, warnings: result.warnings, origin };
}
