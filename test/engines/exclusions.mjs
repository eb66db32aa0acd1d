/**
 * The one list of tests an engine does not run, each with its reason. Read by the browser test
 * runner (which skips exactly these), by the report (which counts them per engine) and by the
 * engine check (an entry that matches no test fails the run, so the list cannot go stale).
 *
 * `file` is the test file; `title` the full title of a test, or of a suite to exclude it whole.
 */
export const EXCLUSIONS = [];

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engine of this browser, from its user agent. */
export function engineOf(userAgent) {
  if (/\bFirefox\//.test(userAgent)) return 'firefox';
  if (/\bChrom(e|ium)\//.test(userAgent)) return 'chromium';
  return 'webkit';
}

/** The exclusion for this test (or a suite around it) in this engine, if any. */
export function exclusionFor(engine, file, fullTitle) {
  return EXCLUSIONS.find(
    (entry) =>
      entry.engines.includes(engine) &&
      sameFile(entry.file, file) &&
      (fullTitle === entry.title || fullTitle.startsWith(`${entry.title} `)),
  );
}

function sameFile(listed, file) {
  return file.replace(/^\/+/, '').split('?')[0] === listed;
}
