// The packed package in a front-end team's project: each framework's own type checker (tsc with
// React's and Preact's JSX types, vue-tsc, svelte-check) compiles a consumer that uses the
// elements right, and rejects one with a misspelled property and one with a wrongly typed value.
// Then publint and arethetypeswrong judge the tarball.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'mission-widgets-consumers-'));
const bin = (name) => join(root, 'node_modules/.bin', name);

/** Runs a checker; its exit code and everything it printed. */
const check = (command, args, cwd) => {
  try {
    return { code: 0, output: execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' }) };
  } catch (error) {
    return { code: error.status, output: `${error.stdout}${error.stderr}` };
  }
};

/** A consumer project in its own folder: the packed package installed, the frameworks linked in. */
const project = (name, files) => {
  const dir = join(scratch, name);
  mkdirSync(dir, { recursive: true });
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
};

let tarball;
before(() => {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], {
      cwd: root,
      encoding: 'utf8',
    }),
  );
  tarball = join(scratch, packed.filename);
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], {
    cwd: scratch,
    stdio: 'pipe',
  });
  // The frameworks' own packages, as the project's devDependencies installed them.
  mkdirSync(join(scratch, 'node_modules/@types'), { recursive: true });
  for (const name of ['@types/react', 'preact', 'vue', 'svelte'])
    symlinkSync(join(root, 'node_modules', name), join(scratch, 'node_modules', name), 'dir');
});

const tsconfig = (options) =>
  JSON.stringify({
    compilerOptions: {
      strict: true,
      noEmit: true,
      module: 'esnext',
      moduleResolution: 'bundler',
      target: 'es2022',
      lib: ['es2023', 'dom'],
      types: [],
      skipLibCheck: true,
      ...options,
    },
  });

const CONSUMERS = {
  react: {
    tsconfig: { jsx: 'react-jsx' },
    types: 'mission-widgets/frameworks/react.js',
  },
  preact: {
    tsconfig: { jsx: 'react-jsx', jsxImportSource: 'preact' },
    types: 'mission-widgets/frameworks/preact.js',
  },
};

for (const [framework, { tsconfig: options, types }] of Object.entries(CONSUMERS)) {
  describe(`${framework} with TypeScript`, () => {
    const app = (body) => `import 'mission-widgets/troop-counter.js';
import 'mission-widgets/event-timeline.js';
import type {} from '${types}';
export const App = () => (
  <>
    ${body}
  </>
);
`;
    it('compiles elements used with their attributes, properties and events', () => {
      const dir = project(`${framework}-good`, {
        'tsconfig.json': tsconfig(options),
        'app.tsx':
          app(`<troop-counter country="KE" as-of="2024-09-21" status="deployed" history theme="dark" />
    <event-timeline layout="horizontal" collapsed onmission-data-error={(event) => console.log(event.detail.messages.length)} />`),
      });
      const { code, output } = check('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], dir);
      assert.equal(code, 0, output);
    });

    it('rejects a misspelled attribute and a wrongly typed value', () => {
      const dir = project(`${framework}-bad`, {
        'tsconfig.json': tsconfig(options),
        'app.tsx': app(`<troop-counter contry="KE" />
    <event-timeline layout="sideways" />`),
      });
      const { code, output } = check('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], dir);
      assert.notEqual(code, 0);
      assert.match(output, /app\.tsx\(6,.*contry/, `the misspelled "contry" is an error:\n${output}`);
      assert.match(
        output,
        /app\.tsx\(7,.*'"sideways"' is not assignable/,
        `layout="sideways" is an error:\n${output}`,
      );
    });
  });
}

describe('vue with vue-tsc', () => {
  const app = (template) => `<script setup lang="ts">
import 'mission-widgets/troop-counter.js';
</script>

<template>
  ${template}
</template>
`;
  const files = (template) => ({
    // strictTemplates: Vue checks unknown attributes only when asked (README, "Frameworks").
    'tsconfig.json': JSON.stringify({
      ...JSON.parse(tsconfig({ jsx: 'preserve', types: ['mission-widgets/frameworks/vue.js'] })),
      vueCompilerOptions: { strictTemplates: true },
    }),
    'env.d.ts': "import type {} from 'mission-widgets/frameworks/vue.js';\n",
    'App.vue': app(template),
  });
  const vueTsc = (dir) => check(bin('vue-tsc'), ['--noEmit', '-p', dir], dir);

  it('compiles elements used with their attributes', () => {
    const dir = project(
      'vue-good',
      files('<troop-counter country="KE" as-of="2024-09-21" :history="true" theme="dark"></troop-counter>'),
    );
    const { code, output } = vueTsc(dir);
    assert.equal(code, 0, output);
  });

  it('rejects a misspelled property and a wrongly typed value', () => {
    // One mistake per element: TypeScript reports the first problem of an object literal only.
    const dir = project(
      'vue-bad',
      files('<troop-counter contry="KE"></troop-counter>\n  <troop-counter :history="123"></troop-counter>'),
    );
    const { code, output } = vueTsc(dir);
    assert.notEqual(code, 0);
    assert.match(output, /App\.vue\(6,.*'contry' does not exist/, output);
    assert.match(output, /App\.vue\(7,.*'number' is not assignable to type 'boolean \| undefined'/, output);
  });
});

describe('svelte with svelte-check', () => {
  const files = (markup) => ({
    'tsconfig.json': tsconfig({
      types: ['mission-widgets/frameworks/svelte.js'],
      verbatimModuleSyntax: true,
    }),
    'App.svelte': `<script lang="ts">
  import 'mission-widgets/troop-counter.js';
</script>

${markup}
`,
  });
  const svelteCheck = (dir) =>
    check(
      bin('svelte-check'),
      ['--workspace', dir, '--tsconfig', join(dir, 'tsconfig.json'), '--output', 'machine'],
      dir,
    );

  it('compiles elements used with their attributes', () => {
    const dir = project(
      'svelte-good',
      files('<troop-counter country="KE" as-of="2024-09-21" history={true} theme="dark"></troop-counter>'),
    );
    const { code, output } = svelteCheck(dir);
    assert.equal(code, 0, output);
    assert.match(output, /COMPLETED \d+ FILES 0 ERRORS 0 WARNINGS/, output);
  });

  it('rejects a misspelled property and a wrongly typed value', () => {
    const dir = project(
      'svelte-bad',
      files('<troop-counter contry="KE"></troop-counter>\n<troop-counter history={123}></troop-counter>'),
    );
    const { code, output } = svelteCheck(dir);
    assert.notEqual(code, 0);
    assert.match(output, /ERROR "App\.svelte" 5:\d+ .*'\\"contry\\"' does not exist/, output);
    assert.match(
      output,
      /ERROR "App\.svelte" 6:\d+ "Type 'number' is not assignable to type 'boolean \| undefined'/,
      output,
    );
  });
});

describe('the tarball', () => {
  it('is clean under publint --strict', () => {
    const { code, output } = check(bin('publint'), ['--strict', tarball], root);
    assert.equal(code, 0, output);
    assert.doesNotMatch(output, /warning|error|suggestion/i, output);
  });

  it('is clean under arethetypeswrong --profile esm-only', () => {
    const { code, output } = check(bin('attw'), ['--profile', 'esm-only', tarball], root);
    assert.equal(code, 0, output);
  });
});
