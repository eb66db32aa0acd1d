/**
 * What `<troop-counter>` shows, as plain words and numbers: the headline figure, what it is
 * measured against, the phase in force, how old each part of a sum is, caveats, casualties, and
 * the one sentence that says it all to screen readers.
 */
import { firstDay, isDay } from '../data/dates.js';
import { casualtiesTotal, compareDates, contributorsInScope, hasLeft, type Figure } from '../data/derive.js';
import { deployedHistory, headlineFigures, type Headline } from '../data/headline.js';
import { isNone, isSingle, pointOf } from '../data/quantity.js';
import type { Contributor, MissionData, PersonnelStatus } from '../data/schema.js';
import { formatDate, formatNumber } from '../i18n/format.js';
import { messagesFor, otherLanguage } from '../i18n/locale.js';
import { countryInText, countryLabel, formatList, isOne } from '../i18n/joins.js';
import { troopCounter, type TroopCounterMessages } from '../i18n/troop-counter.js';
import { readScope, oneOf, type ScopeSettings } from './scope.js';
import { caveats, noting, quantityText, textIn, type Mark } from './words.js';
import { contributorName } from './names.js';
import { isolate } from '../data/isolate.js';

export interface CounterSettings extends ScopeSettings {
  locale: string;
  status?: string;
  /** The publisher's own words for what is counted. */
  label?: string;
  history?: boolean;
  casualties?: boolean;
}

/** Shares of the bar, in percent of its length: deployed, then preparing, then the target's mark. */
export interface CounterBar {
  deployed: number;
  preparing: number;
  /** Where the target falls: 100 unless the figures go beyond it. */
  mark: number;
  /** Deployed is above the target: the part beyond the mark shows it. */
  over: boolean;
  /** The bar's legend: "959 deployed", "600 more preparing", "of 5,550 authorised". */
  legend: { deployed: string; preparing?: string; target: string };
}

/** One end of the history: its figure and its date, in words. */
export interface HistoryEnd {
  figure: string;
  date: string;
}

export interface CounterHistory {
  /** A step line in a 100 × 20 box. */
  points: string;
  /** The last point's height, in percent of the box from the top: where the end dot goes. */
  endY: number;
  start: HistoryEnd;
  end: HistoryEnd;
  /**
   * Phase boundaries along the line: x in percent, and the phase's short name (one phase's end
   * beside the next one's start is one mark, named after the start).
   */
  marks: { x: number; name: string }[];
  caption: string;
  /** The phases' names in another language than the counter's, in its marks and caption. */
  langs: Mark[];
}

export interface CounterView {
  hasPersonnel: boolean;
  status: PersonnelStatus;
  /** The headline figure as one number, when it is one number. */
  count?: number;
  approximate: boolean;
  /** The headline figure in words, when it is not one number (a range, "present…", "no figure reported as of…"). */
  text?: string;
  /**
   * The headline as shown: "about 959", "had 600", "800–1,500", "present, number not reported";
   * "–" where nothing in scope reports a figure by the day.
   */
  figure: string;
  /**
   * The numerals inside `figure`, set large; the words around them ("about", "or more") small.
   * Absent when the figure is words; the dash of no figure reported, set as large as a number.
   */
  number?: string;
  /** The line above the figure: the contributor, or the phase in force. */
  context?: string;
  label: string;
  /** The figures beside the headline, when the bar's legend does not say them. */
  lines: string[];
  /** The as-of date and, for a former contributor, when it left: muted. */
  meta: string;
  /** What readers must know beside the figure: which figure it is, how old its parts are, caveats. */
  notes: string[];
  sentence: string;
  /** The data's texts in its lines and sentence that are in another language than the counter's. */
  langs: Mark[];
  bar?: CounterBar;
  sources: string[];
  /** The sources in one line: "Sources: AP, The Standard and 4 more". */
  sourceLine: string;
  headline: Headline;
}

/** The first is the default. */
const STATUSES = ['deployed', 'pledged', 'preparing'] as const satisfies readonly PersonnelStatus[];
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The figure where nothing in scope reports one by the day: an en dash, as the list writes nothing, never a made-up 0. */
export const NO_FIGURE = '–';

export function counterView(data: MissionData, settings: CounterSettings): CounterView {
  const { locale } = settings;
  const m = messagesFor(troopCounter, locale);
  const text = textIn(locale, data.language);
  const langs: Mark[] = [];
  // The data's texts the counter shows (notes, names of phases and organisations), noted for marks.
  const said = noting(text, (value) => otherLanguage(value, locale, data.language), langs);
  const scope = readScope(settings);
  const status = oneOf(settings.status, STATUSES);
  const f = headlineFigures(data, scope, status);
  const q = (figure: Figure) => quantityText(figure, locale);
  const date = (value: string) => formatDate(value, locale);
  const name = (contributor: Contributor) => contributorName(contributor, locale, said);
  // In running text a country takes its article: "the Bahamas", "les États-Unis".
  const inText = (contributor: Contributor) =>
    contributor.type === 'country' ? countryInText(contributor.country, locale) : name(contributor);
  const head = f[status];
  // A figure no entry reports (none on or before the day): said as not reported, never as 0.
  const reported = (figure: Figure) => figure.date !== undefined;
  const scoped = scope.contributors?.length ? contributorsInScope(data, scope) : [];
  const one = scope.contributors?.length === 1;
  const who = one
    ? scoped[0]
      ? name(scoped[0])
      : isolate(countryLabel(scope.contributors![0].toUpperCase(), locale))
    : undefined;
  // The phase in force is named, unless it is the mission itself (a migrated version-1 file).
  const named = f.phase && (data.phases.length > 1 || text(f.phase.phase.name) !== text(data.name));
  const phase =
    named && f.phase
      ? f.phase.ended
        ? m.ended(said(f.phase.phase.name))
        : said(f.phase.phase.shortName ?? f.phase.phase.name)
      : undefined;
  const noun = data.labels?.personnel && said(data.labels.personnel);
  const host = data.host && countryInText(data.host, locale);
  // Without a figure, the label takes the plural of a count in general.
  const count = reported(head) ? pointOf(head) : 2;
  const label = (settings.label && isolate(settings.label)) || m.label(status, host, count, noun);

  const target = f.target;
  const deployed = f.deployed;
  const over = !!target && status === 'deployed' && deployed.low > target.count;
  const targetText = target && formatNumber(target.count, locale);
  const against =
    target && targetText
      ? over
        ? m.above(target.kind, formatNumber(deployed.low - target.count, locale), targetText)
        : m.of(target.kind, targetText)
      : '';
  // Beside another headline, deployed (and what it is measured against) only when reported.
  const deployedWords = reported(deployed) ? m.deployed(q(deployed)) : '';
  const detail = {
    deployed: against,
    pledged: deployedWords,
    preparing: deployedWords && `${deployedWords} ${against}`.trim(),
  }[status];
  const preparing =
    status === 'preparing' || isNone(f.preparing)
      ? ''
      : m.preparing(f.preparing.high === 0 ? undefined : q(f.preparing));
  const asOf = f.used.date ? m.asOf(date(f.used.date)) : '';
  // A former contributor: what it had at its last count before it left, never a bare 0.
  const former = one && scoped[0] && hasLeft(scoped[0], scope.asOf) ? scoped[0] : undefined;
  const had = former && lastCount(data, scope);
  // Nothing in scope reports the headline's status by the day: no number, and the day it is as of.
  const day = date(scope.asOf ?? data.updated);
  const none = f.hasPersonnel && !had && !reported(head) ? m.noFigure(day) : '';
  // Without it, what the data does report, on lines of their own: deployed beside another
  // headline, with its own date (the day shown is the headline's), and what deployed is measured
  // against ("800 pledged", "5,550 authorised": a ceiling is no pledge). Only what is said is cited.
  const aim = target && targetText ? m.target(target.kind, targetText) : '';
  const beside =
    status === 'deployed' || !deployedWords ? '' : `${deployedWords} ${m.asOf(date(deployed.date!))}`;
  const known = none ? [beside, aim].filter(Boolean) : [];
  const cited = none
    ? [...new Set([...(beside ? deployed.sources : []), ...(aim ? target!.sources : [])])]
    : f.used.sources;
  const gone = former ? m.left(date(former.left!), isDay(former.left!)) : '';

  // What the headline is, when the mission's total and the contributors' figures disagree.
  const basis =
    status === 'deployed' &&
    f.total &&
    f.sum.date &&
    (f.total.low !== f.sum.low || f.total.high !== f.sum.high)
      ? f.basis === 'total'
        ? m.totalShown(q(f.sum))
        : m.sumShown(q(f.total), date(f.total.date!))
      : '';
  // A sum never silently mixes ages: parts older than the newest are named with their date.
  const older =
    f.basis === 'sum' && f.parts.length > 1 && head.date
      ? f.parts
          .filter(
            ({ figure }) =>
              figure.date &&
              !isNone(figure) &&
              compareDates(figure.date, head.date!) < 0 &&
              firstDay(figure.date).slice(0, 7) !== firstDay(head.date!).slice(0, 7),
          )
          .reduce((byDate, { contributor, figure }) => {
            const when = date(figure.date!);
            byDate.set(when, [...(byDate.get(when) ?? []), inText(contributor)]);
            return byDate;
          }, new Map<string, string[]>())
      : new Map<string, string[]>();
  const ages = [...older].map(([when, names]) =>
    m.partDate(formatList(names, locale), when, names.length > 1),
  );
  // The caveats of the figure shown. Of a sum's parts, where their sources disagree (each part's
  // own notes are the contributor list's to show).
  const notes =
    f.basis === 'sum' && f.parts.length > 1
      ? f.parts.flatMap(({ contributor, figure }) =>
          caveats({ notes: [], alternatives: figure.alternatives }, locale, text, name(contributor)),
        )
      : // One contributor's pledge said without a figure of deployed: its caveats with it.
        caveats(none && one && target?.kind === 'pledged' ? f.pledged : head, locale, said);
  const casualties = settings.casualties ? casualtyLine(data, scope, locale) : '';

  const shown = had ? m.had(q(had)) : q(head);
  const first = m.head(shown, label);
  const when = had?.date ? m.asOf(date(had.date)) : asOf;
  const parts = had
    ? [gone, first, when]
    : status === 'deployed'
      ? [`${first} ${detail}`.trim(), preparing, asOf]
      : [first, detail, preparing, asOf];
  const main = !f.hasPersonnel
    ? m.noPersonnel
    : none
      ? [...known, m.noFigure(day, label)].join(', ')
      : parts.filter(Boolean).join(', ');
  const context = who ?? phase;
  const extra = [had ? '' : gone, basis, ...ages, ...notes, casualties].filter(Boolean).map(cap);
  const sentence = [
    `${context ? m.scoped(context, main) : cap(main)}.`,
    ...extra.map((line) => `${line}.`),
  ].join(' ');
  const figure = had ?? head;
  const withBar =
    !had && !none && target && status === 'deployed' && target.count > 0
      ? bar(pointOf(deployed), f.preparing, target.count, {
          deployed: deployedWords,
          preparing: preparing || undefined,
          target: against,
        })
      : undefined;
  return {
    hasPersonnel: f.hasPersonnel,
    status,
    count: !none && isSingle(figure) ? figure.low : undefined,
    approximate: figure.approximate,
    text: none || (isSingle(figure) ? undefined : q(figure)),
    figure: none ? NO_FIGURE : shown,
    number: none ? NO_FIGURE : numerals(figure, locale),
    context: who ? [who, phase].filter(Boolean).join(' · ') : phase,
    label,
    lines: had || withBar ? [] : none ? known : [detail, preparing].filter(Boolean),
    meta: cap(none || [had ? gone : '', when].filter(Boolean).join(' · ')),
    notes: extra.filter((line) => !had || line !== cap(gone)),
    sentence,
    // Each also as a line begins, with a capital ("Uniformed personnel…" in Swahili), as long.
    langs: langs.flatMap((mark) => [mark, [cap(mark[0]), mark[1]]]),
    bar: withBar,
    sources: cited,
    sourceLine: sourceLine(data, cited, m, locale),
    headline: f,
  };
}

/** The numerals of a figure as `quantityText` writes them, or none when no number was reported. */
function numerals(q: Figure, locale: string): string | undefined {
  if (q.high === 0 && q.unreported) return undefined;
  const n = (value: number) => formatNumber(value, locale);
  return q.low === q.high ? n(q.low) : `${n(q.low)}–${n(q.high)}`;
}

/** A former contributor's last figure above zero before it left (a drawdown to 0 is not what it had). */
function lastCount(data: MissionData, scope: ReturnType<typeof readScope>): Figure | undefined {
  const points = deployedHistory(data, scope).filter((p) => p.figure.high > 0);
  return points[points.length - 1]?.figure;
}

/** "Sources: AP, The Standard and 4 more": the first two publishers, and how many others. */
function sourceLine(
  data: MissionData,
  ids: readonly string[],
  m: TroopCounterMessages,
  locale: string,
): string {
  // The most cited publishers first, the shorter first among equals.
  const cited = new Map<string, number>();
  for (const id of ids) {
    const publisher = data.sources.find((source) => source.id === id)?.publisher;
    if (publisher) cited.set(publisher, (cited.get(publisher) ?? 0) + 1);
  }
  const publishers = [...cited.keys()].sort((a, b) => cited.get(b)! - cited.get(a)! || a.length - b.length);
  const more = publishers.length - 2;
  return publishers.length
    ? m.sources(publishers.slice(0, 2).map(isolate), more > 0 ? formatNumber(more, locale) : undefined)
    : '';
}

function bar(value: number, preparing: Figure, target: number, legend: CounterBar['legend']): CounterBar {
  // Preparing counts in the bar only when it is one reported number.
  const ready = isSingle(preparing) ? preparing.low : 0;
  const scale = Math.max(target, value + ready);
  const share = (n: number) => Math.round((n / scale) * 1000) / 10;
  return {
    deployed: share(value),
    preparing: share(ready),
    mark: share(target),
    over: value > target,
    legend,
  };
}

function casualtyLine(data: MissionData, scope: ReturnType<typeof readScope>, locale: string): string {
  const c = casualtiesTotal(data, scope);
  if (!c.killed && !c.injured) return '';
  const m = messagesFor(troopCounter, locale);
  return m.casualties(formatNumber(c.killed, locale), formatNumber(c.injured, locale), [
    isOne(locale, c.killed),
    isOne(locale, c.injured),
  ]);
}
