import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { readFile } from 'node:fs/promises';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { minify as terserMinify } from 'terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import ts from 'typescript';

/**
 * Lit's own template minifier: the HTML of html`…` templates (html-minifier-next) and the CSS
 * of css`…` templates (lightningcss), before TypeScript is compiled. `failOnError` makes a
 * template it cannot parse a build error rather than a silently unminified template.
 */
const minifyTemplates = () =>
  minifyHTML({
    include: ['src/**/*.ts'],
    failOnError: true,
    options: {
      minifyOptions: {
        // Quotes go only where HTML reads the value the same without them (`part=root`).
        removeAttributeQuotes: true,
        // Whitespace collapses to one space, never to none: a template's leading or trailing
        // space is a word space beside an interpolation ("about 959", "Pledged 1,000"), which
        // plain collapsing removed from the built widgets only (the tests run the source).
        conservativeCollapse: true,
        collapseBooleanAttributes: true,
        minifyCSS: {
          minify: true,
          targets: { chrome: 123 << 16, firefox: 124 << 16, safari: (17 << 16) | (5 << 8) },
        },
      },
    },
  });

/**
 * The browsers supported (README, "Browser support"): the newest features the widgets use are
 * `light-dark()` colours and `AbortSignal.any`. The drop-in's loader checks for both.
 */
const BASELINE = ['chrome123', 'firefox124', 'safari17.5'];
const typescript = (minify = false) => esbuild({ tsconfig: 'tsconfig.json', target: BASELINE, minify });
const data = json({ preferConst: true, compact: true });
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
// Function declarations hoisted to the top of their scope, as the language hoists them anyway:
// 17 B gzip less for one counter, 35 B for all three.
const TERSER = {
  ecma: 2020,
  compress: { passes: 3, unsafe_arrows: true, hoist_funs: true },
  format: { comments: false },
};
const minify = () => terser(TERSER);

/**
 * The drop-in's code beside its loader: each element's module, the validator, the shipped
 * dataset and each language, as classic scripts that hand their modules to the loader
 * (`document.currentScript.missionWidgets(id, dependencies, factory)`, the AMD shape), and code
 * shared by several elements in files of their own. Each file name holds a hash of the content
 * of them all, so that they can be cached for ever.
 *
 * One file per module would cost a page about 3.5 KB gzip more than one file for everything
 * (gzip cannot reuse what another file said), so for every set of elements a page may start
 * with there is also one file with all of their modules. The loader gets the names, without
 * `mission-widgets.` and `.js`, as `mission-widgets:files`.
 */
const dropInFiles = (elements) => {
  const files = { version: pkg.version, hash: '', elements: {}, bundles: {}, parts: {} };
  const short = (fileName) => fileName.replace(/^mission-widgets\.|\.js$/g, '');
  return {
    name: 'drop-in-files',
    async buildStart() {
      const bundle = await rollup({
        input: elements,
        // The counter's history imports the counter's own modules, which stay in its file.
        preserveEntrySignatures: 'allow-extension',
        // The data model is pure (no DOM, no globals): what the widgets do not use can go.
        treeshake: { moduleSideEffects: (id) => !id.includes('/src/data/') },
        plugins: [nodeResolve(), data, minifyTemplates(), typescript(), minify()],
      });
      const { output } = await bundle.generate({
        format: 'amd',
        amd: {
          autoId: true,
          define: 'document.currentScript.missionWidgets',
          forceJsExtensionForImports: true,
        },
        esModule: false,
        freeze: false,
        compact: true,
        // Names between the files are one letter, as inside one file.
        minifyInternalExports: true,
        // Names without a hash inside the code: the loader adds the build's hash to each.
        entryFileNames: 'mission-widgets.[name].js',
        chunkFileNames: 'mission-widgets.[name].js',
        // Lit in a file of its own: code shared by every widget, and changed least often. The
        // event categories beside the registration, in a file every widget loads: the validator
        // and the timeline use them, the counter not, and on their own they would be a file the
        // validator waits for on a counter's page (one more round trip).
        manualChunks: (id) =>
          /\/node_modules\/(lit|lit-html|lit-element|@lit\/[\w-]+)\//.test(id)
            ? 'lit'
            : /\/src\/(define|data\/categories)\.ts$/.test(id)
              ? 'define'
              : undefined,
      });
      await bundle.close();
      const byName = new Map(output.map((chunk) => [chunk.fileName, chunk]));
      /** A file and everything it imports, dependencies first. */
      const withImports = (fileName, seen = new Set()) => {
        for (const imported of byName.get(fileName).imports) withImports(imported, seen);
        seen.add(fileName);
        return seen;
      };
      const entries = output.filter((chunk) => chunk.isEntry).sort((a, b) => a.name.localeCompare(b.name));
      // One hash of every file's content, in every file name: the loader's list of files then
      // holds each name once, not each name with a hash of its own (about 250 B gzip less).
      const all = createHash('sha256');
      for (const chunk of [...output].sort((a, b) => a.fileName.localeCompare(b.fileName)))
        all.update(chunk.code);
      files.hash = all.digest('hex').slice(0, 8);
      const hashed = (name) => `mission-widgets.${name}.${files.hash}.js`;
      for (const chunk of output) {
        this.emitFile({ type: 'asset', fileName: hashed(short(chunk.fileName)), source: chunk.code });
        if (chunk.isEntry) files.elements[chunk.name] = [...withImports(chunk.fileName)].map(short);
        else if (chunk.isDynamicEntry) files.parts[partName(chunk.facadeModuleId)] = short(chunk.fileName);
      }
      // Every set of two or more elements, and each element with what it imports.
      for (let set = 1; set < 1 << entries.length; set++) {
        const chosen = entries.filter((_, index) => set & (1 << index));
        const members = new Set();
        for (const chunk of chosen) withImports(chunk.fileName, members);
        // Minified once more as one script: the same short names in every module of the file
        // repeat, which gzip then reuses (about 120 B gzip less for one counter, 200 B for all three).
        const joined = [...members].map((fileName) => byName.get(fileName).code).join('\n');
        const { code } = await terserMinify(joined, TERSER);
        const name = `bundle-${chosen.length === entries.length ? 'all' : chosen.map((chunk) => chunk.name).join('_')}`;
        this.emitFile({ type: 'asset', fileName: hashed(name), source: code });
        files.bundles[chosen.map((chunk) => chunk.name).join()] = name;
      }
      // For the size tests and for hosts that want to know what to copy or preload.
      this.emitFile({
        type: 'asset',
        fileName: 'mission-widgets.files.json',
        source: JSON.stringify(files, null, 2),
      });
    },
    resolveId: (id) => (id === 'mission-widgets:files' ? id : null),
    // The loader names a set's file itself (src/embed-files.d.ts): the list of them would cost it about 60 B gzip.
    load: (id) =>
      id === 'mission-widgets:files'
        ? `export default ${JSON.stringify({ ...files, bundles: undefined })};`
        : null,
  };
};

/**
 * `remote` (fetching and the validator), `data` (the shipped dataset), `lazy` (the observer of
 * `loading="lazy"`), `history` (the counter's history) or a language, from the module loaded on demand.
 */
const partName = (id) => {
  const name = basename(id, '.ts');
  return (
    { 'default-mission': 'data', 'near-view-controller': 'lazy', 'troop-counter-history': 'history' }[name] ??
    name
  );
};

/** The loader is compiled to ES5, so that a browser below the baseline parses it and says so. */
const es5 = () => ({
  name: 'es5',
  transform(code, id) {
    if (!id.endsWith('/src/embed.ts')) return null;
    const { outputText } = ts.transpileModule(code, {
      compilerOptions: { target: ts.ScriptTarget.ES5, module: ts.ModuleKind.ESNext, removeComments: true },
    });
    return { code: outputText, map: null };
  },
});

/**
 * The iframe embed (src/frame/): its page and stylesheet copied beside the drop-in, the page's
 * own script, and the resize script for the page that frames it. Small classic scripts, no Lit.
 */
const copyEmbedPage = () => ({
  name: 'copy-embed-page',
  async generateBundle() {
    for (const fileName of ['embed.html', 'embed.css'])
      this.emitFile({ type: 'asset', fileName, source: await readFile(`src/frame/${fileName}`) });
  },
});
const frameScripts = [
  ['src/frame/embed-page.ts', 'dist/mission-widgets-embed.js', [copyEmbedPage()]],
  ['src/frame/parent.ts', 'dist/mission-widgets-frame.js', []],
].map(([input, file, extra]) => ({
  input,
  plugins: [typescript(), minify(), ...extra],
  output: { file, format: 'iife', sourcemap: true },
}));

/** npm entries: the whole set, the data API, the spreadsheet tables, and one per component. */
const elements = ['troop-counter', 'contributor-list', 'event-timeline'];
const entries = [
  'index',
  'classes',
  'data',
  'tables',
  ...elements,
  ...elements.map((name) => `${name}/class`),
].filter((name) => existsSync(`src/${name}.ts`));

export default [
  {
    // The npm package: ES modules, Lit and valibot left to the user's bundler.
    input: Object.fromEntries(entries.map((name) => [name, `src/${name}.ts`])),
    external: [/^lit($|\/)/, /^@lit\//, /^valibot$/],
    plugins: [data, minifyTemplates(), typescript()],
    output: { dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js', sourcemap: true },
  },
  {
    // The drop-in: a classic script (also valid as a module) that loads what the page uses.
    input: 'src/embed.ts',
    plugins: [
      dropInFiles(
        Object.fromEntries(
          ['troop-counter', 'contributor-list', 'event-timeline'].map((name) => [name, `src/${name}.ts`]),
        ),
      ),
      es5(),
      terser({ ecma: 5, compress: { passes: 2 }, format: { comments: false } }),
    ],
    output: { file: 'dist/mission-widgets.js', format: 'iife', generatedCode: 'es5' },
  },
  {
    // The data editors' command line tool, self-contained for `npx mission-widgets`.
    input: 'src/cli/main.ts',
    external: [/^node:/],
    // Templates minified as in the browser builds, so `render` writes the markup the widgets render.
    plugins: [nodeResolve({ exportConditions: ['node'] }), data, minifyTemplates(), typescript()],
    // One file: the language packs and the shipped dataset, imported on demand, are inlined.
    output: {
      file: 'dist/cli.js',
      format: 'es',
      banner: '#!/usr/bin/env node',
      inlineDynamicImports: true,
      sourcemap: true,
    },
  },
  ...frameScripts,
];
