import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { transformSync } from 'esbuild';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';

/**
 * Minifies the CSS inside Lit's css`…` templates with esbuild's CSS minifier. Templates with
 * interpolations are left alone. Characters stay as they are (`charset: 'utf8'`): an escape such
 * as `\25b2` is not a valid escape inside a template literal and would empty the template.
 */
const minifyLitCss = () => ({
  name: 'minify-lit-css',
  transform(code, id) {
    if (!id.endsWith('.ts') || !code.includes('css`')) return null;
    const result = code.replace(/\bcss`([^`$\\]*)`/g, (whole, text) => {
      const { code: minified } = transformSync(text, { loader: 'css', minify: true, charset: 'utf8' });
      // esbuild keeps custom property values verbatim: drop their spaces after `:` and `,`.
      const tight = minified
        .trim()
        .replace(/(--[\w-]+): ([^;}"']*)/g, (_, name, value) => `${name}:${value.replace(/, /g, ',')}`);
      return `css\`${tight}\``;
    });
    return { code: result, map: null };
  },
});

/**
 * Collapses each run of whitespace with a line break in the static text of Lit's html`…`
 * templates to one space: the indentation of our templates, which HTML shows as one space at
 * most anyway. Runs inside one line, and every other template literal, stay as they are.
 * Static attribute values made of letters, digits, `-` and `_` lose their quotes (`part=root`),
 * which HTML and Lit read the same.
 */
const collapseLitHtml = () => ({
  name: 'collapse-lit-html',
  transform(code, id) {
    if (!id.includes('/src/') || !code.includes('html`')) return null;
    const quasis = [];
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (
        node.type === 'TaggedTemplateExpression' &&
        node.tag.type === 'Identifier' &&
        node.tag.name === 'html'
      )
        quasis.push(...node.quasi.quasis);
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') visit(value);
      }
    };
    visit(this.parse(code));
    let result = code;
    for (const { start, end } of quasis.sort((a, b) => b.start - a.start)) {
      result =
        result.slice(0, start) +
        result
          .slice(start, end)
          .replace(/\s*\n\s*/g, ' ')
          .replace(/ ([\w-]+)="([\w-]+)"/g, ' $1=$2') +
        result.slice(end);
    }
    return { code: result, map: null };
  },
});

const typescript = (minify = false) => esbuild({ tsconfig: 'tsconfig.json', target: 'es2022', minify });
const data = json({ preferConst: true, compact: true });
const minify = () =>
  terser({ ecma: 2022, compress: { passes: 3, unsafe_arrows: true }, format: { comments: false } });

/**
 * Parts of the drop-in that a page fetches only when it needs them. Each `import()` of one of
 * these modules becomes a self-contained ES module beside the script, named by a hash of its
 * content so that it can be cached for ever; `import()` resolves it against the script's own URL,
 * from a classic script as from a module.
 */
const onDemand = (modules) => {
  const files = new Map();
  return {
    name: 'on-demand',
    async buildStart() {
      for (const [name, source] of Object.entries(modules)) {
        const bundle = await rollup({
          input: source,
          plugins: [nodeResolve(), data, typescript(), minify()],
        });
        const { output } = await bundle.generate({ format: 'es' });
        await bundle.close();
        const code = output[0].code;
        const hash = createHash('sha256').update(code).digest('hex').slice(0, 8);
        const fileName = `mission-widgets.${name}.${hash}.js`;
        this.emitFile({ type: 'asset', fileName, source: code });
        files.set(resolve(source), fileName);
      }
    },
    async resolveDynamicImport(specifier, importer) {
      if (typeof specifier !== 'string') return null;
      const resolved = await this.resolve(specifier, importer);
      return resolved && files.has(resolved.id) ? { id: files.get(resolved.id), external: true } : null;
    },
    // Beside the script, whatever folder the build wrote it to.
    outputOptions: (options) => ({
      ...options,
      paths: (id) => (id.startsWith('mission-widgets.') ? `./${id}` : id),
    }),
  };
};

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
  output: { file, format: 'iife' },
}));

/** npm entries: the whole set, the data API, and one per component. */
const entries = ['index', 'data', 'troop-counter', 'contributor-list', 'event-timeline'].filter((name) =>
  existsSync(`src/${name}.ts`),
);

export default [
  {
    // The npm package: ES modules, Lit and valibot left to the user's bundler.
    input: Object.fromEntries(entries.map((name) => [name, `src/${name}.ts`])),
    external: [/^lit($|\/)/, /^@lit\//, /^valibot$/],
    plugins: [data, typescript()],
    output: { dir: 'dist', format: 'es', chunkFileNames: 'chunks/[name]-[hash].js' },
  },
  {
    // The drop-in: one classic script (also valid as a module) with everything inside.
    input: 'src/embed.ts',
    // The data model is pure (no DOM, no globals): what the widgets do not use can go.
    treeshake: { moduleSideEffects: (id) => !id.includes('/src/data/') },
    plugins: [
      onDemand({
        validate: 'src/data/validate.ts',
        ...Object.fromEntries(
          ['fr', 'ht', 'es', 'sw'].map((lang) => [lang, `src/i18n/languages/${lang}.ts`]),
        ),
      }),
      nodeResolve(),
      data,
      minifyLitCss(),
      typescript(),
      collapseLitHtml(),
      minify(),
    ],
    output: { file: 'dist/mission-widgets.js', format: 'iife', inlineDynamicImports: true },
  },
  {
    // The data editors' command line tool, self-contained for `npx mission-widgets`.
    input: 'src/cli/main.ts',
    external: [/^node:/],
    plugins: [nodeResolve({ exportConditions: ['node'] }), data, typescript()],
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
  },
  ...frameScripts,
];
