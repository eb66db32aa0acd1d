/**
 * What makes a `src` unusable (other than the data at it), checked before anything is fetched.
 * Part of the code for data from `src` (./remote.ts): a page without `src` never loads it.
 */
import { MAX_URL } from '../data/constants.js';
import { MissionDataError } from '../data/errors.js';

/** Throws the widget's error for an absolute data URL it must not fetch; `''` is an empty `src`. */
export function checkDataUrl(url: string): void {
  const problem = !url
    ? 'the src attribute is empty: give the data URL, or remove src'
    : url.length > MAX_URL
      ? `the src attribute is too long: ${url.length.toLocaleString('en')} characters, at most ${MAX_URL.toLocaleString('en')}`
      : // Data comes over the web (or from a page's own blob:), never from javascript: and the like.
        !/^(https?|blob):/i.test(url)
        ? `the src attribute is not an http:// or https:// address: "${url.slice(0, 40)}${url.length > 40 ? '…' : ''}"`
        : undefined;
  if (problem) throw new MissionDataError('network', problem, 'src');
}
