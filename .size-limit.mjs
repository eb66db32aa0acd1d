/**
 * `npm run size` (and test/package/size-limit.test.mjs): size-limit guards what each way of
 * using the package costs, in gzip bytes of code (the mission data counted apart).
 *
 * - The drop-in: the files a page fetches, each on its own, as a browser does (no bundler).
 *   Ceilings in test/package/drop-in-budgets.mjs, shared with the end-to-end byte counts.
 * - The npm entries as a site's bundler sees them: esbuild bundles the import with Lit and
 *   valibot, minified, and tree-shakes what the import leaves unused.
 */
import { readFileSync } from 'node:fs';
import { CEILINGS, pageFiles } from './test/package/drop-in-budgets.mjs';

const files = JSON.parse(readFileSync(new URL('dist/mission-widgets.files.json', import.meta.url), 'utf8'));

/**
 * npm entry → [what the site imports, ceiling in gzip bytes: what it costs now, plus 100–300 B].
 * The counter's formatters made ahead (shorter tasks as a page loads, issue 17) added about
 * 140 B to the counter's entries; raised by that. The slimmer base element's controllers (issue
 * 14) cost each entry with an element 130–170 B (the timeline's about 30 B of it); raised by that.
 * Shorter tasks at load (issue 17: the first render waits for its formatters, a new view is
 * worked out and rendered in two turns, dates' days remembered) cost 35–220 B; raised by that.
 * The timeline's scroll anchoring for WebKit (ScrollAnchorController, issue 13) added about
 * 640 B to the timeline's entry and 660 B to the whole set: raised by that plus about 100 B.
 * Its "new" marks kept to the version a refresh brought cost the root entry about 50 B, 32 B
 * under its ceiling: raised to the cost plus about 100 B.
 * The counter's history in a chunk of its own, loaded by `import()` only for a counter that shows
 * one (issue 15), took about 560–580 B off each entry with the counter and 610 B off the root entry
 * (the list's and the timeline's entries about 20 B more: the base element's hook for it);
 * lowered to the cost plus about 100 B. The base element's net for a view or template that
 * throws (the error state and fallback instead of an uncaught exception) added 80–160 B to
 * each; raised to the cost plus about 100 B. The history's styles in the history's chunk took
 * about 160–230 B off each entry with the counter; lowered to the cost plus about 100 B. The
 * timeline's marks of each decision on its own day (none beside an event telling the same day)
 * added about 115 B to the timeline's entry and 100 B to the root; raised to the cost plus about 100 B.
 * The list's money notes, its fund line's sources and notes, and the fund named beside a second
 * amount of its status added about 310 B to the list's entry and 290 B to the root; raised to
 * the cost plus about 100 B. The timeline's titles and summaries marked with their language
 * where the data has none in the widget's, and each widget's root with the one it speaks,
 * added about 125 B to the timeline's entry and 40 B to the root; raised to the cost plus about 100 B.
 * The list's and the counter's data texts marked the same way added about 260 B to the list's
 * entry, 165–185 B to the counter's and 295 B to the root; raised to the cost plus about 100 B.
 * The list's table threshold by its columns, its entries two to a row and its fund line's marks by
 * layout added about 80 B to the list's entry and 67 B to the root, and Haitian Creole's months and
 * money words about 40 B to each entry; raised to the cost plus about 100 B.
 * The counter's history strings in the history's chunk (issue 15, the sixth size pass) took about
 * 50–60 B off each entry with the counter and the root entry; lowered to the cost plus about
 * 100 B. The validator's paths in a module of their own cost the list's, the timeline's, the data
 * and the tables entries 14–22 B (one more module boundary), within their ceilings.
 * The list's table keeping each amount on one line (measured, the entries where it would not
 * fit) added about 160 B to the list's entry and 165 B to the root; raised to the cost plus about 100 B.
 * The list naming the one country that gives a kind added about 150 B to the list's entry and
 * 135 B to the root; raised the same way.
 * Saying "no figure reported" where the data has none by the day (the counter's en dash and
 * sentence, the list's and the timeline's "nothing recorded as of" line) added 115–126 B to the
 * entries with the counter, 91 B to the list's, 73 B to the timeline's and 285 B to the root;
 * raised to the cost plus about 100 B.
 * The list measuring its table again when a web font finishes loading added about 30 B to the
 * root, 25 B over its ceiling; raised to the cost plus about 100 B.
 * The list's figures in words ("present, number not reported") kept to two lines, in the
 * funding's small size, added about 55 B to the list's entry, 49 B over its ceiling; raised to the
 * cost plus about 100 B. With "no figure reported" and the list's fund message split around its
 * amount, the list's entry measured 23,655 B and the root 35,698 B: raised to the cost plus about
 * 100 B. A page's own `document.fonts` that throws or has no listeners (15–18 B), and the list
 * following its table's own width with the shared observer (a font or text size that makes it
 * too wide, in WebKit too: 113–117 B) brought the list's entry to 23,786 B and the root to
 * 35,835 B; raised to the cost plus about 100 B.
 */
export const NPM_CEILINGS = {
  'mission-widgets': ['{ TroopCounter }', 36_290],
  'mission-widgets/troop-counter.js': ['*', 21_290],
  'mission-widgets/contributor-list.js': ['*', 24_060],
  'mission-widgets/event-timeline.js': ['*', 23_280],
  'mission-widgets/troop-counter/class.js': ['{ TroopCounter }', 21_100],
  'mission-widgets/classes.js': ['{ TroopCounter, defineElement }', 21_240],
  'mission-widgets/data.js': ['{ validateMission }', 9_300], // + ISO 3166-1 list, isolated quotes
  'mission-widgets/tables.js': ['*', 10_000],
};

/**
 * What a page loads first: modules the entry imports with `import()` (the validator, the
 * shipped dataset, each language) stay out, as they are separate chunks a bundler loads on demand.
 */
const staticImportsOnly = (config) => ({
  ...config,
  // Rollup adds bare imports of an entry's chunks (so an unbundled page fetches them at once);
  // esbuild drops them, rightly, as package.json marks those chunks free of side effects, and
  // said so in a screenful of warnings per check.
  logOverride: { ...config.logOverride, 'ignored-bare-import': 'silent' },
  plugins: [
    ...(config.plugins ?? []),
    {
      name: 'on-demand-chunks-apart',
      setup(build) {
        build.onResolve({ filter: /.*/ }, (args) =>
          args.kind === 'dynamic-import' ? { path: args.path, external: true } : undefined,
        );
      },
    },
  ],
});

// The contributor list's column sizer and late footnotes (no layout shift while rows stream in)
// added about 570 B, loading="lazy" about 300 B: raised to their cost plus about 100 B.
// Lowered to the new cost plus about 100 B when the shared strings, the polling and the lazy observer left (issue 15).
// The timeline's templates and strip paging in files of their own (issue 14) cost about 150 B
// here, as the module boundaries keep names esbuild would otherwise shorten: raised by that.
// The slimmer base element's controllers (issue 14) cost about 155 B: raised by that.
// Shorter tasks at load (issue 17) about 35 B more: raised to the cost plus about 100 B.
// The timeline's scroll anchoring for WebKit (issue 13) about 660 B more: raised by that.
// The timeline's "new" marks kept to the version a refresh brought (not a new src) about 50 B
// more, with the set 19 B under its ceiling: raised to the cost plus about 100 B.
// The counter's history in a chunk of its own (issue 15) about 610 B less: lowered to the cost plus about 100 B.
// The base element's net for a view or template that throws about 70 B more: raised to the cost plus about 100 B.
// The history's styles in the history's chunk (issue 15) about 160 B less: lowered to the cost plus about 100 B.
// The timeline's marks of each decision on its day about 135 B more: raised to the cost plus about 100 B.
// The list's money notes, fund line sources and named funds about 285 B more: raised to the cost plus about 100 B.
// The languages marked for screen readers (the timeline's data texts, each root) about 150 B more: raised the same way.
// The list's and the counter's data texts marked with their language about 285 B more: raised the same way.
// The list's table threshold by its columns, entries two to a row, fund marks by layout: about 66 B
// more: raised to the cost plus about 100 B.
// The counter's history strings in the history's chunk (the sixth size pass) about 56 B less:
// lowered to the cost plus about 100 B.
// The list's table keeping each amount on one line, measured: about 154 B more: raised to the cost plus about 100 B.
// The list naming the one country that gives a kind: about 137 B more: raised the same way.
// "No figure reported" where the data has none by the day, "nothing recorded as of" in the list
// and the timeline: about 281 B more: raised to the cost plus about 100 B.
// The list measuring its table again when a web font finishes loading: about 30 B more, 30 B
// over: raised to the cost plus about 100 B. With both, and the list's fund message split around
// its amount: 35,695 B, raised to the cost plus about 100 B.
// A page's own `document.fonts` that throws (17 B) and the list following its table's own width
// (122 B): 35,839 B, raised to the cost plus about 100 B.
// Merged at stop 33 (the counter's pledge beside no figure, the view event of tall widgets, the
// list's "not reported" and "no funding recorded", five phase bands): 36,183 B, raised the same way.
const THREE_CEILING = 36_290;

const distPath = (specifier) =>
  specifier === 'mission-widgets' ? 'dist/index.js' : specifier.replace(/^mission-widgets\//, 'dist/');

const ELEMENT_ENTRIES = {
  'dist/troop-counter.js': '{ TroopCounter }',
  'dist/contributor-list.js': '{ ContributorList }',
  'dist/event-timeline.js': '{ EventTimeline }',
};
/** The root entry must cost no more than this one (test/package/size-limit.test.mjs). */
export const THREE_ELEMENT_ENTRIES = 'npm: the three element entries together';

export default [
  ...Object.entries(CEILINGS).map(([page, ceiling]) => ({
    name: `drop-in: ${page}`,
    path: pageFiles(files, page).map((name) => `dist/${name}`),
    disablePlugins: ['@size-limit/esbuild'],
    gzip: true,
    limit: `${ceiling} B`,
  })),
  ...Object.entries(NPM_CEILINGS).map(([specifier, [imported, ceiling]]) => ({
    name: `npm: import ${imported} from '${specifier}'`,
    path: distPath(specifier),
    import: imported,
    modifyEsbuildConfig: staticImportsOnly,
    gzip: true,
    limit: `${ceiling} B`,
  })),
  {
    name: THREE_ELEMENT_ENTRIES,
    path: Object.keys(ELEMENT_ENTRIES),
    import: ELEMENT_ENTRIES,
    modifyEsbuildConfig: staticImportsOnly,
    gzip: true,
    limit: `${THREE_CEILING} B`,
  },
];
