/**
 * `<event-timeline>`'s templates, apart so that the element stays properties, state and
 * handlers: the category buttons, the live count of events the filters leave, the strip's
 * previous and next buttons, the years with their lists, and each event with its footnote line
 * (countries and sources).
 */
import { html, noChange, nothing, type TemplateResult } from 'lit';
import type { StripController } from '../controllers/strip-controller.js';
import { categoryOf } from '../data/mission-events.js';
import { isolate } from '../data/isolate.js';
import type { Category, MissionEvent, Source, Text } from '../data/schema.js';
import type { CommonMessages } from '../i18n/common.js';
import { countriesInText, type TimelineMessages } from '../i18n/event-timeline.js';
import { formatDate, formatNumber, pluralRules } from '../i18n/format.js';
import { uiLocale } from '../i18n/languages.js';
import { sampledIn, yearsOf, type Block, type TimelineView } from '../views/event-timeline.js';

/** A toggle button per category, and one for all of them. */
export function renderFilters(
  categories: readonly Category[],
  picked: readonly Category[],
  m: TimelineMessages,
  showAll: () => void,
  toggle: (category: Category) => void,
): TemplateResult {
  return html`<div class="filters" role="group" aria-label=${m.filter} part="filters">
    <button class="all" aria-pressed=${!picked.length} @click=${showAll}>${m.all}</button>
    ${categories.map(
      (c) =>
        html`<button class="c-${c}" aria-pressed=${picked.includes(c)} @click=${() => toggle(c)}>
          ${m.categories[c]}
        </button>`,
    )}
  </div>`;
}

/** The horizontal strip's previous and next buttons, disabled at its ends. */
export function renderNav(m: TimelineMessages, strip: StripController): TemplateResult {
  const { atStart, atEnd } = strip.edges;
  return html`<div class="nav" part="nav">
    <button
      class="previous"
      aria-label=${m.previous}
      aria-disabled=${atStart}
      @click=${() => strip.page(-1)}
    ></button>
    <button class="next" aria-label=${m.next} aria-disabled=${atEnd} @click=${() => strip.page(1)}></button>
  </div>`;
}

/** What an event's template needs beyond its footnote's words: the view, the widget's state. */
export interface EventWords extends FootWords {
  m: TimelineMessages;
  view: TimelineView;
  /** Events a refresh just added. */
  fresh: ReadonlySet<string>;
  collapsed: boolean;
  /** A summary's disclosure opened or closed. */
  expanded: (event: Event, id: string) => void;
  /** A data text's language, when it is not the one spoken. */
  lang: (value: Text) => string | undefined;
}

/**
 * The years of the blocks shown so far, each a heading and an ordered list, with a break before
 * a year that follows a period without events. Blocks already in the DOM are left alone.
 */
export function renderYears(
  shown: readonly Block[],
  isPainted: (block: Block) => boolean,
  words: EventWords,
): TemplateResult[] {
  const { locale, m, view } = words;
  let index = 0;
  const list = (blocks: readonly Block[]) =>
    blocks.map((block) => {
      const first = index;
      index += block.events.length;
      return isPainted(block) ? noChange : block.events.map((e, i) => renderEvent(e, first + i, words));
    });
  return yearsOf(shown).map(
    ({ year, blocks, gap, size }) =>
      html`${gap ? html`<p class="gap" part="gap">${m.gap(formatDate(gap[0], locale), formatDate(gap[1], locale))}</p>` : nothing}
        <section>
          <h3 id="y${year}" part="year">${formatDate(year, locale)}</h3>
          <ol
            role="list"
            aria-labelledby="y${year}"
            part="list"
            class=${sampledIn(view.samples, index, size) ? 'sampled' : ''}
            .style=${`--_n:${size}`}
          >
            ${list(blocks)}
          </ol>
        </section>`,
  );
}

/** One event: its phase where a run begins, date, category, tags, title, summary and footnote. */
export function renderEvent(event: MissionEvent, index: number, words: EventWords): TemplateResult {
  const { locale, m, text, collapsed, fresh } = words;
  const { latest, phases, phaseOf, bandStarts, samples, marked } = words.view;
  const category = categoryOf(event);
  const phase = phaseOf.get(event.id);
  const band = phase === undefined ? undefined : phases[phase];
  // The timeline's own marks are in its words; the file's events in the data's.
  const lang = (value: Text) => (marked.has(event.id) ? undefined : words.lang(value)) ?? nothing;
  const summary =
    event.summary && html`<p class="summary" lang=${lang(event.summary)}>${text(event.summary)}</p>`;
  // With their articles, as in a sentence ("Kenya and the United States"), and a capital as
  // the line's first word ("Le Kenya et les États-Unis").
  const countries = capitalise(countriesInText(event.countries, locale));
  const classes = [
    event.id === latest ? 'latest' : '',
    samples.has(index) ? 'sample' : '',
    // Five colours and four rail patterns: adjacent phases differ in both, and no two of the first
    // twenty share both; in forced colours (one colour) the pattern and the name tell them apart.
    phase === undefined ? '' : `band b${phase % 5} p${phase % 4}`,
  ];
  return html`<li id="event-${event.id}" tabindex="-1" class=${classes.join(' ').trim()} part="event">
    ${
      phase !== undefined && bandStarts.has(event.id)
        ? html`<p class="phase" part="phase" lang=${words.lang(band!.named) ?? nothing}>${band!.name}</p>`
        : nothing
    }
    <p class="meta">
      <span class="marker c-${category}" part="marker"></span>
      <time datetime=${event.date}>${formatDate(event.date, locale)}</time>
      <span class="category" part="category">${m.categories[category]}</span>
      ${event.id === latest ? html`<strong class="tag">${m.latest}</strong>` : nothing}
      ${fresh.has(event.id) ? html`<strong class="tag" part="fresh">${m.fresh}</strong>` : nothing}
    </p>
    <h4 lang=${lang(event.title)}>${text(event.title)}</h4>
    ${
      collapsed && summary
        ? html`<details @toggle=${(e: Event) => words.expanded(e, event.id)}>
            <summary>${m.summary}</summary>
            ${summary}
          </details>`
        : summary
    }
    ${footnote(countries, event.sources, words)}
  </li>`;
}

/** How many events the filters leave, in a polite live region: "6 of 12 events". */
export function count({ total, count }: TimelineView, m: TimelineMessages, locale: string): TemplateResult {
  const n = (value: number) => formatNumber(value, locale);
  const words = m.count(n(count), count < total ? n(total) : undefined, pluralRules(locale).select(count));
  return html`<p class="count" role="status" part="count">${words}</p>`;
}

/** What an event's footnote line needs: the locale's words and the data's sources. */
export interface FootWords {
  locale: string;
  common: CommonMessages;
  /** A data text in the widget's locale, isolated. */
  text: (value: Text) => string;
  sources: readonly Source[];
}

/**
 * Where the event came from and whom it involved: one small line, sources as footnote links (their
 * `title`, the source's own, unmarked as in `sourceList`: the link's name is our words).
 */
export function footnote(
  countries: string,
  ids: readonly string[],
  { locale, common, text, sources: all }: FootWords,
): TemplateResult | typeof nothing {
  const sources = ids
    .map((id) => all.find((source) => source.id === id))
    .filter((source): source is Source => source !== undefined);
  if (!countries && !sources.length) return nothing;
  const publishers = sources.map((source) => source.publisher);
  const label = (source: Source) =>
    common.source(isolate(source.publisher), source.date && formatDate(source.date, locale));
  return html`<p class="foot">
    ${countries ? html`<span class="countries">${countries}</span>` : nothing}
    ${
      sources.length
        ? html`<span class="sources" part="sources"
            >${common.sources}${uiLocale(locale) === 'fr' ? '\u00a0:' : ':'}
            ${sources.map(
              (source, i) =>
                html`${i ? ', ' : ''}<a
                    href=${source.url}
                    rel="noopener noreferrer"
                    title=${text(source.title)}
                    aria-label=${label(source)}
                    >${
                      publishers.indexOf(source.publisher) === publishers.lastIndexOf(source.publisher)
                        ? isolate(source.publisher)
                        : label(source)
                    }</a
                  >`,
            )}</span
          >`
        : nothing
    }
  </p>`;
}

/** A line's first letter as a capital (the names are Latin script in every language we ship). */
export const capitalise = (text: string) => text && text[0].toUpperCase() + text.slice(1);
