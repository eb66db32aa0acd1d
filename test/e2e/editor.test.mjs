// The mission editor, end to end in Chromium: open, break a value, see the message, fix it,
// download, and compare the downloaded file.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { chromiumOnly, launchBrowser, openPage, startServer, widgetsRendered } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const shippedUrl = new URL('../../data/haiti-mss.json', import.meta.url);
const canonical = (value) => {
  if (Array.isArray(value)) return value.map(canonical);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, child]) => !(Array.isArray(child) && child.length === 0 && key !== 'leads'))
      .map(([key, child]) => [key, canonical(child)]),
  );
};

chromiumOnly('test/e2e/editor.test.mjs', 'demo/editor.html');

describe('demo/editor.html', () => {
  let server;
  let browser;
  before(async () => {
    server = await startServer({
      // The page's import map points at valibot in node_modules, as `npm start` serves it.
      respond: async (path, _request, response) => {
        if (!path.startsWith('/node_modules/valibot/')) return false;
        const body = await readFile(new URL(`../..${path}`, import.meta.url));
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
        return true;
      },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  const cell = (page, row, column) => page.getByLabel(`figures.csv row ${row}, ${column}`, { exact: true });

  it('opens a file, shows a problem beside its value, downloads only when fixed, and keeps edits over a reload', async () => {
    const { page, context, log } = await openPage(browser, { acceptDownloads: true });
    await page.goto(`${server.origin}/demo/editor.html`);
    await page.setInputFiles('#files', shippedUrl.pathname);
    await page.getByRole('button', { name: /^figures\.csv/ }).click();
    await page.waitForSelector('#summary:has-text("No error")');
    assert.equal(await page.isEnabled('#download'), true);

    const count = cell(page, 3, 'count');
    const good = await count.inputValue();
    await count.fill('1.000');
    const message = "error: figures.csv row 3, column count: expected a whole number, found '1.000'";
    const beside = page.locator('tr[data-row="3"] .problem');
    await beside.waitFor();
    assert.equal(await beside.textContent(), message);
    assert.equal(await count.getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#problems li').first().textContent(), message);
    assert.equal(await page.isDisabled('#download'), true);

    // A reload keeps the broken edit: nothing is lost until downloaded or discarded.
    await page.reload();
    await page.getByRole('button', { name: /^figures\.csv/ }).click();
    assert.equal(await cell(page, 3, 'count').inputValue(), '1.000');
    assert.match(await page.textContent('#open-status'), /Restored your edits/);

    await cell(page, 3, 'count').fill(good);
    await page.waitForSelector('#summary:has-text("No error")');
    assert.equal(await page.locator('.problem.error').count(), 0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    assert.equal(download.suggestedFilename(), 'mission.json');
    const downloaded = JSON.parse(await readFile(await download.path(), 'utf8'));
    const shipped = JSON.parse(await readFile(shippedUrl, 'utf8'));
    assert.deepEqual(canonical(downloaded), canonical(shipped));
    assert.equal(await page.evaluate(() => localStorage.getItem('mission-widgets-editor')), null);

    assert.deepEqual(log.errors, []);
    assert.deepEqual(
      [...log.origins].filter((origin) => origin !== server.origin && origin !== 'null'),
      [],
    );
    await context.close();
  });

  it('adds a figure with a new source, and previews the three widgets at both widths, in French, as of a day', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${server.origin}/demo/editor.html`);
    await page.click('#example');
    await page.waitForSelector('#summary:has-text("No error")');
    const rows = await page.locator('#grid tbody tr').count();

    await page.selectOption('#figure-contributor', 'JM');
    await page.fill('#figure-date', '2026-03-20');
    await page.fill('#figure-count', '40');
    await page.selectOption('#add-source', '');
    await page.fill('#source-id', 'gleaner-2026-03-20');
    await page.fill('#source-publisher', 'Gleaner');
    await page.fill('#source-title', 'Jamaican contingent returns');
    await page.fill('#source-url', 'https://example.org/gleaner');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    assert.match(await page.textContent('#add-status'), /^Added as figures\.csv row \d+\.$/);
    assert.equal(await page.locator('#grid tbody tr').count(), rows + 1);
    await page.waitForSelector('#summary:has-text("No error")');

    await page.selectOption('#locale', 'fr');
    await page.fill('#as-of', '2024-09-21');
    await page.dispatchEvent('#as-of', 'change');
    await widgetsRendered(page);
    for (const frame of ['#preview-phone', '#preview-column']) {
      const tags = await page.$$eval(`${frame} > *`, (elements) =>
        elements.map(
          (element) =>
            `${element.localName} ${element.getAttribute('locale')} ${element.getAttribute('as-of')}`,
        ),
      );
      assert.deepEqual(tags, [
        'troop-counter fr 2024-09-21',
        'contributor-list fr 2024-09-21',
        'event-timeline fr 2024-09-21',
      ]);
    }
    const widths = await page.$$eval('.frame', (frames) =>
      frames.map((frame) => frame.getBoundingClientRect().width),
    );
    assert.deepEqual(widths, [360, 640]);
    await context.close();
  });

  it('passes axe (WCAG 2 A and AA) with a problem shown, and works by keyboard', async () => {
    const { page, context } = await openPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}/demo/editor.html`);
    await page.focus('#example');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#summary:has-text("No error")');
    const count = cell(page, 2, 'count');
    await count.focus();
    await page.keyboard.press('End');
    await page.keyboard.type('x');
    await page.locator('tr[data-row="2"] .problem').waitFor();
    // The list of problems takes the editor to the cell.
    await page.locator('#problems button').first().focus();
    await page.keyboard.press('Enter');
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      'figures.csv row 2, count',
    );
    await widgetsRendered(page);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const { violations } = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
      return violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
      );
    });
    assert.deepEqual(violations, []);
    await context.close();
  });
});
