// The mission editor, end to end in Chromium: open, break a value, see the message, fix it,
// download, and compare the downloaded file.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import {
  chromiumOnly,
  launchBrowser,
  openPage,
  shadowText,
  startServer,
  widgetsRendered,
} from './harness.mjs';

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

const templateUrl = new URL('../../data/haiti-mss-tables/', import.meta.url);
const tablesApi = new URL('../../dist/tables.js', import.meta.url);
const dataApi = new URL('../../dist/data.js', import.meta.url);

/** The files of a ZIP whose entries are stored (the editor's), read without its code. */
function unzipStored(bytes) {
  const files = {};
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  while (view.getUint32(at, true) === 0x04034b50) {
    assert.equal(view.getUint16(at + 8, true), 0, 'stored, not compressed');
    const size = view.getUint32(at + 18, true);
    const nameLength = view.getUint16(at + 26, true);
    const start = at + 30 + nameLength + view.getUint16(at + 28, true);
    const name = new TextDecoder().decode(bytes.subarray(at + 30, at + 30 + nameLength));
    files[name] = new TextDecoder().decode(bytes.subarray(start, start + size));
    at = start + size;
  }
  return files;
}

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
  it('takes dropped CSV tables, adds a language and an event with a listed source, and downloads the file and its tables', async () => {
    const { page, context, log } = await openPage(browser, { acceptDownloads: true });
    await page.goto(`${server.origin}/demo/editor.html`);
    const names = (await readdir(templateUrl)).filter((name) => name.endsWith('.csv')).sort();
    const files = await Promise.all(
      names.map(async (name) => [name, await readFile(new URL(name, templateUrl), 'utf8')]),
    );
    // Dropped on the page, as from a file manager.
    await page.evaluate((files) => {
      const transfer = new DataTransfer();
      for (const [name, text] of files) transfer.items.add(new File([text], name, { type: 'text/csv' }));
      document.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }, files);
    await page.waitForSelector('#summary:has-text("No error")');
    assert.equal(await page.textContent('#open-status'), `Opened ${names.join(', ')}.`);

    // Five languages to preview in.
    assert.deepEqual(
      await page.$$eval('#locale option', (options) => options.map((option) => option.value)),
      ['en', 'fr', 'ht', 'es', 'sw'],
    );

    // A language the file does not have yet: a column beside every text.
    await page.fill('#new-language', 'not a language!');
    await page.getByRole('button', { name: 'Add the columns' }).click();
    assert.equal(
      await page.textContent('#language-status'),
      '“not a language!” is not a language code such as es or fr-CA.',
    );
    await page.fill('#new-language', 'es');
    await page.getByRole('button', { name: 'Add the columns' }).click();
    assert.match(
      await page.textContent('#language-status'),
      /^Added \d+ columns for es\. An empty one shows the text in en\.$/,
    );
    await page.getByRole('button', { name: /^events\.csv/ }).click();
    const headers = await page.$$eval('#grid thead th', (cells) => cells.map((cell) => cell.textContent));
    assert.deepEqual(
      headers.filter((name) => /^(title|summary) /.test(name)),
      ['title (en)', 'title (fr)', 'title (es)', 'summary (en)', 'summary (fr)', 'summary (es)'],
    );
    const spanish = 'El presidente de Haití es asesinado';
    await page.getByLabel('events.csv row 2, title (es)', { exact: true }).fill(spanish);
    await page.waitForSelector('#summary:has-text("No error")');

    // An event whose source is picked from the file's list; its title looks like a formula.
    await page.selectOption('#add-what', 'event');
    const source = await page.$eval('#add-source option', (option) => option.value);
    assert.notEqual(source, '');
    const title = '=1+1 is not a formula';
    await page.fill('#event-id', 'editor-event');
    await page.fill('#event-date', '2026-03-21');
    await page.selectOption('#event-category', 'other');
    await page.fill('#event-title', title);
    await page.selectOption('#add-source', source);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    assert.match(await page.textContent('#add-status'), /^Added as events\.csv row \d+\.$/);
    await page.waitForSelector('#summary:has-text("No error")');

    // The preview in Spanish shows the new column's text.
    await page.selectOption('#locale', 'es');
    await widgetsRendered(page);
    await shadowText(page, '#preview-column event-timeline', spanish);

    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    const mission = JSON.parse(await readFile(await json.path(), 'utf8'));
    assert.equal(mission.events[0].title.es, spanish);
    assert.deepEqual(
      mission.events.find((event) => event.id === 'editor-event'),
      {
        id: 'editor-event',
        date: '2026-03-21',
        title: { en: title },
        category: 'other',
        countries: [],
        sources: [source],
      },
    );

    const [zip] = await Promise.all([page.waitForEvent('download'), page.click('#download-tables')]);
    assert.equal(zip.suggestedFilename(), 'mission-tables.zip');
    const tables = unzipStored(await readFile(await zip.path()));
    assert.deepEqual(Object.keys(tables).sort(), names);
    // No cell a spreadsheet would run; the tables import as the file that was downloaded.
    assert.match(tables['events.csv'], /\r\neditor-event,2026-03-21,other,,'=1\+1 is not a formula,/);
    const { importTables } = await import(tablesApi);
    const { validateMission } = await import(dataApi);
    const imported = importTables(tables, validateMission);
    assert.equal(imported.ok, true);
    assert.deepEqual(canonical(imported.mission), canonical(mission));

    assert.deepEqual(log.errors, []);
    await context.close();
  });
});
