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

/** npm entry → [what the site imports, ceiling in gzip bytes]. */
export const NPM_CEILINGS = {
  'mission-widgets': ['{ TroopCounter }', 0],
  'mission-widgets/troop-counter.js': ['*', 0],
  'mission-widgets/contributor-list.js': ['*', 0],
  'mission-widgets/event-timeline.js': ['*', 0],
  'mission-widgets/troop-counter/class.js': ['{ TroopCounter }', 0],
  'mission-widgets/classes.js': ['{ TroopCounter, defineElement }', 0],
  'mission-widgets/data.js': ['{ validateMission }', 0],
  'mission-widgets/tables.js': ['*', 0],
};

const distPath = (specifier) =>
  specifier === 'mission-widgets' ? 'dist/index.js' : specifier.replace(/^mission-widgets\//, 'dist/');

export default [
  ...Object.entries(CEILINGS).map(([page, ceiling]) => ({
    name: `drop-in: ${page}`,
    path: pageFiles(files, page).map((name) => `dist/${name}`),
    esbuild: false,
    gzip: true,
    limit: `${ceiling} B`,
  })),
  ...Object.entries(NPM_CEILINGS).map(([specifier, [imported, ceiling]]) => ({
    name: `npm: import ${imported} from '${specifier}'`,
    path: distPath(specifier),
    import: imported,
    gzip: true,
    limit: `${ceiling} B`,
  })),
];
