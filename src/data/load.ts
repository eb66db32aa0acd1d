/**
 * Turning bytes into a validated mission: from a URL (with a timeout and a size limit), from
 * inline JSON, or the shipped default. Every failure becomes a typed `MissionDataError`.
 */
import { MissionDataError } from './errors.js';
import type { ValidationIssue } from './issues.js';
import type { MissionData } from './schema.js';
import { validateMission, validateMissionGradually, type ValidationResult } from './validate.js';

/** A document larger than this is refused before it is parsed (bytes of UTF-8). */
export const MAX_BYTES = 5_000_000;
/** A request that has not completed after this many milliseconds is aborted. */
export const TIMEOUT_MS = 15_000;

/** The limits in force; tests shorten the timeout here rather than waiting 15 seconds. */
export const loadSettings = { timeoutMs: TIMEOUT_MS };

const tooLarge = (origin: string) =>
  new MissionDataError(
    'too-large',
    `the data is larger than the ${MAX_BYTES.toLocaleString('en')} byte limit`,
    origin,
  );

/** Reads a body as text, giving up as soon as it passes the size limit. */
async function readLimited(response: Response, origin: string): Promise<string> {
  if (Number(response.headers.get('content-length')) > MAX_BYTES) throw tooLarge(origin);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > MAX_BYTES) {
      await reader.cancel();
      throw tooLarge(origin);
    }
    text += decoder.decode(value, { stream: true });
  }
}

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
function parseJson(text: string, origin: string): unknown {
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

function loaded(result: ValidationResult, origin: string): LoadedMission {
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

/** Parses and validates a document's text. Throws `MissionDataError`. */
export function parseMission(text: string, origin: string): LoadedMission {
  return loaded(validateMission(parseJson(text, origin)), origin);
}

/** Validates an already parsed document. Throws `MissionDataError`. */
export function fromJson(json: unknown, origin: string): LoadedMission {
  return loaded(validateMission(json), origin);
}

/** As `parseMission`, giving the page a turn while a long document is checked. Rejects with `MissionDataError`. */
export async function parseMissionGradually(text: string, origin: string): Promise<LoadedMission> {
  return loaded(await validateMissionGradually(parseJson(text, origin)), origin);
}

export interface FetchOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /** Validators of the copy already held: a 304 answer then returns `undefined`. */
  etag?: string;
  lastModified?: string;
}

/**
 * Fetches and validates a mission document. Resolves `undefined` when the server says the copy
 * already held is current (304). Throws `MissionDataError`.
 */
export async function fetchMission(
  url: string,
  options: FetchOptions = {},
): Promise<LoadedMission | undefined> {
  const { timeoutMs = loadSettings.timeoutMs } = options;
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  let response: Response;
  let text: string;
  try {
    // `no-cache` revalidates with the server, so a refreshed file is seen at once.
    response = await fetch(url, { signal, headers, cache: 'no-cache', credentials: 'same-origin' });
    if (response.status === 304) return undefined;
    if (!response.ok) {
      throw new MissionDataError(
        'http',
        `the server answered ${response.status} ${response.statusText}`.trim(),
        url,
      );
    }
    text = await readLimited(response, url);
  } catch (cause) {
    if (cause instanceof MissionDataError) throw cause;
    if (timeout.aborted) {
      throw new MissionDataError('timeout', `no complete answer within ${timeoutMs / 1000} seconds`, url);
    }
    if (options.signal?.aborted) throw cause;
    throw new MissionDataError('network', 'the data could not be fetched (network or CORS error)', url);
  }
  return {
    ...(await parseMissionGradually(text, url)),
    etag: response.headers.get('etag') ?? undefined,
    lastModified: response.headers.get('last-modified') ?? undefined,
  };
}

let defaultMission: Promise<LoadedMission> | undefined;

/** The shipped Haiti dataset, loaded on first use only (a separate chunk in the npm build). */
export function loadDefaultMission(): Promise<LoadedMission> {
  defaultMission ??= import('./default-mission.js').then(({ default: json }) => fromJson(json, 'default'));
  return defaultMission;
}
