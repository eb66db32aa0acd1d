/**
 * What `<troop-counter>` shows, as plain words and numbers: the headline figure, what it is
 * measured against, the phase in force, how old each part of a sum is, caveats, casualties, and
 * the one sentence that says it all to screen readers.
 */
import { firstDay } from '../data/dates.js';
import { casualtiesTotal, compareDates, contributorsInScope, hasLeft, type Figure } from '../data/derive.js';
import {
  deployedHistory,
  headlineFigures,
  phaseBoundaries,
  sparklinePoints,
  timeX,
  type Headline,
} from '../data/headline.js';
import { isNone, isSingle, pointOf } from '../data/quantity.js';
import type { Contributor, MissionData, PersonnelStatus } from '../data/schema.js';
import { countryName, formatDate, formatNumber } from '../i18n/format.js';
import { messagesFor } from '../i18n/locale.js';
import { formatList, isOne } from '../i18n/joins.js';
import { troopCounter } from '../i18n/troop-counter.js';
import { readScope, oneOf, type ScopeSettings } from './scope.js';
import { caveats, quantityText, textIn } from './words.js';
import { contributorName } from './names.js';
import { isolate } from './isolate.js';

export interface CounterSettings extends ScopeSettings {
  locale: string;
  status?: string;
  /** The publisher's own words for what is counted. */
  label?: string;
  history?: boolean;
  casualties?: boolean;
}

export interface CounterBar {
  value: number;
  max: number;
  /** Deployed is above the target: the bar shows the target as a mark inside a longer bar. */
  over: boolean;
  /** Where the target falls along an over-full bar, in percent. */
  mark: number;
  label: string;
}

export interface CounterHistory {
  points: string;
  /** Phase boundaries along the line: x in the 0–100 box, and their words. */
  marks: { x: number; text: string }[];
  caption: string;
}

export interface CounterView {
  hasPersonnel: boolean;
  status: PersonnelStatus;
  /** The headline figure as one number the count-up can run to, when it is one number. */
  count?: number;
  approximate: boolean;
  /** The headline figure in words, when it is not one number (a range, "present…"). */
  text?: string;
  /** The line above the figure: the contributor, or the phase in force. */
  context?: string;
  label: string;
  lines: string[];
  sentence: string;
  bar?: CounterBar;
  sources: string[];
  history?: CounterHistory;
  headline: Headline;
}

/** The first is the default. */
const STATUSES = ['deployed', 'pledged', 'preparing'] as const satisfies readonly PersonnelStatus[];
const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function counterView(data: MissionData, settings: CounterSettings): CounterView {
  const { locale } = settings;
  const m = messagesFor(troopCounter, locale);
  const text = textIn(locale, data.language);
  const scope = readScope(settings);
  const status = oneOf(settings.status, STATUSES);
  const f = headlineFigures(data, scope, status);
  const q = (figure: Figure) => quantityText(figure, locale);
  const date = (value: string) => formatDate(value, locale);
  const name = (contributor: Contributor) => contributorName(contributor, locale, text);
  const head = f[status];
  const scoped = scope.contributors?.length ? contributorsInScope(data, scope) : [];
  const one = scope.contributors?.length === 1;
  const who = one
    ? scoped[0]
      ? name(scoped[0])
      : isolate(countryName(scope.contributors![0].toUpperCase(), locale))
    : undefined;
  // The phase in force is named, unless it is the mission itself (a migrated version-1 file).
  const named = f.phase && (data.phases.length > 1 || text(f.phase.phase.name) !== text(data.name));
  const phase =
    named && f.phase
      ? f.phase.ended
        ? m.ended(text(f.phase.phase.name))
        : text(f.phase.phase.shortName ?? f.phase.phase.name)
      : undefined;
  const noun = data.labels?.personnel && text(data.labels.personnel);
  const host = data.host && countryName(data.host, locale);
  const label = (settings.label && isolate(settings.label)) || m.label(status, host, pointOf(head), noun);

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
  const deployedWords = m.deployed(q(deployed));
  const detail = {
    deployed: against,
    pledged: deployedWords,
    preparing: `${deployedWords} ${against}`.trim(),
  }[status];
  const preparing =
    status === 'preparing' || isNone(f.preparing)
      ? ''
      : m.preparing(f.preparing.high === 0 ? undefined : q(f.preparing));
  const asOf = f.used.date ? m.asOf(date(f.used.date)) : '';
  const gone = one && scoped[0] && hasLeft(scoped[0], scope.asOf) ? m.left(date(scoped[0].left!)) : '';

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
            byDate.set(when, [...(byDate.get(when) ?? []), name(contributor)]);
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
      : caveats(head, locale, text);
  const casualties = settings.casualties ? casualtyLine(data, scope, locale) : '';

  const first = m.head(q(head), label);
  const parts =
    status === 'deployed' ? [`${first} ${detail}`.trim(), preparing, asOf] : [first, detail, preparing, asOf];
  const main = f.hasPersonnel ? parts.filter(Boolean).join(', ') : m.noPersonnel;
  const context = who ?? phase;
  const extra = [gone, basis, ...ages, ...notes, casualties].filter(Boolean).map(cap);
  const sentence = [
    `${context ? m.scoped(context, main) : cap(main)}.`,
    ...extra.map((line) => `${line}.`),
  ].join(' ');
  return {
    hasPersonnel: f.hasPersonnel,
    status,
    count: isSingle(head) ? head.low : undefined,
    approximate: head.approximate,
    text: isSingle(head) ? undefined : q(head),
    context: who ? [who, phase].filter(Boolean).join(' · ') : phase,
    label,
    lines: [detail, preparing, cap(asOf), ...extra].filter(Boolean),
    sentence,
    bar:
      target && status === 'deployed' && target.count > 0
        ? bar(pointOf(deployed), target.count, m.progress)
        : undefined,
    sources: f.used.sources,
    history: settings.history ? historyOf(data, settings, locale) : undefined,
    headline: f,
  };
}

function bar(value: number, max: number, label: string): CounterBar {
  const over = value > max;
  return {
    value: Math.min(value, max),
    max,
    over,
    mark: over ? Math.round((max / value) * 1000) / 10 : 100,
    label,
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

function historyOf(data: MissionData, settings: CounterSettings, locale: string): CounterHistory | undefined {
  const scope = readScope(settings);
  const points = deployedHistory(data, scope);
  if (!points.length) return undefined;
  const m = messagesFor(troopCounter, locale);
  const text = textIn(locale, data.language);
  const boundaries = phaseBoundaries(data, points).map(({ date, phase, edge }) => ({
    x: timeX(points, date, 100),
    text: m.boundary(text(phase.shortName ?? phase.name), edge, formatDate(date, locale)),
  }));
  const said = points.map((p) => m.point(quantityText(p.figure, locale), formatDate(p.date, locale)));
  return {
    points: sparklinePoints(points, 100, 20),
    marks: boundaries,
    caption: m.history([...said, ...boundaries.map((b) => b.text)]),
  };
}
