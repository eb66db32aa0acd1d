/**
 * What `<contributor-list>` says in each row, in words and small templates: the line under a
 * name, a cell per column (the same content in either layout), the notes under a row, the fund
 * lines on top, and the numbered footnotes the source numbers link to.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { MoneyFigure } from '../data/money.js';
import { isolate } from '../data/isolate.js';
import { isNone, isSingle } from '../data/quantity.js';
import type { MissionData, Text } from '../data/schema.js';
import type { CommonMessages } from '../i18n/common.js';
import type { ContributorListMessages } from '../i18n/contributor-list.js';
import { formatDate, formatNumber, pluralRules } from '../i18n/format.js';
import {
  fundNamed,
  moneyText,
  shownMoney,
  type Column,
  type ContributorRow,
  type FundLine,
} from '../views/contributor-list.js';
import { caveats, noting, quantityText, type Mark } from '../views/words.js';
import { marked } from './mission-element.parts.js';
import type { Cell, RowParts } from './contributor-list.parts.js';

type Say = (value: Text) => string;

/**
 * Words that break over two lines at most, in any language: every space a no-break space but the
 * first from the middle on ("present, number" over "not reported"). The column is as wide as the
 * longer line, not as the longest word (three lines in a narrow column).
 */
function twoLines(words: string): string {
  const at = words.indexOf(' ', words.length / 2);
  return words.replace(/ /g, (space, index: number) => (index === at ? space : '\u00a0'));
}

/** A row's or a fund line's marks of the data's languages, and the `say` that notes them. */
interface Words {
  marks: Mark[];
  say: Say;
}

/**
 * The words of one render, for its locale's messages, the data's texts and sources, and the
 * view's footnote order: the parts of each row, the money in words, the footnotes paragraph.
 */
export function rowWords(
  locale: string,
  m: ContributorListMessages,
  common: CommonMessages,
  /** A data text in the widget's locale, isolated. */
  text: (value: Text) => string,
  /** A data text's language, where it is not the one the widget speaks. */
  lang: (value: Text) => string | undefined,
  data: MissionData,
  /** The source ids in footnote order. */
  notes: readonly string[],
) {
  const plural = pluralRules(locale);
  /**
   * The words of one row or fund line: its own list of the data's texts it says in a language
   * other than the widget's, and `say`, which gives a data text and notes it there, so that each
   * is marked with its language where it stands (its notes, its line, the sentences read for its
   * cells). Passed along, never shared between rows.
   */
  const marking = (): Words => {
    const marks: Mark[] = [];
    return { marks, say: noting(text, lang, marks) };
  };

  /** An amount's or a fund's note, as a figure's caveats; `whose` names the amount it is about. */
  const moneyNotes = ({ note }: { note?: Text }, say: Say, whose?: string) =>
    caveats({ notes: note ? [note] : [], alternatives: [] }, locale, say, whose);

  /** Money as the list shows it, each amount with the notes that say which amount they are about. */
  const moneyLines = (money: readonly MoneyFigure[], say: Say) =>
    money.map((figure) => {
      const shown = shownMoney(figure, money, locale, fundNamed(data, say)).join('');
      return { shown, notes: moneyNotes(figure, say, shown) };
    });

  function rowNotes(row: ContributorRow, say: Say): string[] {
    const figures = Object.values(row.personnel);
    return [
      ...new Set([
        ...figures.flatMap((figure) => caveats(figure, locale, say)),
        ...moneyLines(row.funding, say).flatMap((line) => line.notes),
      ]),
    ];
  }

  /**
   * A fund's line on top, its sources' numbers after it (the rows' marks, as small as a card's
   * over `dense` entries), and under it its figures' notes and its own. Read as it stands: it has
   * no sentence of its own.
   */
  function fundLine(fund: FundLine, dense: boolean): TemplateResult {
    const { marks: own, say } = marking();
    const lines = moneyLines(fund.money, say);
    const notes = [...moneyNotes(fund, say), ...lines.flatMap((line) => line.notes)];
    const line = m.named(
      fundNamed(data, say)(fund.id) ?? fund.name,
      lines.map((line) => line.shown).join(', '),
    );
    return html`<div class=${dense ? 'fund dense' : 'fund'} part="fund">
      <p>${marked(line, own)} ${marks(fund.sources)}</p>
      ${notes.map((note) => html`<p class="note">${marked(note, own)}</p> `)}
    </div>`;
  }

  /** The sources the rows' numbers stand for, in one small paragraph: "Sources: 1 AP, … 2 …". */
  function footnotes(): TemplateResult | typeof nothing {
    const sources = notes.map((id) => sourceLabel(id));
    if (!sources.some(Boolean)) return nothing;
    return html`<p class="footnotes" part="footnotes">
      <span class="muted">${m.head.sources}</span>
      ${sources.map((source, i) =>
        source
          ? html`<span class="footnote"
              ><span class="n">${formatNumber(i + 1, locale)}</span>${`\u00a0${source}`}</span
            > `
          : nothing,
      )}
    </p>`;
  }

  /** "AP, 12 September 2024", for a source id of the data. */
  function sourceLabel(id: string): string | undefined {
    const source = data.sources.find((s) => s.id === id);
    return source && common.source(isolate(source.publisher), source.date && formatDate(source.date, locale));
  }

  /** The words of the line under a name: its role unless a plain contributor, its kind of personnel, its time. */
  function metaWords(row: ContributorRow) {
    const month = row.arrival && formatDate(row.arrival.slice(0, 7), locale);
    const role =
      row.role === 'lead'
        ? m.role.lead
        : row.role === 'former'
          ? m.role.former
          : row.type === 'organisation'
            ? m.role.organisation
            : undefined;
    const when = row.left ? m.between(month, formatDate(row.left, locale)) : month && m.since(month);
    return { role, kind: row.kind && m.kind[row.kind], when };
  }

  /** The line under a name: "Lead nation · Police · since June 2024". */
  function meta(row: ContributorRow): Cell {
    const words = metaWords(row);
    const role = row.role === 'lead' ? html`<strong>${words.role}</strong>` : words.role;
    const when =
      row.left || !words.when ? words.when : html`<time datetime=${row.arrival}>${words.when}</time>`;
    const parts = [role, words.kind, when].filter((part) => part !== undefined && part !== '');
    if (!parts.length) return nothing;
    return html`${parts.map((part, i) => html`${i ? html`<span aria-hidden="true">${' · '}</span>` : nothing}<span>${part}</span>`)}`;
  }

  /**
   * The rows whose content is widest in each column (the name first, then one list per column),
   * by characters: the longest of each kind of line (the name, in its own font, and the line
   * under it) and the longest word, which size an automatic table layout. Rendered in a row of no
   * height, they give the columns their final widths from the first chunk of a long list.
   */
  function widest(rows: readonly ContributorRow[], columns: Column[]): ContributorRow[][] {
    // A cell's lines, each kind of line in its place: their lengths compare within a kind.
    const lines = (row: ContributorRow, column: number): string[] => {
      if (column === 0) {
        const words = metaWords(row);
        return [`${row.badge} ${row.name}`, [words.role, words.kind, words.when].filter(Boolean).join(' · ')];
      }
      const key = columns[column - 1];
      if (key === 'sources') return [row.sources.map(() => '00').join(' ')];
      // Amounts are stacked, each a line of the same kind; a fund named after one widens nothing.
      if (key === 'funding')
        return [
          row.funding.map((money) => moneyText(money, locale)).sort((a, b) => b.length - a.length)[0] ?? '',
        ];
      const value = row.personnel[key];
      return [value ? quantityText(value, locale) : '–'];
    };
    const word = (texts: string[]) =>
      Math.max(0, ...texts.flatMap((text) => text.split(/\s+/)).map((w) => w.length));
    return [0, ...columns.map((_, i) => i + 1)].map((column) => {
      const best: ContributorRow[] = [];
      const most: number[] = [];
      for (const row of rows) {
        const texts = lines(row, column);
        [...texts.map((text) => text.length), word(texts)].forEach((length, i) => {
          if (length > (most[i] ?? -1)) [best[i], most[i]] = [row, length];
        });
      }
      return [...new Set(best)];
    });
  }

  /** A row's cells, one per column: the same content in either layout, which cannot drift apart. */
  function cells(row: ContributorRow, columns: Column[], { marks: langs, say }: Words): Cell[] {
    const fundName = fundNamed(data, say);
    const month = row.arrival && formatDate(row.arrival.slice(0, 7), locale);
    // The visible value is hidden from screen readers, which read one whole sentence instead.
    const figure = (value: unknown, sentence: string, number = false, after: unknown = nothing) =>
      // A space between the two, or copied text and `textContent` run them together ("700Kenya:").
      html`<span class=${number ? 'value number' : 'value'} aria-hidden="true">${value}${after}</span>
        <span class="visually-hidden">${marked(m.named(row.name, sentence), langs)}</span>`;
    return columns.map((column) => {
      if (column === 'sources') return marks(row.sources);
      if (column === 'funding') {
        if (!row.funding.length) return nothing;
        return html`${row.funding.map((money, index, all) => {
          // A card runs the amounts on, each but the last ending in "; " inside its own box (the
          // card's gap would otherwise stand before the semicolon); a table stacks them bare.
          const separator = index < all.length - 1 ? html`<span class="separator">; </span>` : nothing;
          // The fund it went to is always said, shown only beside another amount of its status:
          // the mission's funds have their own line on top.
          const said = moneyText(money, locale, money.to && fundName(money.to));
          // The amount and its status are one unit, which a table keeps on one line; the words of a
          // fund named with it run on over and under it, wherever the language puts them (an
          // empty box, where it puts none, takes no line).
          const [before, amount, after] = shownMoney(money, all, locale, fundName);
          return figure(
            html`<span class="to">${before}</span><span class="amount">${amount}</span
              ><span class="to">${after}</span>`,
            [said, ...moneyNotes(money, say)].join('. '),
            false,
            separator,
          );
        })}`;
      }
      const value = row.personnel[column];
      if (!value) return nothing;
      const count = quantityText(value, locale);
      const since = column === 'deployed' && !isNone(value) ? month : undefined;
      const notes = caveats(value, locale, say);
      // Present with no number: the people, then that their number was not reported.
      const said =
        value.high === 0 && value.unreported
          ? `${m.people('', false, row.kind, column).replace(/\s+/g, ' ').trim()}, ${common.unreported}`
          : m.people(count, isSingle(value) && plural.select(value.low) === 'one', row.kind, column, since);
      // A range stays on one line ("400–600"): a word joiner each side of its dash.
      // A number, or a number and its qualifier ("about 700"), stays on one line; more words
      // ("present, number not reported") take two lines at most.
      const short = count.split(/\s+/).length <= 2;
      const shown = count.replace(/–/g, '\u2060–\u2060');
      return figure(short ? shown : twoLines(shown), [said, ...notes].join('. '), short);
    });
  }

  /** A row's sources as footnote numbers, each a link to its source, named in full for screen readers. */
  function marks(ids: readonly string[]): Cell {
    const all = notes;
    const sources = data.sources;
    const links = ids.flatMap((id) => {
      const source = sources.find((s) => s.id === id);
      if (!source) return [];
      const n = formatNumber(all.indexOf(id) + 1, locale);
      return [
        html`<a
          href=${source.url}
          rel="noopener noreferrer"
          title=${text(source.title)}
          aria-label=${m.source(n, sourceLabel(id)!)}
          >${n}</a
        >`,
      ];
    });
    // Spaces between the numbers, for copied text; the flex layout spaces them on screen.
    return links.length
      ? html`<span class="marks">${links.map((link, i) => html`${i ? ' ' : ''}${link}`)}</span>`
      : nothing;
  }

  return {
    /** A row's parts for either layout. */
    rowParts: (row: ContributorRow, columns: Column[]): RowParts => {
      const words = marking();
      if (row.lang) words.marks.push([row.name, row.lang]);
      return {
        meta: meta(row),
        cells: cells(row, columns, words),
        notes: rowNotes(row, words.say).map((note) => marked(note, words.marks)),
      };
    },
    fundLine,
    footnotes,
    widest,
  };
}
