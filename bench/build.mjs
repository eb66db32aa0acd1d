/**
 * What the benchmark loads, built in memory (never into dist/, which other work uses):
 * - each per-component npm entry (`src/<tag>.ts`) bundled with Lit and its data loading as a
 *   page's bundler ships it: rollup with node-resolve and esbuild's minifier (what Vite does in
 *   production), ES modules; the shipped dataset stays in its own chunk, which widgets with a
 *   `src` never load;
 * - the drop-in, with the project's own rollup configuration, as `npm run build` makes it;
 * - reference bundles that tell where the bytes go: Lit with a trivial element, the validator,
 *   the shared widget base with a trivial widget, and `<event-timeline>` with its validation layer
 *   (valibot schema and validator) replaced by stubs: what validation costs inside the widget;
 * - a Node build of the data API and format helpers (esbuild), to validate the datasets and to
 *   write the static floor with the same derivations and `Intl` formats as the widgets.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { build } from 'esbuild';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
export const TAGS = ['troop-counter', 'contributor-list', 'event-timeline'];

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;

// A virtual entry, placed in the project so that its bare imports (`lit`) resolve from here.
const ENTRY = join(root, 'bench-entry.js');

/**
 * A what-if stub of a module: each of its exported functions and constants becomes a function
 * that accepts anything (never run: only its size matters).
 */
function stubOf(module) {
  const source = readFileSync(join(root, `${module}.ts`), 'utf8');
  const names = [...source.matchAll(/^export (?:async )?(?:function|const|let) (\w+)/gm)].map((m) => m[1]);
  return names
    .map((name) => `export const ${name} = (data) => ({ ok: true, data, errors: [], warnings: [] });`)
    .join('\n');
}

/**
 * Bundles `{ file }` or `{ code }` (a virtual entry) for the browser, in memory; `stub` lists
 * modules (`src/data/validate`) to replace with what-if stubs.
 */
async function bundle({ file, code, stub = [], minify = true }) {
  const bundled = await rollup({
    input: file ?? ENTRY,
    // The package's `sideEffects` lists dist/ files; the src/ modules must be kept whole here.
    treeshake: { moduleSideEffects: true },
    plugins: [
      stub.length > 0 && {
        name: 'bench-stubs',
        resolveId(source, importer) {
          if (!importer || !source.startsWith('.')) return null;
          const path = join(dirname(importer), source).replace(/\.[jt]s$/, '');
          const name = stub.find((module) => path === join(root, module));
          return name ? `\0stub:${name}` : null;
        },
        load: (id) => (id.startsWith('\0stub:') ? stubOf(id.slice(6)) : null),
      },
      code && {
        name: 'bench-entry',
        resolveId: (id) => (id === ENTRY ? id : null),
        load: (id) => (id === ENTRY ? code.replaceAll('./src/', `${root}src/`) : null),
      },
      nodeResolve(),
      json({ preferConst: true, compact: true }),
      esbuild({ tsconfig: join(root, 'tsconfig.json'), target: 'es2022', minify }),
    ].filter(Boolean),
    onwarn: () => {},
  });
  const { output } = await bundled.generate({
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js',
  });
  await bundled.close();
  return output.filter((chunk) => chunk.type === 'chunk');
}

/** Raw and gzip bytes of chunks, the ones loaded on demand (the shipped dataset) aside. */
function sizeOf(chunks) {
  const loaded = chunks.filter((chunk) => !chunk.isDynamicEntry);
  return {
    raw: loaded.reduce((sum, chunk) => sum + Buffer.byteLength(chunk.code), 0),
    gzip: loaded.reduce((sum, chunk) => sum + gzipSize(chunk.code), 0),
  };
}

/**
 * The drop-in, built in memory with the project's own rollup configuration (its entry for
 * `src/embed.ts`): the same bytes as `npm run build` writes to dist/mission-widgets.js, never
 * stale. Returns `{ bytes, source, beside }`: `beside` maps the name of each file the script
 * loads on demand (the validator, other languages) to its bytes.
 */
async function dropIn() {
  const cwd = process.cwd();
  process.chdir(root); // the configuration's paths are relative to the project
  try {
    const { default: configs } = await import(pathToFileURL(join(root, 'rollup.config.mjs')).href);
    const config = [configs].flat().find((entry) => entry.input === 'src/embed.ts');
    if (!config) throw new Error('rollup.config.mjs has no build of src/embed.ts');
    const bundled = await rollup({ ...config, onwarn: () => {} });
    const { output } = await bundled.generate(config.output);
    await bundled.close();
    const [script, ...rest] = output;
    return {
      bytes: Buffer.from(script.code),
      source: 'rollup.config.mjs, as `npm run build` makes dist/mission-widgets.js',
      beside: Object.fromEntries(rest.map((file) => [file.fileName, Buffer.from(file.code ?? file.source)])),
    };
  } finally {
    process.chdir(cwd);
  }
}

/**
 * Builds everything (`minify: false` keeps the npm entries readable, for profiles). Returns
 * `{ files, entries, preloads, helpers, sizes, dropInSource }`: `files` maps a served path to its
 * bytes, `entries` the script path of each entry, `preloads` the chunks each entry imports
 * statically, `helpers` the Node module.
 */
export async function buildAll({ minify = true } = {}) {
  const files = {};
  const entries = {};
  const preloads = {};
  const sizes = {};
  const tags = TAGS.filter((name) => existsSync(join(root, 'src', `${name}.ts`)));
  for (const tag of tags) {
    const chunks = await bundle({ file: join(root, 'src', `${tag}.ts`), minify });
    for (const chunk of chunks) files[`/npm/${tag}/${chunk.fileName}`] = chunk.code;
    const entry = chunks.find((chunk) => chunk.isEntry);
    // Rollup may leave the entry a facade over a chunk that the on-demand modules share.
    const loaded = chunks.filter((chunk) => chunk === entry || entry.imports.includes(chunk.fileName));
    if (!loaded.some((chunk) => chunk.code.includes(`"${tag}"`)))
      throw new Error(`the ${tag} bundle does not register it`);
    entries[tag] = `/npm/${tag}/${entry.fileName}`;
    preloads[tag] = entry.imports.map((file) => `/npm/${tag}/${file}`);
    sizes[tag] = sizeOf(chunks);
  }
  const drop = await dropIn();
  const missing = TAGS.filter((tag) => !drop.bytes.includes(`"${tag}"`));
  if (missing.length) throw new Error(`the drop-in does not register ${missing.join(', ')}`);
  files['/drop-in/mission-widgets.js'] = drop.bytes;
  for (const [name, bytes] of Object.entries(drop.beside)) files[`/drop-in/${name}`] = bytes;
  entries.dropIn = '/drop-in/mission-widgets.js';
  sizes.dropIn = { raw: drop.bytes.length, gzip: gzipSize(drop.bytes) };

  // Where the bytes go: each reference adds one layer to the one before.
  sizes.litTrivial = sizeOf(
    await bundle({
      code: `import { LitElement, html } from 'lit';
class Trivial extends LitElement { render() { return html\`<p>\${this.title}</p>\`; } }
customElements.define('trivial-element', Trivial);`,
    }),
  );
  sizes.validator = sizeOf(
    await bundle({ code: `export { validateMission } from './src/data/validate.ts';` }),
  );
  sizes.baseElement = sizeOf(
    await bundle({
      code: `import { html } from 'lit';
import { MissionElement } from './src/components/mission-element.ts';
import { defineElement } from './src/define.ts';
class Bare extends MissionElement { renderMission() { return html\`<p>\${this.text('x')}</p>\`; } }
defineElement('bare-element', Bare);`,
    }),
  );

  if (tags.includes('event-timeline')) {
    sizes.eventTimelineNoValidator = sizeOf(
      await bundle({
        file: join(root, 'src', 'event-timeline.ts'),
        stub: ['src/data/validate', 'src/data/schema'],
      }),
    );
  }

  const scratch = mkdtempSync(join(tmpdir(), 'mission-widgets-bench-'));
  const helperFile = join(scratch, 'helpers.mjs');
  await build({
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'error',
    stdin: {
      contents: `export * from './src/data.ts';
export { countryName, formatDate, formatNumber } from './src/i18n/format.ts';
export { formatMoney } from './src/i18n/money.ts';
export { common } from './src/i18n/common.ts';
export { localText } from './src/i18n/locale.ts';`,
      resolveDir: root,
      loader: 'ts',
    },
    outfile: helperFile,
  });
  const helpers = await import(pathToFileURL(helperFile).href);
  rmSync(scratch, { recursive: true, force: true });
  // The shipped timeline exactly as `mission-widgets render` writes it (dist/cli.js, with its
  // minified templates), reading the same file as `ours`.
  const cli = join(root, 'dist', 'cli.js');
  if (!existsSync(cli)) throw new Error('bench: run `npm run build` first (dist/cli.js)');
  const rendered = spawnSync(
    process.execPath,
    [cli, 'render', 'event-timeline', '--src', '/data/haiti-mss.json'],
    { encoding: 'utf8' },
  );
  if (rendered.status !== 0) throw new Error(`bench: mission-widgets render failed: ${rendered.stderr}`);
  const staticTimeline = rendered.stdout;
  return {
    files,
    entries,
    preloads,
    helpers: { ...helpers, staticTimeline },
    sizes,
    dropInSource: drop.source,
  };
}
