/**
 * The mission editor: the mission as its spreadsheet tables, checked on every edit with the
 * command line's own code and messages, previewed in all three widgets, downloaded when valid.
 * It reads files from this browser and its own host only, and sends nothing anywhere.
 */
import { validateMission } from '../dist/data.js';
import {
  formatTableIssue,
  importTables,
  MISSION_FIELDS,
  missionToRows,
  TABLE_FILES,
  TABLES,
  writeCsv,
} from '../dist/tables.js';
import { cellInput, renderGrid, showProblems } from './editor-grid.js';
import { complete, forget, readFiles, restore, save } from './editor-state.js';
import { zipFiles } from './editor-zip.js';

const $ = (id) => document.getElementById(id);
const WIDGETS = ['troop-counter', 'contributor-list', 'event-timeline'];

/** @type {Record<string, string[][]> | undefined} */
let tables;
let current = 'figures.csv';
let result;
let lastValid;
let shownPreview = '';
let pending;

const texts = () => Object.fromEntries(Object.entries(tables).map(([file, rows]) => [file, writeCsv(rows)]));
const column = (file, name) => tables[file][0].indexOf(name);
const cellsOf = (file, name) =>
  tables[file]
    .slice(1)
    .map((row) => row[column(file, name)] ?? '')
    .filter(Boolean);
const missionLanguage = () => tables['mission.csv'].find((row) => row[0] === 'language')?.[1] || 'en';

function open(next, status) {
  tables = next;
  $('workspace').hidden = false;
  $('discard').disabled = false;
  $('open-status').textContent = status;
  persist();
  showTable(current);
}

function persist() {
  if (!save(tables, 'mission.json'))
    $('open-status').textContent = 'This browser does not keep the edits: download before leaving.';
}

/** Checks the tables as `mission-widgets import` does, and shows every problem. */
function check() {
  clearTimeout(pending);
  result = importTables(texts(), validateMission);
  if (result.ok) lastValid = result.mission;
  const errors = result.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = result.issues.length - errors;
  const plural = (count, word) => `${count} ${word}${count === 1 ? '' : 's'}`;
  $('summary').textContent = errors
    ? `${plural(errors, 'error')}, ${plural(warnings, 'warning')}: fix the errors to download the file.`
    : `No error, ${plural(warnings, 'warning')}: the file can be downloaded.`;
  $('download').disabled = !result.ok;
  const items = result.issues.map((issue) => {
    const item = document.createElement('li');
    item.className = issue.severity;
    const text = `${issue.severity}: ${formatTableIssue(issue)}`;
    if (issue.row === undefined || !TABLE_FILES.includes(issue.table)) item.textContent = text;
    else {
      const go = document.createElement('button');
      go.type = 'button';
      go.textContent = text;
      go.addEventListener('click', () => {
        showTable(issue.table);
        cellInput($('grid'), issue)?.focus();
      });
      item.append(go);
    }
    return item;
  });
  $('problems').replaceChildren(...items);
  showProblems($('grid'), current, result.issues);
  tableButtons();
  fillAddForm();
  preview();
}

const later = () => {
  clearTimeout(pending);
  pending = setTimeout(check, 150);
};

function tableButtons() {
  const buttons = TABLE_FILES.map((file) => {
    const button = document.createElement('button');
    button.type = 'button';
    const errors =
      result?.issues.filter((issue) => issue.table === file && issue.severity === 'error').length ?? 0;
    button.textContent = `${file} (${tables[file].length - 1})${errors ? `, ${errors} ${errors === 1 ? 'error' : 'errors'}` : ''}`;
    button.setAttribute('aria-pressed', String(file === current));
    button.addEventListener('click', () => showTable(file));
    return button;
  });
  const focused =
    document.activeElement?.parentElement === $('table-list')
      ? [...$('table-list').children].indexOf(document.activeElement)
      : -1;
  $('table-list').replaceChildren(...buttons);
  if (focused >= 0) buttons[focused].focus();
}

function showTable(file) {
  current = file;
  renderGrid(
    $('grid'),
    file,
    tables[file],
    (row, at, value) => {
      const cells = tables[file][row];
      while (cells.length <= at) cells.push('');
      cells[at] = value;
      persist();
      later();
    },
    (row) => {
      tables[file].splice(row, 1);
      persist();
      showTable(file);
    },
  );
  check();
}

/** The three widgets at a phone's and an article column's width, with the last valid file. */
function preview() {
  const asOf = $('as-of').value;
  const locale = $('locale').value;
  $('preview-status').textContent = !lastValid
    ? 'The preview appears once the file has no error.'
    : result?.ok
      ? ''
      : 'The preview shows the last version without errors; fix the errors to see your latest edits.';
  if (!lastValid) {
    $('preview-phone').replaceChildren();
    $('preview-column').replaceChildren();
    shownPreview = '';
    return;
  }
  const json = JSON.stringify(lastValid);
  const key = `${asOf} ${locale} ${json}`;
  if (key === shownPreview) return;
  shownPreview = key;
  for (const frame of [$('preview-phone'), $('preview-column')]) {
    frame.replaceChildren(
      ...WIDGETS.map((tag) => {
        const element = document.createElement(tag);
        element.setAttribute('locale', locale);
        if (asOf) element.setAttribute('as-of', asOf);
        const data = document.createElement('script');
        data.type = 'application/json';
        data.textContent = json;
        element.append(data);
        return element;
      }),
    );
  }
}

/** The contributors and sources the form offers, from the tables as they are now. */
function fillAddForm() {
  const options = (select, values, extra = []) => {
    const chosen = select.value;
    select.replaceChildren(
      ...[...values, ...extra].map(([value, label]) => {
        const option = document.createElement('option');
        option.value = value;
        option.textContent = label;
        return option;
      }),
    );
    if ([...select.options].some((option) => option.value === chosen)) select.value = chosen;
  };
  options(
    $('figure-contributor'),
    cellsOf('contributors.csv', 'id').map((id) => [id, id]),
  );
  const publishers = new Map(
    tables['sources.csv']
      .slice(1)
      .map((row) => [row[column('sources.csv', 'id')], row[column('sources.csv', 'publisher')]]),
  );
  options(
    $('add-source'),
    cellsOf('sources.csv', 'id').map((id) => [id, `${id} (${publishers.get(id) ?? ''})`]),
    [['', 'A new source…']],
  );
  $('new-source').hidden = $('add-source').value !== '';
}

/** Sets the cell of a new row by its column, adding a text's language column when it is missing. */
function setCell(file, row, name, value) {
  if (!value) return;
  let at = column(file, name);
  if (at < 0) {
    const plain = name.replace(/ \(.+\)$/, '');
    at = column(file, plain);
    if (at < 0) {
      tables[file].forEach((cells, index) => cells.push(index === 0 ? name : ''));
      at = tables[file][0].length - 1;
    }
  }
  while (row.length <= at) row.push('');
  row[at] = value;
}

function addRow(file, values) {
  const row = tables[file][0].map(() => '');
  for (const [name, value] of Object.entries(values)) setCell(file, row, name, value);
  tables[file].push(row);
  return tables[file].length;
}

function submitAdd(event) {
  event.preventDefault();
  const form = $('add');
  const value = (name) => form.elements.namedItem(name).value.trim();
  const lang = missionLanguage();
  let source = value('source');
  if (!source) {
    source = value('source-id');
    addRow('sources.csv', {
      id: source,
      publisher: value('source-publisher'),
      [`title (${lang})`]: value('source-title'),
      url: value('source-url'),
      date: value('source-date'),
    });
  }
  const file = value('what') === 'event' ? 'events.csv' : 'figures.csv';
  const row =
    file === 'figures.csv'
      ? addRow(file, {
          contributor: value('contributor'),
          date: value('figure-date'),
          status: value('status'),
          kind: value('kind'),
          count: value('count'),
          approximate: form.elements.namedItem('approximate').checked ? 'yes' : '',
          [`note (${lang})`]: value('figure-note'),
          sources: source,
        })
      : addRow(file, {
          id: value('event-id'),
          date: value('event-date'),
          category: value('category'),
          countries: value('event-countries'),
          [`title (${lang})`]: value('event-title'),
          [`summary (${lang})`]: value('event-summary'),
          sources: source,
        });
  persist();
  showTable(file);
  const problems = result.issues.filter(
    (issue) => issue.table === file && issue.row === row && issue.severity === 'error',
  );
  $('add-status').textContent = problems.length
    ? `Added as ${file} row ${row}, with problems to fix: ${problems.map((issue) => issue.message).join('; ')}`
    : `Added as ${file} row ${row}.`;
  if (!problems.length) form.reset();
  fillAddForm();
}

function download() {
  if (!result?.ok) return;
  offer(
    new Blob([`${JSON.stringify(result.mission, null, 2)}\n`], { type: 'application/json' }),
    'mission.json',
  );
  forget();
  $('download-status').textContent = 'Downloaded mission.json. This browser no longer keeps the edits.';
}

/** Starts the download of one file the page made. */
function offer(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/** The tables as they are, errors and all, as CSV written as the command line's `export` writes it. */
function downloadTables() {
  if (!tables) return;
  offer(zipFiles(texts()), 'mission-tables.zip');
  $('download-status').textContent =
    'Downloaded mission-tables.zip: unzip it into a folder for a spreadsheet or `mission-widgets import`. Your edits stay in this browser until you download mission.json or discard them.';
}

/** A header's text field and language: "title (fr)" → ["title", "fr"]; "title" → ["title"]. */
const headerParts = (name) => {
  const match = /^(.*?)\s*\(\s*([^()]*?)\s*\)$/.exec(name.trim());
  return match ? [match[1].trim().toLowerCase(), match[2]] : [name.trim().toLowerCase()];
};

/**
 * A column for `lang` beside every text column of every table (a row in mission.csv), after the
 * languages already there. A text kept in one column without a language becomes the file's
 * language's column first, so that the two can sit side by side.
 */
function addLanguage(event) {
  event.preventDefault();
  const typed = $('new-language').value.trim();
  let lang;
  try {
    [lang] = Intl.getCanonicalLocales(typed);
  } catch {
    lang = undefined;
  }
  if (!typed || !lang) {
    $('language-status').textContent = `“${typed}” is not a language code such as es or fr-CA.`;
    return;
  }
  const own = missionLanguage();
  let added = 0;
  for (const spec of TABLES) {
    const rows = tables[spec.file];
    for (const column of spec.columns.filter((candidate) => candidate.text)) {
      const at = rows[0].flatMap((name, index) => (headerParts(name)[0] === column.name ? [index] : []));
      if (!at.length || at.some((index) => (headerParts(rows[0][index])[1] ?? own) === lang)) continue;
      for (const index of at)
        if (headerParts(rows[0][index])[1] === undefined) rows[0][index] = `${column.name} (${own})`;
      const after = at.at(-1) + 1;
      rows.forEach((cells, index) => {
        while (cells.length < after) cells.push('');
        cells.splice(after, 0, index === 0 ? `${column.name} (${lang})` : '');
      });
      added++;
    }
  }
  const mission = tables['mission.csv'];
  for (const field of MISSION_FIELDS.filter((candidate) => candidate.text)) {
    const at = mission.flatMap((cells, index) =>
      index && headerParts(cells[0] ?? '')[0] === field.name ? [index] : [],
    );
    if (!at.length || at.some((index) => (headerParts(mission[index][0])[1] ?? own) === lang)) continue;
    for (const index of at)
      if (headerParts(mission[index][0])[1] === undefined) mission[index][0] = `${field.name} (${own})`;
    mission.splice(at.at(-1) + 1, 0, [`${field.name} (${lang})`, '']);
    added++;
  }
  persist();
  showTable(current);
  $('language-status').textContent = added
    ? `Added ${added} ${added === 1 ? 'column' : 'columns'} for ${lang}. An empty one shows the text in ${own}.`
    : `Every text already has a column for ${lang}.`;
  if (added) $('new-language').value = '';
}

async function openFiles(files) {
  const read = await readFiles([...files], tables);
  if (read.tables)
    open(read.tables, [`Opened ${[...files].map((file) => file.name).join(', ')}.`, ...read.notes].join(' '));
  else $('open-status').textContent = read.notes.join(' ');
}

$('files').addEventListener('change', () => openFiles($('files').files));
document.addEventListener('dragover', (event) => {
  event.preventDefault();
  document.body.classList.add('dragging');
});
document.addEventListener('dragleave', () => document.body.classList.remove('dragging'));
document.addEventListener('drop', (event) => {
  event.preventDefault();
  document.body.classList.remove('dragging');
  if (event.dataTransfer?.files.length) void openFiles(event.dataTransfer.files);
});
$('example').addEventListener('click', async () => {
  const response = await fetch('../data/haiti-mss.json');
  open(complete(missionToRows(await response.json())), 'Opened the shipped Haiti mission.');
});
$('discard').addEventListener('click', () => {
  forget();
  tables = undefined;
  result = undefined;
  lastValid = undefined;
  shownPreview = '';
  $('workspace').hidden = true;
  $('discard').disabled = true;
  $('open-status').textContent = 'Edits discarded.';
});
$('add-row').addEventListener('click', () => {
  tables[current].push(tables[current][0].map(() => ''));
  persist();
  showTable(current);
  $('grid').querySelector('tbody tr:last-child [data-column]')?.focus();
});
$('add-what').addEventListener('change', () => {
  const event = $('add-what').value === 'event';
  $('add-event').hidden = !event;
  $('add-figure').hidden = event;
});
$('add-source').addEventListener('change', () => ($('new-source').hidden = $('add-source').value !== ''));
$('add').addEventListener('submit', submitAdd);
$('download').addEventListener('click', download);
$('download-tables').addEventListener('click', downloadTables);
$('add-language').addEventListener('submit', addLanguage);
$('as-of').addEventListener('change', preview);
$('locale').addEventListener('change', preview);

const saved = restore();
if (saved) {
  const when = new Date(saved.savedAt).toLocaleString('en');
  open(
    complete(saved.tables),
    `Restored your edits from ${when}: kept in this browser until you download or discard them.`,
  );
}
