/**
 * One table as a grid of labelled inputs, and each problem shown beside its cell: the input is
 * marked invalid and described by the message, as the command line says it.
 */
import { formatTableIssue } from '../dist/tables.js';

const TEXT_COLUMN = /\(.+\)$|^(note|summary|title|name|leadership)$/;

export function renderGrid(container, file, rows, onEdit, onDelete) {
  const [header = [], ...body] = rows;
  const table = document.createElement('table');
  const caption = table.createCaption();
  caption.textContent = file;
  const head = table.createTHead().insertRow();
  for (const name of ['row', ...header, '']) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = name;
    head.append(th);
  }
  const tbody = table.createTBody();
  body.forEach((cells, index) => {
    const rowNumber = index + 2;
    const tr = tbody.insertRow();
    tr.dataset.row = String(rowNumber);
    const th = document.createElement('th');
    th.scope = 'row';
    th.textContent = String(rowNumber);
    tr.append(th);
    header.forEach((name, column) => {
      const td = tr.insertCell();
      const field = TEXT_COLUMN.test(name)
        ? document.createElement('textarea')
        : document.createElement('input');
      if (field instanceof HTMLTextAreaElement) field.rows = 1;
      field.value = cells[column] ?? '';
      field.dataset.column = name;
      field.setAttribute('aria-label', `${file} row ${rowNumber}, ${name}`);
      field.addEventListener('input', () => onEdit(index + 1, column, field.value));
      td.append(field);
    });
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = 'Delete';
    remove.setAttribute('aria-label', `Delete row ${rowNumber}`);
    remove.addEventListener('click', () => onDelete(index + 1));
    tr.insertCell().append(remove);
  });
  container.replaceChildren(table);
}

/** Marks the cells (or rows) of this table that have problems, and clears the others. */
export function showProblems(container, file, issues) {
  for (const old of container.querySelectorAll('.problem')) old.remove();
  for (const field of container.querySelectorAll('[aria-invalid]')) {
    field.removeAttribute('aria-invalid');
    field.removeAttribute('aria-describedby');
  }
  let count = 0;
  for (const issue of issues) {
    if (issue.table !== file || issue.row === undefined) continue;
    const row = container.querySelector(`tr[data-row="${issue.row}"]`);
    if (!row) continue;
    const field =
      [...row.querySelectorAll('[data-column]')].find(
        (candidate) => candidate.dataset.column === issue.column,
      ) ?? row.querySelector('[data-column]');
    if (!field) continue;
    const note = document.createElement('p');
    note.className = `problem ${issue.severity}`;
    note.id = `problem-${count++}`;
    note.textContent = `${issue.severity}: ${formatTableIssue(issue)}`;
    field.after(note);
    if (issue.severity === 'error') field.setAttribute('aria-invalid', 'true');
    const described = field.getAttribute('aria-describedby');
    field.setAttribute('aria-describedby', described ? `${described} ${note.id}` : note.id);
  }
}

/** The input of a cell, to focus from the list of problems. */
export function cellInput(container, issue) {
  const row = container.querySelector(`tr[data-row="${issue.row}"]`);
  return (
    [...(row?.querySelectorAll('[data-column]') ?? [])].find(
      (field) => field.dataset.column === issue.column,
    ) ?? row?.querySelector('[data-column]')
  );
}
