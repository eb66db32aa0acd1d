/**
 * Turning bytes into a validated mission: from a URL (with a timeout and a size limit), from
 * inline JSON, or the shipped default. Every failure becomes a typed `MissionDataError`.
 */
import { MissionDataError } from './errors.js';
import { loaded, MAX_BYTES, parseJson, tooLarge, type LoadedMission } from './json.js';

import { nextTask } from '../scheduling/next-task.js';
import { bag } from './own.js';
// The validator (valibot, the schema and the rules) comes with this module: loading, like
// checking, is for data from `src` or inline JSON only, which the widgets load on demand
// (controllers/remote.ts), so a page that shows only the shipped dataset never pays for either.
// In one file with the fetching code, the drop-in's page with `src` is about 380 B gzip smaller.
import { validateMissionGradually } from './validate.js';

export { MAX_BYTES, type LoadedMission } from './json.js';

/** A check that took longer than this (ms) yields before the widgets render. */
const LONG_CHECK_MS = 10;

/** A request that has not completed after this many milliseconds is aborted. */
export const TIMEOUT_MS = 15_000;

/** The limits in force; tests shorten the timeout here rather than waiting 15 seconds. */
export const loadSettings = { timeoutMs: TIMEOUT_MS };

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

/**
 * Parses and validates a document's text, giving the page a turn while a long document is
 * checked. Rejects with `MissionDataError`.
 */
export async function parseMissionGradually(text: string, origin: string): Promise<LoadedMission> {
  const json = parseJson(text, origin);
  const start = performance.now();
  const result = await validateMissionGradually(json);
  // A document that took a while to check is rendered in a task of its own, not the same one.
  if (performance.now() - start > LONG_CHECK_MS) await nextTask();
  return loaded(result, origin);
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
  const headers: Record<string, string> = bag({ accept: 'application/json' });
  if (options.etag) headers['if-none-match'] = options.etag;
  if (options.lastModified) headers['if-modified-since'] = options.lastModified;
  let response: Response;
  let text: string;
  try {
    // `no-cache` revalidates with the server, so a refreshed file is seen at once.
    response = await fetch(
      url,
      bag<RequestInit>({ signal, headers, cache: 'no-cache', credentials: 'same-origin' }),
    );
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
  // Removed while the last bytes came: nothing to check for nobody.
  options.signal?.throwIfAborted();
  return {
    ...(await parseMissionGradually(text, url)),
    etag: response.headers.get('etag') ?? undefined,
    lastModified: response.headers.get('last-modified') ?? undefined,
  };
}

export { loadDefaultMission } from './shipped.js';
