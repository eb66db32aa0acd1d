/**
 * The one list of tests an engine does not run, each with its reason. Read by the browser test
 * runner (which skips exactly these), by the report (which counts them per engine) and by the
 * engine check (an entry that matches no test fails the run, so the list cannot go stale).
 *
 * `file` is the test file; `title` the full title of a test, or of a suite to exclude it whole.
 */
const PRINT =
  "print style sheets (@media print) cannot be switched on: WebDriver BiDi (Firefox) and WebDriver (WebKit) have no media emulation; the widgets' script-side print behaviour runs here through matchMedia";

export const EXCLUSIONS = [
  {
    file: 'test/components/looks.test.ts',
    title: 'print a dark-themed widget prints in its light colours, for paper',
    engines: ['firefox', 'webkit'],
    reason: PRINT,
  },
  ...['troop-counter', 'contributor-list', 'event-timeline'].map((tag) => ({
    file: 'test/components/looks.test.ts',
    title: `print ${tag} prints the address of every link after it`,
    engines: ['firefox', 'webkit'],
    reason: PRINT,
  })),
  {
    file: 'test/components/looks.test.ts',
    title: 'print event-timeline prints every collapsed summary open, and the strip as a list',
    engines: ['firefox', 'webkit'],
    reason: PRINT,
  },
  {
    file: 'test/components/looks.test.ts',
    title: 'print contributor-list prints every card, none left unrendered off screen',
    engines: ['firefox', 'webkit'],
    reason: PRINT,
  },
  {
    file: 'test/components/event-timeline.test.ts',
    title: '<event-timeline> collapsed summaries prints every summary, and the horizontal strip as a list',
    engines: ['firefox', 'webkit'],
    reason: PRINT,
  },
];

/*
 * Known defects, not inabilities: these tests fail today and are listed here, with the defect,
 * until it is fixed (the closing note of the stop that listed them says so). Remove an entry
 * with its fix; the check that every entry matches a test keeps the list from going stale.
 */
/*
 * End-to-end suites (test/e2e, node --test). They run in every engine through the one page API
 * of test/e2e/engine-pages.mjs (Chromium, Firefox over BiDi, WebKit over WebDriver), frames
 * included: the drop-in, CSP and Trusted Types, the CDN origins, the iframe embed, AMP, hostile
 * CSS, forced colours (not WebKit), the demo and the editor (its files given through the page:
 * the file input's files and a drop's DataTransfer; its downloads read from the Blob of the link it
 * clicks). WebKit's driver shows no browser console.
 */
const REFUSED_CASES = [
  'crossorigin without CORS headers',
  'a module script without CORS headers',
  'Subresource Integrity without CORS headers',
];
EXCLUSIONS.push(
  ...REFUSED_CASES.map((name) => ({
    file: 'test/e2e/cdn.test.mjs',
    title: `the drop-in from another origin the browser names the missing header for ${name}`,
    engines: ['webkit'],
    reason:
      "a refused script's reason is the browser's own console message, which WebKit's WebDriver does not report and no page script sees; the fallback it leaves is checked in WebKit too",
  })),
);

EXCLUSIONS.push({
  file: 'test/e2e/static.test.mjs',
  title: 'static HTML (mission-widgets render)',
  engines: ['firefox', 'webkit'],
  reason:
    "its take-over checks count layout shifts, and only Chromium has the Layout Instability API (layout-shift entries); it also marks the first paint with an init script, which WebKit's driver cannot run. The static output's words and axe are checked against the live widget, which every engine runs",
});

EXCLUSIONS.push({
  file: 'test/e2e/forced-colors.test.mjs',
  title: 'forced colours (Windows high contrast)',
  engines: ['webkit'],
  reason:
    'WebKit has no forced-colours mode to switch on (Safari does not match forced-colors: active), and its WebDriver no media emulation',
});

EXCLUSIONS.push(
  {
    file: 'test/e2e/demo.test.mjs',
    title:
      'the demo and the builder Copy puts the snippet on the clipboard, or selects it when the clipboard is refused',
    engines: ['firefox', 'webkit'],
    reason:
      'reading the clipboard back needs its permission granted, which only Chromium (CDP) can do; the refused-clipboard path is the same code',
  },
  ...['/demo/index.html', '/demo/builder.html'].flatMap((path) =>
    [390, 1280].map((width) => ({
      file: 'test/e2e/demo.test.mjs',
      title: `the demo and the builder ${path} at ${width} px does not shift as it loads (CLS ≤ 0.02)`,
      engines: ['firefox', 'webkit'],
      reason:
        'layout shifts are measured by the Layout Instability API (layout-shift performance entries), which only Chromium implements',
    })),
  ),
  {
    file: 'test/e2e/demo.test.mjs',
    title: 'the builder with classic scrollbars',
    engines: ['firefox', 'webkit'],
    reason:
      'layout shifts are measured by the Layout Instability API (layout-shift performance entries), which only Chromium implements',
  },
  {
    file: 'test/e2e/demo.test.mjs',
    title:
      'the demo and the builder an integrity hash that does not match blocks the script, and the fallback stays',
    engines: ['webkit'],
    reason:
      "the integrity failure is the browser's own console message, which WebKit's WebDriver does not report and no page script sees",
  },
);

EXCLUSIONS.push({
  file: 'test/e2e/frame.test.mjs',
  title:
    'the pasted iframe embed troop-counter: the article it is pasted in, on a screen, shifts less than 0.05 as it loads',
  engines: ['firefox', 'webkit'],
  reason:
    'layout shifts are measured by the Layout Instability API (layout-shift performance entries), which only Chromium implements; the frame heights at every frame are checked in every engine',
});

// Seen on 2026-12-08 (CI of stop 32, then 7 of about 26 runs here while other tests ran beside it,
// none of the 5 before they started); cause not found.
EXCLUSIONS.push({
  file: 'test/e2e/editor.test.mjs',
  title: 'demo/editor.html',
  engines: ['webkit'],
  reason:
    "KNOWN GAP: WebKitGTK's driver at times stalls about 90 s right after the editor page loads (a page poll set to end at 30 s answered after 121 s, by the page's own clock), and the page never gets the action sent in between (no file read, no click, no fetch), in any of its four tests; Chromium and Firefox run them all",
});

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engine of this browser, from its user agent. */
export function engineOf(userAgent) {
  if (/\bFirefox\//.test(userAgent)) return 'firefox';
  if (/Chrom(e|ium)\//.test(userAgent)) return 'chromium'; // also "HeadlessChrome/"
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

// Found by the first three-engine run of the merged reader's-view designs (stop 13), not yet fixed.
EXCLUSIONS.push({
  file: 'test/controllers/theme-controller.test.ts',
  title: 'ThemeController goes dark on a page that declares both schemes when the browser paints it dark',
  engines: ['firefox', 'webkit'],
  reason:
    "KNOWN GAP: in these engines the reader's OS setting is emulated by a matchMedia hook (test/media.ts), so the browser never really paints a `color-scheme: light dark` page dark; only Chromium can show this case",
});
