/**
 * The fallback sentence of a snippet, derived from the data with the library's own data API, so
 * that it says what the widget shows. Written in English or French (the widgets' interface
 * languages); numbers, dates and country names come from Intl in that language.
 */
import {
  contributorFigure,
  contributorsInScope,
  fundingFigures,
  isDay,
  parsePartialDate,
  personnelTotal,
  selectEvents,
  toUtcDate,
} from '../dist/data.js';

const WORDS = {
  en: {
    status: { deployed: 'deployed in', pledged: 'pledged for', preparing: 'preparing for' },
    figure: (figure, status, host) => `${figure} personnel ${WORDS.en.status[status]} ${host}`,
    about: (figure) => `about ${figure}`,
    asOf: (date) => `as of ${date}`,
    sources: (list) => `sources: ${list}`,
    none: (country) => `${country}: no personnel in this mission.`,
    personnel: 'Personnel',
    funding: 'Funding',
    colon: ': ',
    events: (count) => `${count} ${count === 1 ? 'event' : 'events'}`,
    latest: 'Latest',
    noEvents: 'No events yet',
  },
  fr: {
    figure: (figure, status, host, count) => {
      const s = new Intl.PluralRules('fr').select(count) === 'one' ? '' : 's';
      const state = { deployed: `déployée${s}`, pledged: `promise${s}`, preparing: 'en préparation' }[status];
      return `${figure} personne${s} ${state} (${host})`;
    },
    about: (figure) => `environ ${figure}`,
    asOf: (date) => `au ${date}`,
    sources: (list) => `sources\u00a0: ${list}`,
    none: (country) => `${country}\u00a0: aucun personnel dans cette mission.`,
    personnel: 'Personnel',
    funding: 'Financement',
    colon: '\u00a0: ',
    events: (count) => `${count} ${count === 1 ? 'événement' : 'événements'}`,
    latest: 'Dernier',
    noEvents: 'Aucun événement pour le moment',
  },
};

const DATE_PARTS = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

/** The language of the fallback for a widget locale: French for `fr…`, else English. */
export function fallbackLanguage(locale = '') {
  return locale.toLowerCase().split('-')[0] === 'fr' ? 'fr' : 'en';
}

/**
 * One sentence for `tag` from validated mission data and the builder's `values`
 * (`country`, `status`, `as-of`, `locale`).
 */
export function fallbackText(tag, data, values) {
  const language = fallbackLanguage(values.locale);
  const say = new Say(language, data);
  const asOf = isDay(values['as-of'] ?? '') ? values['as-of'] : undefined;
  const scope = { asOf, contributors: (values.country ?? '').split(/\s+/).filter(Boolean) };
  if (tag === 'troop-counter') return say.counter(values.status || 'deployed', scope);
  if (tag === 'contributor-list') return say.contributors(scope);
  return say.events(asOf);
}

class Say {
  constructor(language, data) {
    this.language = language;
    this.words = WORDS[language];
    this.data = data;
    this.names = new Intl.DisplayNames(language, { type: 'region' });
    this.list = new Intl.ListFormat(language, { type: 'conjunction' });
  }

  date(partial) {
    const options = DATE_PARTS[parsePartialDate(partial)?.precision ?? 'day'];
    return new Intl.DateTimeFormat(this.language, { ...options, timeZone: 'UTC' }).format(toUtcDate(partial));
  }

  text(value) {
    if (typeof value === 'string') return value;
    return value[this.language] ?? value[this.data.language] ?? value.en ?? Object.values(value)[0];
  }

  counter(status, scope) {
    const w = this.words;
    const contributors = contributorsInScope(this.data, scope);
    const country = scope.contributors[0] && this.names.of(scope.contributors[0]);
    if (!contributors.some((c) => c.personnel.length))
      return w.none(country ?? this.names.of(this.data.host));
    // Model 2 figures are quantities: a count is low = high, a range low–high.
    const { low, high, approximate, date, sources } = personnelTotal(this.data, status, scope);
    const format = new Intl.NumberFormat(this.language);
    const number = low === high ? format.format(low) : format.formatRange(low, high);
    const count = high;
    const host = this.names.of(this.data.host);
    let text = w.figure(approximate ? w.about(number) : number, status, host, count);
    const day = date ?? scope.asOf;
    if (day) text += ` ${w.asOf(this.date(day))}`;
    if (sources.length) text += ` (${w.sources(this.publishers(sources))})`;
    return country ? `${country}${w.colon}${text}.` : `${capitalize(text)}.`;
  }

  contributors(scope) {
    const w = this.words;
    const contributors = contributorsInScope(this.data, scope);
    const people = contributors.filter((c) =>
      ['pledged', 'preparing', 'deployed'].some((s) => isSome(contributorFigure(c, s, scope.asOf))),
    );
    const money = contributors.filter((c) => fundingFigures(c, scope.asOf).some((f) => f.amount > 0));
    const parts = [
      [w.personnel, people],
      [w.funding, money],
    ].filter(([, list]) => list.length);
    const lines = parts.map(([word, list]) => `${word}${w.colon}${this.countries(list)}.`);
    lines.push(`${capitalize(w.asOf(this.date(scope.asOf ?? this.data.updated)))}.`);
    return lines.join(' ');
  }

  events(asOf) {
    const w = this.words;
    const events = selectEvents(this.data, { asOf });
    if (!events.length) return `${w.noEvents}.`;
    const first = events[0];
    const last = events[events.length - 1];
    const span = `${this.date(first.date)} – ${this.date(last.date)}`;
    const latest = `${this.text(last.title)} (${this.date(last.date)})`;
    return `${w.events(events.length)}, ${span}. ${w.latest}${w.colon}${latest}.`;
  }

  countries(contributors) {
    return this.list.format(contributors.map((c) => this.names.of(c.country)));
  }

  publishers(ids) {
    const byId = new Map(this.data.sources.map((s) => [s.id, s.publisher]));
    return [...new Set(ids.map((id) => byId.get(id) ?? id))].join(', ');
  }
}

/** Whether a figure has anyone in it: a count or range above 0, or present with no number. */
const isSome = (figure) => Boolean(figure) && (figure.high > 0 || figure.unreported);

const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);
