// The gallery page (demo/gallery.html) under a strict CSP: a figure for every shot that
// demo/gallery/shots.json lists, each a picture of the chosen engine's folder or a line that says
// how to draw it, its caption the markup that drew it; choosing another engine shows its pictures.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before } from 'node:test';
import { describeInEngines, startServer } from './harness.mjs';

const root = new URL('../../', import.meta.url);
const SHOTS = JSON.parse(await readFile(new URL('demo/gallery/shots.json', root), 'utf8'));
const EXPECTED = Object.keys(SHOTS.widgets).reduce(
  (sum, tag) => sum + SHOTS.shots.filter(({ only }) => !only || only === tag).length,
  0,
);
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'";

let server;
before(async () => {
  const pages = {
    '/demo/gallery-strict.html': {
      headers: { 'content-security-policy': CSP },
      body: await readFile(new URL('demo/gallery.html', root)),
    },
  };
  // The images: served with their type, or a 404 for those not drawn yet.
  const respond = async (path, request, response) => {
    if (!path.endsWith('.png') && !path.endsWith('.css')) return false;
    try {
      const body = await readFile(new URL(`.${path}`, root));
      response.writeHead(200, { 'content-type': path.endsWith('.png') ? 'image/png' : 'text/css' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not drawn');
    }
    return true;
  };
  server = await startServer({ pages, respond });
});
after(() => server?.close());

describeInEngines('test/e2e/gallery.test.mjs', 'the gallery page', (engine) => {
  const { it } = engine;

  /** Each figure: its picture's address (or null once it says it is missing) and its caption. */
  const figures = (page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('#gallery figure')].map((figure) => ({
        src: figure.querySelector('img')?.getAttribute('src') ?? null,
        missing: figure.querySelector('.missing')?.textContent ?? null,
        caption: figure.querySelector('figcaption').textContent,
      })),
    );

  it('lists every shot, under a strict CSP, for the engine chosen', async () => {
    const page = await engine.browser.openPage();
    try {
      await page.goto(`${server.origin}/demo/gallery-strict.html`);
      await page.waitForFunction((n) => document.querySelectorAll('#gallery figure').length === n, EXPECTED, {
        timeout: 15_000,
      });
      const shown = await figures(page);
      assert.equal(shown.length, EXPECTED);
      for (const figure of shown) {
        assert.ok(
          figure.src?.startsWith('gallery/chromium/') || figure.missing?.includes('npm run gallery'),
          JSON.stringify(figure),
        );
      }
      assert.ok(
        shown.some(({ caption }) => caption.includes('<troop-counter history casualties locale="fr">')),
        'a caption gives the markup that drew it',
      );
      await page.click('input[value="webkit"]');
      await page.waitForFunction(
        () => !document.querySelector('#gallery img[src*="/chromium/"]'),
        undefined,
        { timeout: 10_000 },
      );
      const webkit = await figures(page);
      assert.equal(webkit.length, EXPECTED);
      assert.ok(webkit.every(({ src, missing }) => src?.startsWith('gallery/webkit/') || missing));
      assert.deepEqual(await page.violations(), []);
      assert.deepEqual(await page.errors(), []);
    } finally {
      await page.close();
    }
  });
});
