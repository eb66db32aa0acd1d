/**
 * `npm run manifest`: custom-elements.json from the components' JSDoc, made true to the package
 * (paths in dist/, which module registers which tag, every part and custom property the widgets
 * render, events with their detail types), then the framework types and editor data generated
 * from it.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { typeParserPlugin } from '@wc-toolkit/type-parser';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementSveltePlugin } from 'custom-element-svelte-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

const ELEMENTS = {
  'troop-counter': 'TroopCounter',
  'contributor-list': 'ContributorList',
  'event-timeline': 'EventTimeline',
};
const BASE = 'MissionElement';
/** Where each class is exported without registration, in the package. */
const CLASS_MODULE = Object.fromEntries([
  ['mission-element', 'dist/classes.js'],
  ...Object.keys(ELEMENTS).map((tag) => [tag, `dist/${tag}/class.js`]),
]);
const FRAMEWORKS = 'dist/types/frameworks';

/** `src/components/troop-counter.ts` (or `/src/components/troop-counter.js`) → `dist/troop-counter/class.js`. */
const packagePath = (path) => {
  const name = path.match(/src\/components\/([\w-]+)\.[jt]s$/)?.[1];
  return name && CLASS_MODULE[name];
};

/** Every `.ts` file under a folder of src/. */
const sources = (folder) =>
  readdirSync(folder, { recursive: true })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(folder, name));

/** The event types the widgets declare in `GlobalEventHandlersEventMap`: name → `CustomEvent<…Detail>`. */
const eventTypes = () => {
  const types = {};
  for (const file of sources('src'))
    for (const [, name, type] of readFileSync(file, 'utf8').matchAll(/'([\w-]+)': (CustomEvent<\w+>);/g))
      types[name] = type;
  return types;
};

/**
 * The parts a component renders: its own file and the files of src/ it imports, transitively;
 * not the base's files, whose every part it would seem to render. The base's JSDoc names the parts
 * it renders for every element (`root`, `status`, `stale`); its `sources`, rendered only for an
 * element that calls `renderSources`, that element documents itself (the list renders none).
 * The browser test "documents in custom-elements.json exactly the parts …" (test/components/
 * looks.test.ts) checks the result against what each element renders.
 */
const renderedParts = (file, seen = new Set()) => {
  if (seen.has(file) || /mission-element(\.parts)?\.ts$/.test(file)) return new Set();
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const parts = new Set([...code.matchAll(/\bpart="([\w-]+)"/g)].map((match) => match[1]));
  for (const [, specifier] of code.matchAll(/from '(\.[^']+)\.js'/g)) {
    const imported = normalize(join(dirname(file), `${specifier}.ts`));
    if (/^src\/(components|views)\//.test(imported))
      for (const part of renderedParts(imported, seen)) parts.add(part);
  }
  return parts;
};

/**
 * The public custom properties: the README's table ("Theming") gives each one's description,
 * the tokens their defaults. Every `--mw-*` name in src/ must be in that table.
 */
const customProperties = () => {
  const readme = readFileSync('README.md', 'utf8');
  const described = new Map(
    [...readme.matchAll(/^\| `(--mw-[\w-]+)` +\| ([^|]+?) +\| ([^|]+?) +\|$/gm)].map(([, name, , text]) => [
      name,
      text,
    ]),
  );
  const defaults = new Map(
    [...readFileSync('src/styles/tokens.ts', 'utf8').matchAll(/var\((--mw-[\w-]+), ([^;]+)\);/g)].map(
      ([, name, value]) => [name, value],
    ),
  );
  const used = new Set(
    sources('src').flatMap((file) => readFileSync(file, 'utf8').match(/--mw-[\w-]+/g) ?? []),
  );
  const missing = [...used].filter((name) => !described.has(name));
  if (missing.length) throw new Error(`README's custom property table lacks ${missing.join(', ')}`);
  return { described, defaults, used };
};

/** Descriptions of parts rendered by a widget but not named in its JSDoc. */
const PART_DESCRIPTIONS = {
  fresh: 'The "new" tag on events added since the reader last saw the timeline.',
  fund: 'A funder line under a contributor: money pledged, received or frozen.',
};

const truthPlugin = {
  name: 'mission-widgets-truth',
  packageLinkPhase({ customElementsManifest: manifest }) {
    const types = eventTypes();
    const { described, defaults, used } = customProperties();
    const modules = [];
    for (const module of manifest.modules) {
      const name = module.path.match(/src\/components\/([\w-]+)\.ts$/)?.[1];
      for (const declaration of module.declarations ?? []) {
        if (declaration.kind !== 'class') continue;
        // Events dispatched through a helper (`new CustomEvent(type, …)`) are documented with
        // @fires instead; drop the analyzer's guess named after the variable.
        declaration.events = (declaration.events ?? [])
          .filter((event) => event.name !== 'type')
          .map((event) => {
            if (!types[event.name])
              throw new Error(`${event.name} has no type in GlobalEventHandlersEventMap`);
            return { ...event, type: { text: types[event.name] } };
          });
        if (declaration.name === BASE) {
          // The abstract base is a class to extend, not an element.
          delete declaration.customElement;
          delete declaration.tagName;
        }
        // Parts: every one the widget renders, described by its JSDoc or the table above.
        if (declaration.tagName) {
          const parts = new Map((declaration.cssParts ?? []).map((part) => [part.name, part]));
          for (const part of renderedParts(module.path)) {
            if (parts.has(part)) continue;
            if (!PART_DESCRIPTIONS[part])
              throw new Error(`<${declaration.tagName}> renders part "${part}", undocumented`);
            parts.set(part, { name: part, description: PART_DESCRIPTIONS[part] });
          }
          declaration.cssParts = [...parts.values()];
        }
        // Custom properties: the shared tokens, on the base and every widget, and the widget's own.
        const own = new Map((declaration.cssProperties ?? []).map((property) => [property.name, property]));
        for (const [property, description] of described) {
          if (own.has(property) || !defaults.has(property) || !used.has(property)) continue;
          own.set(property, {
            name: property,
            description,
            default: defaults.get(property),
            ...(declaration.name === BASE
              ? {}
              : { inheritedFrom: { name: BASE, module: 'dist/classes.js' } }),
          });
        }
        declaration.cssProperties = [...own.values()];
      }
      // Helpers beside the elements (attribute readings, template parts) are not package modules.
      if (!name || !CLASS_MODULE[name]) continue;
      // The module where the class is exported without registration.
      module.path = CLASS_MODULE[name];
      modules.push(module);
    }
    // Module references anywhere (superclasses, inherited members) point at the package too.
    const repoint = (value) => {
      if (Array.isArray(value)) value.forEach(repoint);
      else if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) {
          if (key === 'module' && typeof inner === 'string' && packagePath(inner))
            value[key] = packagePath(inner);
          else repoint(inner);
        }
    };
    repoint(modules);

    const classExport = (tag) => ({
      kind: 'js',
      name: ELEMENTS[tag],
      declaration: { name: ELEMENTS[tag], module: CLASS_MODULE[tag] },
    });
    const definition = (tag) => ({
      kind: 'custom-element-definition',
      name: tag,
      declaration: { name: ELEMENTS[tag], module: CLASS_MODULE[tag] },
    });
    const tags = Object.keys(ELEMENTS);
    const base = {
      kind: 'js',
      name: BASE,
      declaration: { name: BASE, module: CLASS_MODULE['mission-element'] },
    };
    // dist/classes.js holds the base's declaration and re-exports the three classes.
    modules.find((module) => module.path === 'dist/classes.js').exports.push(...tags.map(classExport));
    modules.push(
      ...tags.map((tag) => ({
        kind: 'javascript-module',
        path: `dist/${tag}.js`,
        description: `Registers <${tag}> and exports its class.`,
        declarations: [],
        exports: [classExport(tag), definition(tag)],
      })),
      {
        kind: 'javascript-module',
        path: 'dist/index.js',
        description: 'Registers every element and exports their classes.',
        declarations: [],
        exports: [base, ...tags.map(classExport), ...tags.map(definition)],
      },
      {
        kind: 'javascript-module',
        path: 'dist/mission-widgets.js',
        description:
          "The drop-in script: registers every element, loads each one's code when the page uses it.",
        declarations: [],
        exports: tags.map(definition),
      },
    );
    manifest.modules = modules;
  },
};

/** Attribute and property types with their aliases expanded (`'light' | 'dark' | …`, not `Theme`). */
const typesSrc = 'parsedType';
/** The detail types named in the events' types. */
const globalTypePath = '../classes.js';

/**
 * The generators' files, made to fit the package: the JSX types keep their types but not their
 * augmentations of a dozen frameworks' modules (which fail to compile where those frameworks are
 * not installed); React and Preact get one small file each that augments only their own JSX.
 * Svelte's augmentation goes where Svelte 5 reads it (`svelte/elements`).
 */
const frameworkEntries = {
  name: 'mission-widgets-framework-entries',
  packageLinkPhase() {
    const jsx = `${FRAMEWORKS}/jsx.d.ts`;
    const types = readFileSync(jsx, 'utf8');
    writeFileSync(jsx, types.slice(0, types.indexOf('\ndeclare module')) + '\n');
    const augment = (
      module,
    ) => `/** JSX types for <troop-counter>, <contributor-list> and <event-timeline> in ${module}. */
import type { CustomElements } from './jsx.js';

declare module '${module}' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`;
    writeFileSync(`${FRAMEWORKS}/react.d.ts`, augment('react'));
    writeFileSync(`${FRAMEWORKS}/preact.d.ts`, augment('preact'));
    // Vue's templates turn `as-of` into `asOf` before checking it: give each dashed prop its camelCase twin.
    const vue = `${FRAMEWORKS}/vue.d.ts`;
    writeFileSync(
      vue,
      readFileSync(vue, 'utf8').replace(
        /^( +)"([a-z]+(?:-[a-z]+)+)"\?: (\w+\["\w+"\]);$/gm,
        (line, indent, name, type) =>
          `${line}\n${indent}${name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase())}?: ${type};`,
      ),
    );
    const svelte = `${FRAMEWORKS}/svelte.d.ts`;
    const svelteTypes = readFileSync(svelte, 'utf8');
    const block = svelteTypes.indexOf('\ndeclare namespace svelteHTML');
    if (block < 0) throw new Error('svelte.d.ts: the generator changed its output');
    writeFileSync(
      svelte,
      `${svelteTypes.slice(0, block)}
declare module 'svelte/elements' {
  interface SvelteHTMLElements extends CustomElements {}
}
`,
    );
  },
};

export default {
  globs: ['src/components/*.ts'],
  exclude: ['src/components/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [
    typeParserPlugin({ hideLogs: true }),
    truthPlugin,
    jsxTypesPlugin({
      outdir: FRAMEWORKS,
      fileName: 'jsx.d.ts',
      globalTypePath,
      typesSrc,
      stronglyTypedEvents: true,
      hideLogs: true,
    }),
    customElementVuejsPlugin({
      outdir: FRAMEWORKS,
      fileName: 'vue.d.ts',
      globalTypePath,
      typesSrc,
      hideLogs: true,
    }),
    customElementSveltePlugin({
      outdir: FRAMEWORKS,
      fileName: 'svelte.d.ts',
      globalTypePath,
      typesSrc,
      hideLogs: true,
    }),
    customElementVsCodePlugin({
      outdir: 'dist/editors',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir: 'dist/editors',
      webTypesFileName: 'web-types.json',
      packageJson: true,
      hideLogs: true,
    }),
    frameworkEntries,
  ],
};
