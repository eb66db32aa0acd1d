// The mission editor, end to end in every engine: open, break a value, see the message, fix it,
// download, and compare the downloaded file. Files reach the page as a reader's browser hands
// them over (the file input's files, a drop's DataTransfer), built in the page; a download is
// the link the page clicks, its name and the Blob behind its address, read in the page.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before } from 'node:test';
import { describeInEngines, shadowText, startServer, widgetsRendered } from './harness.mjs';

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

/**
 * Records the files the page offers for download instead of saving them: every Blob given an
 * object URL, and, for each click of a link with a `download` name, that name and the Blob of
 * its address. Installed after each load (the page makes its URLs when a button is clicked).
 */
function captureDownloads() {
  if (window.__downloads) return;
  window.__downloads = [];
  const blobs = new Map();
  const create = URL.createObjectURL;
  URL.createObjectURL = (object) => {
    const url = create.call(URL, object);
    blobs.set(url, object);
    return url;
  };
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target.closest?.('a[download]');
      if (!link) return;
      // The file is read here; the browser's own download would leave a file on this machine.
      event.preventDefault();
      window.__downloads.push({ name: link.download, blob: blobs.get(link.href) });
    },
    true,
  );
}

let server;
before(async () => {
  server = await startServer({
    // The editor page with WebKit's console recorder, as every engine records it.
    recordFiles: true,
    respond: async (path, _request, response) => {
      // The page's import map points at valibot in node_modules, as `npm start` serves it.
      if (path.startsWith('/node_modules/valibot/') || path === '/__axe.js') {
        const file = path === '/__axe.js' ? AXE : new URL(`../..${path}`, import.meta.url);
        response.writeHead(200, { 'content-type': 'text/javascript' }).end(await readFile(file));
        return true;
      }
      return false;
    },
  });
});
after(() => server?.close());

describeInEngines('test/e2e/editor.test.mjs', 'demo/editor.html', (engine) => {
  const { it } = engine;

  /**
   * Opens the editor with nothing kept from another test: WebKit's pages are windows of one
   * session, which share local storage, so what an earlier test left there is removed first.
   */
  async function visit(options) {
    const page = await engine.browser.openPage(options);
    await page.goto(`${server.origin}/demo/editor.html`);
    const kept = await page.evaluate(() => {
      const kept = localStorage.length > 0;
      localStorage.clear();
      return kept;
    });
    if (kept) await page.reload();
    await page.evaluate(captureDownloads);
    return page;
  }

  const cell = (row, column, file = 'figures.csv') => `[aria-label="${file} row ${row}, ${column}"]`;
  const text = (page, selector) =>
    page.evaluate((selector) => document.querySelector(selector).textContent, selector);
  const disabled = (page, selector) =>
    page.evaluate((selector) => document.querySelector(selector).disabled, selector);
  const value = (page, selector) =>
    page.evaluate((selector) => document.querySelector(selector).value, selector);
  const noError = (page) =>
    page
      .waitForFunction(() => document.getElementById('summary').textContent.startsWith('No error'))
      .catch(async (error) => {
        const said = await page.evaluate(() => ({
          summary: document.getElementById('summary').textContent,
          status: document.getElementById('open-status').textContent,
          errors: window.__e2eLog?.errors,
          console: window.__e2eLog?.console,
          fetched: performance
            .getEntriesByType('resource')
            .map((entry) => [entry.name, Math.round(entry.duration)]),
          time: Math.round(performance.now()),
        }));
        throw new Error(`${error.message}\nthe page shows: ${JSON.stringify(said)}`);
      });

  /** Clicks the button of the table list whose text starts with this file's name. */
  async function showTable(page, file) {
    const index = await page
      .waitForFunction(
        (file) =>
          1 +
          [...document.querySelectorAll('#table-list > button')].findIndex((button) =>
            button.textContent.startsWith(`${file} (`),
          ),
        file,
      )
      .catch(async (error) => {
        // What the page said instead (a file it could not read, or nothing at all).
        const said = await page.evaluate(() => ({
          status: document.getElementById('open-status').textContent,
          tables: document.getElementById('table-list').textContent,
          errors: window.__e2eLog?.errors,
        }));
        throw new Error(`${error.message}\nthe page shows: ${JSON.stringify(said)}`);
      });
    await page.click(`#table-list > button:nth-child(${index})`);
  }

  /** Gives the file input these files ([name, text, type]), as the file chooser does. */
  const chooseFiles = (page, selector, files) =>
    page.evaluate(
      ([selector, files]) => {
        const transfer = new DataTransfer();
        for (const [name, text, type] of files) transfer.items.add(new File([text], name, { type }));
        const input = document.querySelector(selector);
        input.files = transfer.files;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        input.dispatchEvent(new Event('change', { bubbles: true }));
      },
      [selector, files],
    );

  /** Clicks `selector` and answers the file the page then offers: its name and bytes. */
  async function download(page, selector) {
    const before = await page.evaluate(() => window.__downloads.length);
    await page.click(selector);
    await page.waitForFunction((before) => window.__downloads.length > before, before);
    const { name, base64 } = await page.evaluate(async () => {
      const { name, blob } = window.__downloads.at(-1);
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let binary = '';
      for (let at = 0; at < bytes.length; at += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
      }
      return { name, base64: btoa(binary) };
    });
    return { name, bytes: new Uint8Array(Buffer.from(base64, 'base64')) };
  }
  const json = ({ bytes }) => JSON.parse(new TextDecoder().decode(bytes));

  it('opens a file, shows a problem beside its value, downloads only when fixed, and keeps edits over a reload', async () => {
    const page = await visit();
    await chooseFiles(page, '#files', [
      ['haiti-mss.json', await readFile(shippedUrl, 'utf8'), 'application/json'],
    ]);
    await showTable(page, 'figures.csv');
    await noError(page);
    assert.equal(await disabled(page, '#download'), false);

    const count = cell(3, 'count');
    const good = await value(page, count);
    await page.fill(count, '1.000');
    const message = "error: figures.csv row 3, column count: expected a whole number, found '1.000'";
    const beside = 'tr[data-row="3"] .problem';
    await page.waitForFunction((beside) => document.querySelector(beside), beside);
    assert.equal(await text(page, beside), message);
    assert.equal(
      await page.evaluate((count) => document.querySelector(count).getAttribute('aria-invalid'), count),
      'true',
    );
    assert.equal(await text(page, '#problems li'), message);
    assert.equal(await disabled(page, '#download'), true);

    // A reload keeps the broken edit: nothing is lost until downloaded or discarded.
    await page.reload();
    await page.evaluate(captureDownloads);
    await showTable(page, 'figures.csv');
    assert.equal(await value(page, cell(3, 'count')), '1.000');
    assert.match(await text(page, '#open-status'), /Restored your edits/);

    await page.fill(cell(3, 'count'), good);
    await noError(page);
    assert.equal(await page.evaluate(() => document.querySelectorAll('.problem.error').length), 0);
    const downloaded = await download(page, '#download');
    assert.equal(downloaded.name, 'mission.json');
    const shipped = JSON.parse(await readFile(shippedUrl, 'utf8'));
    assert.deepEqual(canonical(json(downloaded)), canonical(shipped));
    assert.equal(await page.evaluate(() => localStorage.getItem('mission-widgets-editor')), null);

    assert.deepEqual(await page.errors(), []);
    assert.deepEqual(
      (await page.origins()).filter((origin) => origin !== server.origin),
      [],
    );
    await page.close();
  });

  it('adds a figure with a new source, and previews the three widgets at both widths, in French, as of a day', async () => {
    const page = await visit();
    await page.click('#example');
    await noError(page);
    const rowCount = () => page.evaluate(() => document.querySelectorAll('#grid tbody tr').length);
    const rows = await rowCount();

    await page.selectOption('#figure-contributor', 'JM');
    await page.fill('#figure-date', '2026-03-20');
    await page.fill('#figure-count', '40');
    await page.selectOption('#add-source', '');
    await page.fill('#source-id', 'gleaner-2026-03-20');
    await page.fill('#source-publisher', 'Gleaner');
    await page.fill('#source-title', 'Jamaican contingent returns');
    await page.fill('#source-url', 'https://example.org/gleaner');
    await page.click('#add button[type="submit"]');
    assert.match(await text(page, '#add-status'), /^Added as figures\.csv row \d+\.$/);
    assert.equal(await rowCount(), rows + 1);
    await noError(page);

    await page.selectOption('#locale', 'fr');
    await page.fill('#as-of', '2024-09-21');
    await page.evaluate(() =>
      document.getElementById('as-of').dispatchEvent(new Event('change', { bubbles: true })),
    );
    await widgetsRendered(page);
    for (const frame of ['#preview-phone', '#preview-column']) {
      const tags = await page.evaluate(
        (frame) =>
          [...document.querySelectorAll(`${frame} > *`)].map(
            (element) =>
              `${element.localName} ${element.getAttribute('locale')} ${element.getAttribute('as-of')}`,
          ),
        frame,
      );
      assert.deepEqual(tags, [
        'troop-counter fr 2024-09-21',
        'contributor-list fr 2024-09-21',
        'event-timeline fr 2024-09-21',
      ]);
    }
    const widths = await page.evaluate(() =>
      [...document.querySelectorAll('.frame')].map((frame) => frame.getBoundingClientRect().width),
    );
    assert.deepEqual(widths, [360, 640]);
    await page.close();
  });

  it('passes axe (WCAG 2 A and AA) with a problem shown, and works by keyboard', async () => {
    const page = await visit({ viewport: { width: 1280, height: 900 } });
    await page.focus('#example');
    await page.press('Enter');
    await noError(page);
    await page.focus(cell(2, 'count'));
    await page.press('End');
    await page.press('x');
    await page.waitForFunction(() => document.querySelector('tr[data-row="2"] .problem'));
    // The list of problems takes the editor to the cell.
    await page.focus('#problems button');
    await page.press('Enter');
    assert.equal(
      await page.evaluate(() => document.activeElement?.getAttribute('aria-label')),
      'figures.csv row 2, count',
    );
    assert.match(await value(page, cell(2, 'count')), /^\d+x$/);
    await widgetsRendered(page);
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const script = Object.assign(document.createElement('script'), { src: '/__axe.js' });
          script.onload = resolve;
          script.onerror = reject;
          document.head.append(script);
        }),
    );
    const violations = await page.evaluate(async () => {
      const { violations } = await window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa'] });
      return violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`,
      );
    });
    assert.deepEqual(violations, []);
    await page.close();
  });

  it('takes dropped CSV tables, adds a language and an event with a listed source, and downloads the file and its tables', async () => {
    const page = await visit();
    const names = (await readdir(templateUrl)).filter((name) => name.endsWith('.csv')).sort();
    const files = await Promise.all(
      names.map(async (name) => [name, await readFile(new URL(name, templateUrl), 'utf8')]),
    );
    // Dropped on the page, as from a file manager.
    await page.evaluate((files) => {
      const transfer = new DataTransfer();
      for (const [name, text] of files) transfer.items.add(new File([text], name, { type: 'text/csv' }));
      document.body.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    }, files);
    await noError(page);
    assert.equal(await text(page, '#open-status'), `Opened ${names.join(', ')}.`);

    // Five languages to preview in.
    assert.deepEqual(
      await page.evaluate(() =>
        [...document.querySelectorAll('#locale option')].map((option) => option.value),
      ),
      ['en', 'fr', 'ht', 'es', 'sw'],
    );

    // A language the file does not have yet: a column beside every text.
    const addColumns = '#add-language button[type="submit"]';
    await page.fill('#new-language', 'not a language!');
    await page.click(addColumns);
    assert.equal(
      await text(page, '#language-status'),
      '“not a language!” is not a language code such as es or fr-CA.',
    );
    await page.fill('#new-language', 'es');
    await page.click(addColumns);
    assert.match(
      await text(page, '#language-status'),
      /^Added \d+ columns for es\. An empty one shows the text in en\.$/,
    );
    await showTable(page, 'events.csv');
    const headers = await page.evaluate(() =>
      [...document.querySelectorAll('#grid thead th')].map((cell) => cell.textContent),
    );
    assert.deepEqual(
      headers.filter((name) => /^(title|summary) /.test(name)),
      ['title (en)', 'title (fr)', 'title (es)', 'summary (en)', 'summary (fr)', 'summary (es)'],
    );
    const spanish = 'El presidente de Haití es asesinado';
    await page.fill(cell(2, 'title (es)', 'events.csv'), spanish);
    await noError(page);

    // An event whose source is picked from the file's list; its title looks like a formula.
    await page.selectOption('#add-what', 'event');
    const source = await value(page, '#add-source option');
    assert.notEqual(source, '');
    const title = '=1+1 is not a formula';
    await page.fill('#event-id', 'editor-event');
    await page.fill('#event-date', '2026-03-21');
    await page.selectOption('#event-category', 'other');
    await page.fill('#event-title', title);
    await page.selectOption('#add-source', source);
    await page.click('#add button[type="submit"]');
    assert.match(await text(page, '#add-status'), /^Added as events\.csv row \d+\.$/);
    await noError(page);

    // The preview in Spanish shows the new column's text.
    await page.selectOption('#locale', 'es');
    await widgetsRendered(page);
    await shadowText(page, '#preview-column event-timeline', spanish);

    const file = await download(page, '#download');
    assert.equal(file.name, 'mission.json');
    const mission = json(file);
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

    const zip = await download(page, '#download-tables');
    assert.equal(zip.name, 'mission-tables.zip');
    const tables = unzipStored(zip.bytes);
    assert.deepEqual(Object.keys(tables).sort(), names);
    // No cell a spreadsheet would run; the tables import as the file that was downloaded.
    assert.match(tables['events.csv'], /\r\neditor-event,2026-03-21,other,,'=1\+1 is not a formula,/);
    const { importTables } = await import(tablesApi);
    const { validateMission } = await import(dataApi);
    const imported = importTables(tables, validateMission);
    assert.equal(imported.ok, true);
    assert.deepEqual(canonical(imported.mission), canonical(mission));

    assert.deepEqual(await page.errors(), []);
    await page.close();
  });
});
