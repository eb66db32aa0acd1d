import { existsSync } from 'node:fs';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const typescript = (minify = false) => esbuild({ tsconfig: 'tsconfig.json', target: 'es2022', minify });
const data = json({ preferConst: true, compact: true });

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
    plugins: [nodeResolve(), data, typescript(true)],
    output: { file: 'dist/mission-widgets.js', format: 'iife', inlineDynamicImports: true },
  },
  {
    // The data editors' command line tool, self-contained for `npx mission-widgets`.
    input: 'src/cli/main.ts',
    external: [/^node:/],
    plugins: [nodeResolve({ exportConditions: ['node'] }), data, typescript()],
    output: { file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node' },
  },
];
