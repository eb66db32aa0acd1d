// The npm package as a user gets it: `npm pack`, installed in a scratch project, imported,
// type-checked and bundled one component at a time.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { build } from 'esbuild';
import { launchBrowser, openPage, shadowText, startServer } from '../e2e/harness.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'mission-widgets-pack-'));
const run = (command, args, cwd) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: 'pipe' });

describe('the npm package', () => {
  let files;
  before(() => {
    // The build is fresh (npm test builds first); scripts are skipped so packing does not rebuild.
    const [packed] = JSON.parse(
      run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], root),
    );
    files = packed.files.map((file) => file.path);
    writeFileSync(
      join(scratch, 'package.json'),
      JSON.stringify({ name: 'scratch', private: true, type: 'module' }),
    );
    run(
      'npm',
      ['install', '--no-audit', '--no-fund', '--prefer-offline', join(scratch, packed.filename)],
      scratch,
    );
  });

  it('holds the built modules, types, the drop-in, data and manifest, and no sources or tests', () => {
    for (const file of [
      'dist/index.js',
      'dist/data.js',
      'dist/tables.js',
      'dist/troop-counter.js',
      'dist/contributor-list.js',
      'dist/event-timeline.js',
      'dist/mission-widgets.js',
      'dist/cli.js',
      'dist/types/index.d.ts',
      'dist/types/troop-counter.d.ts',
      'dist/types/mission-widgets.d.ts',
      'dist/classes.js',
      'dist/troop-counter/class.js',
      'dist/types/troop-counter/class.d.ts',
      'dist/troop-counter.js.map',
      'dist/types/frameworks/jsx.d.ts',
      'dist/types/frameworks/react.d.ts',
      'dist/types/frameworks/preact.d.ts',
      'dist/types/frameworks/vue.d.ts',
      'dist/types/frameworks/svelte.d.ts',
      'dist/editors/web-types.json',
      'dist/editors/vscode.html-custom-data.json',
      'data/haiti-mss.json',
      'data/mission.schema.json',
      'custom-elements.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
    ]) {
      assert.ok(files.includes(file), `${file} is in the package`);
    }
    assert.deepEqual(
      files.filter((file) => /^(src|test|bench|demo)\//.test(file)),
      [],
    );
  });

  it('describes every element in custom-elements.json, named in package.json', () => {
    const manifest = JSON.parse(
      readFileSync(join(scratch, 'node_modules/mission-widgets/custom-elements.json'), 'utf8'),
    );
    const { customElements } = JSON.parse(
      readFileSync(join(scratch, 'node_modules/mission-widgets/package.json'), 'utf8'),
    );
    assert.equal(customElements, 'custom-elements.json');
    const elements = Object.fromEntries(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((d) => d.tagName)
        .map((d) => [d.tagName, d]),
    );
    const expected = {
      'troop-counter': ['country', 'status', 'as-of', 'label', 'history'],
      'contributor-list': ['sort', 'country', 'show', 'as-of'],
      'event-timeline': ['layout', 'order', 'from', 'to', 'as-of', 'category', 'filters', 'collapsed'],
    };
    assert.deepEqual(Object.keys(elements).sort(), Object.keys(expected).sort());
    for (const [tag, own] of Object.entries(expected)) {
      const attributes = elements[tag].attributes.map((attribute) => attribute.name);
      for (const name of [...own, 'src', 'locale', 'theme', 'refresh'])
        assert.ok(attributes.includes(name), `${tag}[${name}]`);
      assert.deepEqual(elements[tag].events.map((event) => event.name).sort(), [
        'mission-data-error',
        'mission-data-load',
        'mission-widget-interact',
        'mission-widget-view',
      ]);
      assert.ok(elements[tag].cssParts.length >= 4, `${tag} documents its parts`);
    }
  });

  describe('custom-elements.json', () => {
    const read = (path) =>
      JSON.parse(readFileSync(join(scratch, 'node_modules/mission-widgets', path), 'utf8'));
    const declarations = () => read('custom-elements.json').modules.flatMap((module) => module.declarations);
    const element = (tag) => declarations().find((declaration) => declaration.tagName === tag);

    it('is valid against the Custom Elements Manifest schema', () => {
      const schema = JSON.parse(
        readFileSync(join(root, 'node_modules/custom-elements-manifest/schema.json'), 'utf8'),
      );
      const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
      const valid = validate(read('custom-elements.json'));
      assert.ok(valid, JSON.stringify(validate.errors, null, 2));
    });

    it('names only modules the package holds, and which of them registers which tag', () => {
      const manifest = read('custom-elements.json');
      const paths = manifest.modules.map((module) => module.path);
      for (const path of paths) assert.ok(files.includes(path), `${path} is in the package`);
      const references = JSON.stringify(manifest).match(/"module":"[^"]+"/g) ?? [];
      for (const reference of references) {
        const path = reference.slice(10, -1);
        assert.ok(
          path === 'lit' || files.includes(path.replace(/^\//, '')),
          `${reference} is in the package`,
        );
      }
      const definitions = Object.fromEntries(
        manifest.modules.map((module) => [
          module.path,
          module.exports.filter((e) => e.kind === 'custom-element-definition').map((e) => e.name),
        ]),
      );
      assert.deepEqual(definitions['dist/troop-counter.js'], ['troop-counter']);
      assert.deepEqual(definitions['dist/troop-counter/class.js'], []);
      assert.deepEqual(definitions['dist/index.js'].sort(), [
        'contributor-list',
        'event-timeline',
        'troop-counter',
      ]);
      assert.deepEqual(definitions['dist/mission-widgets.js'].sort(), [
        'contributor-list',
        'event-timeline',
        'troop-counter',
      ]);
    });

    it('lists the abstract base as a class, not an element', () => {
      const base = declarations().find((declaration) => declaration.name === 'MissionElement');
      assert.equal(base.customElement, undefined);
      assert.equal(base.tagName, undefined);
    });

    it('gives every event its CustomEvent detail type', () => {
      for (const tag of ['troop-counter', 'contributor-list', 'event-timeline'])
        for (const event of element(tag).events)
          assert.match(event.type?.text ?? '', /^CustomEvent<\w+Detail>$/, `${tag} ${event.name}`);
      const types = Object.fromEntries(
        element('troop-counter').events.map((event) => [event.name, event.type.text]),
      );
      assert.equal(types['mission-data-error'], 'CustomEvent<MissionDataErrorDetail>');
    });

    it('lists every --mw-* custom property the styles read, and every part each widget renders', () => {
      const styles = execFileSync('grep', ['-rhoE', '--', '--mw-[a-z0-9-]+', join(root, 'src')], {
        encoding: 'utf8',
      });
      const used = new Set(styles.split('\n').filter(Boolean));
      assert.ok(used.size >= 16, `${used.size} custom properties in src`);
      const listed = new Set(
        declarations().flatMap((declaration) => (declaration.cssProperties ?? []).map((p) => p.name)),
      );
      assert.deepEqual(
        [...used].filter((name) => !listed.has(name)),
        [],
      );
      for (const property of element('contributor-list').cssProperties)
        assert.ok(property.description, property.name);
      assert.equal(
        element('troop-counter').cssProperties.find((p) => p.name === '--mw-radius')?.default,
        '0.5rem',
      );
      assert.ok(
        element('event-timeline').cssParts.some((part) => part.name === 'fresh'),
        'the timeline has part fresh',
      );
      for (const tag of ['troop-counter', 'contributor-list', 'event-timeline'])
        assert.ok(
          element(tag).slots.some((slot) => slot.name === ''),
          `${tag} documents its fallback slot`,
        );
    });
  });

  it('ships editor data from the manifest, named in package.json', () => {
    const pkg = JSON.parse(readFileSync(join(scratch, 'node_modules/mission-widgets/package.json'), 'utf8'));
    const webTypes = JSON.parse(
      readFileSync(join(scratch, 'node_modules/mission-widgets', pkg['web-types']), 'utf8'),
    );
    const tags = webTypes.contributions.html.elements.map((element) => element.name).sort();
    assert.deepEqual(tags, ['contributor-list', 'event-timeline', 'troop-counter']);
    const counter = webTypes.contributions.html.elements.find((element) => element.name === 'troop-counter');
    assert.ok(counter.attributes.some((attribute) => attribute.name === 'as-of'));
    const html = JSON.parse(
      readFileSync(
        join(scratch, 'node_modules/mission-widgets/dist/editors/vscode.html-custom-data.json'),
        'utf8',
      ),
    );
    assert.deepEqual(html.tags.map((tag) => tag.name).sort(), tags);
    const timeline = html.tags.find((tag) => tag.name === 'event-timeline');
    assert.ok(timeline.attributes.some((attribute) => attribute.name === 'layout'));
    const css = JSON.parse(
      readFileSync(
        join(scratch, 'node_modules/mission-widgets/dist/editors/vscode.css-custom-data.json'),
        'utf8',
      ),
    );
    assert.ok(css.properties.some((property) => property.name === '--mw-color-accent'));
  });

  it('imports the data API in Node and validates the shipped data', () => {
    const output = run(
      'node',
      [
        '--input-type=module',
        '-e',
        `import { validateMission, personnelTotal } from 'mission-widgets/data.js';
         import data from 'mission-widgets/data/haiti-mss.json' with { type: 'json' };
         const result = validateMission(data);
         console.log(result.ok, personnelTotal(result.data, 'pledged', { asOf: '2024-09-21' }).low);`,
      ],
      scratch,
    );
    assert.equal(output.trim(), 'true 1250');
  });

  it('runs the validator command from the installed package', () => {
    const output = run(
      'npx',
      ['--no-install', 'mission-widgets', 'validate', 'node_modules/mission-widgets/data/haiti-mss.json'],
      scratch,
    );
    assert.match(output, /valid, 0 errors, 0 warnings/);
  });

  it('points CDNs at the drop-in', () => {
    const manifest = JSON.parse(
      readFileSync(join(scratch, 'node_modules/mission-widgets/package.json'), 'utf8'),
    );
    assert.equal(manifest.jsdelivr, './dist/mission-widgets.js');
    assert.equal(manifest.unpkg, './dist/mission-widgets.js');
    assert.ok(files.includes(manifest.jsdelivr.slice(2)));
  });

  it('type-checks an import of one component, the drop-in and the data types', () => {
    writeFileSync(
      join(scratch, 'check.ts'),
      `import 'mission-widgets/mission-widgets.js';
       import type { EventTimeline } from 'mission-widgets/mission-widgets.js';
       const timeline: EventTimeline | null = document.querySelector('event-timeline');
       timeline?.remove();
       import { TroopCounter } from 'mission-widgets/troop-counter.js';
       import { validateMission, type MissionData } from 'mission-widgets/data.js';
       const counter: TroopCounter = document.createElement('troop-counter');
       counter.country = 'KE';
       const result = validateMission({});
       const data: MissionData | undefined = result.data;
       export { data };`,
    );
    const tsc = join(root, 'node_modules/typescript/bin/tsc');
    run(
      'node',
      [
        tsc,
        '--noEmit',
        '--strict',
        '--module',
        'esnext',
        '--moduleResolution',
        'bundler',
        '--target',
        'es2022',
        '--lib',
        'es2023,dom',
        '--skipLibCheck',
        'check.ts',
      ],
      scratch,
    );
  });

  describe('bundled one component at a time', () => {
    let server;
    let browser;
    const bundles = {};
    before(async () => {
      for (const name of ['troop-counter', 'contributor-list', 'event-timeline']) {
        writeFileSync(join(scratch, `${name}.js`), `import 'mission-widgets/${name}.js';\n`);
        const result = await build({
          entryPoints: [join(scratch, `${name}.js`)],
          bundle: true,
          format: 'esm',
          minify: true,
          write: false,
          absWorkingDir: scratch,
        });
        bundles[name] = result.outputFiles[0].text;
      }
      server = await startServer({
        respond: (path, _request, response) => {
          const name = path.match(/^\/bundle\/(.+)\.js$/)?.[1];
          if (name) {
            response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundles[name]);
            return true;
          }
          if (path === '/page.html') {
            response.writeHead(200, { 'content-type': 'text/html' });
            response.end(
              '<!doctype html><html lang="en"><title>p</title><script type="module" src="/bundle/troop-counter.js"></script><troop-counter></troop-counter>',
            );
            return true;
          }
          return false;
        },
      });
      browser = await launchBrowser();
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    const others = {
      'troop-counter': ['contributor-list', 'event-timeline'],
      'contributor-list': ['troop-counter', 'event-timeline'],
      'event-timeline': ['troop-counter', 'contributor-list'],
    };
    for (const [name, notIncluded] of Object.entries(others)) {
      it(`importing ${name} registers it and bundles neither of the others`, () => {
        assert.match(bundles[name], new RegExp(`"${name}"`));
        for (const other of notIncluded) assert.doesNotMatch(bundles[name], new RegExp(`"${other}"`));
      });
    }

    it('renders the component from the bundle', async () => {
      const { page, log, context } = await openPage(browser);
      await page.goto(`${server.origin}/page.html`);
      await shadowText(page, 'troop-counter', 'personnel');
      assert.deepEqual(log.errors, []);
      await context.close();
    });
  });
});
