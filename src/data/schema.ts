/**
 * The mission data model (version 2), defined once. The static types (`InferOutput`), the
 * runtime validator (`validate.ts`) and `data/mission.schema.json` (through the CLI's `schema`
 * command) all come from these valibot schemas. Version-1 files are migrated (`migrate.ts`)
 * before they are checked against it.
 */
import * as v from 'valibot';
import { isDay, isPartialDate } from './dates.js';
import { describeValue } from './describe.js';
import {
  CATEGORIES,
  CEILING_KINDS,
  CHANGES,
  FUNDING_STATUSES,
  LIMITS,
  MAX_URL,
  MODEL_VERSION,
  PERSONNEL_KINDS,
  PERSONNEL_STATUSES,
} from './constants.js';

export * from './constants.js';

type Issue = v.BaseIssue<unknown>;
const expected =
  (what: string) =>
  (issue: Issue): string => {
    // An object schema reports each missing key with its own message; valibot also takes a
    // list for an object, whose "missing keys" mean it was not an object at all.
    const last = issue.path?.at(-1);
    if (last?.origin !== 'key') return `expected ${what}, got ${describeValue(issue.input)}`;
    return Array.isArray(last.input)
      ? `expected ${what}, got ${describeValue(last.input)}`
      : 'required, but missing';
  };
const oneOf = (values: readonly string[]) =>
  expected(`one of ${values.map((value) => `"${value}"`).join(', ')}`);

const longText = (issue: Issue) =>
  `expected at most ${LIMITS.text.toLocaleString('en')} characters, got ${describeValue(issue.input)}`;

const plainText = (what: string) =>
  v.pipe(v.string(expected(what)), v.minLength(1, expected(what)), v.maxLength(LIMITS.text, longText));

const tooMany = (issue: Issue) =>
  `expected at most ${LIMITS.list.toLocaleString('en')} items, got ${describeValue(issue.input)}`;
const list = <T extends v.GenericSchema>(item: T, what: string) =>
  v.pipe(v.array(item, expected(what)), v.maxLength(LIMITS.list, tooMany));

export const LanguageTagSchema = v.pipe(
  v.string(expected('a language code such as "en" or "fr-CA"')),
  v.regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, expected('a language code such as "en" or "fr-CA"')),
);

/** A text: one string, or a map of language code to string (`{"en": "…", "fr": "…"}`). */
export const TextSchema = v.union(
  [
    plainText('a text'),
    v.pipe(
      v.record(LanguageTagSchema, plainText('a text')),
      v.check((map) => Object.keys(map).length > 0, expected('at least one language')),
    ),
  ],
  expected('a text, or a map of language codes to texts'),
);

const DAY_MESSAGE = 'a real calendar day as YYYY-MM-DD';
export const DaySchema = v.pipe(
  v.string(expected(DAY_MESSAGE)),
  v.regex(/^\d{4}-\d{2}-\d{2}$/, expected(DAY_MESSAGE)),
  v.check(isDay, expected(DAY_MESSAGE)),
);

const PARTIAL_MESSAGE = 'a real date as YYYY, YYYY-MM or YYYY-MM-DD';
export const PartialDateSchema = v.pipe(
  v.string(expected(PARTIAL_MESSAGE)),
  v.regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, expected(PARTIAL_MESSAGE)),
  v.check(isPartialDate, expected(PARTIAL_MESSAGE)),
);

const COUNTRY_MESSAGE = 'a two-letter ISO 3166-1 country code such as "KE"';
export const CountrySchema = v.pipe(
  v.string(expected(COUNTRY_MESSAGE)),
  v.regex(/^[A-Z]{2}$/, expected(COUNTRY_MESSAGE)),
);

const CURRENCY_MESSAGE = 'a three-letter ISO 4217 currency code such as "USD"';
export const CurrencySchema = v.pipe(
  v.string(expected(CURRENCY_MESSAGE)),
  v.regex(/^[A-Z]{3}$/, expected(CURRENCY_MESSAGE)),
);

const ID_MESSAGE = 'an id of letters, digits, "-", "_" or "." (at most 64)';
export const IdSchema = v.pipe(
  v.string(expected(ID_MESSAGE)),
  v.regex(/^[A-Za-z0-9][\w.-]{0,63}$/, expected(ID_MESSAGE)),
);

const URL_MESSAGE = 'an http:// or https:// web address';
export function isWebAddress(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}
export const UrlSchema = v.pipe(
  v.string(expected(URL_MESSAGE)),
  // Too long is its own problem, said as such; its scheme is then not checked as well.
  v.maxLength(
    MAX_URL,
    (issue: Issue) =>
      `too long: a web address of at most ${MAX_URL.toLocaleString('en')} characters, got ${describeValue(issue.input)}`,
  ),
  v.check((value) => value.length > MAX_URL || isWebAddress(value), expected(URL_MESSAGE)),
);

const COUNT_MESSAGE = 'a whole number of 0 or more';
export const CountSchema = v.pipe(
  v.number(expected(COUNT_MESSAGE)),
  v.integer(expected(COUNT_MESSAGE)),
  v.minValue(0, expected(COUNT_MESSAGE)),
  v.maxValue(LIMITS.count, expected(`a count of at most ${LIMITS.count.toLocaleString('en')}`)),
);

const AMOUNT_MESSAGE = 'an amount of 0 or more';
export const AmountSchema = v.pipe(
  v.number(expected(AMOUNT_MESSAGE)),
  v.finite(expected(AMOUNT_MESSAGE)),
  v.minValue(0, expected(AMOUNT_MESSAGE)),
  v.maxValue(LIMITS.amount, expected('an amount below 10^15')),
);

const ApproximateSchema = v.optional(v.boolean(expected('true or false')));
const pick = <const T extends readonly string[]>(values: T) => v.picklist(values, oneOf(values));
const note = v.optional(TextSchema);

export const SourceRefsSchema = v.pipe(
  list(IdSchema, 'a list of source ids'),
  v.minLength(1, expected('at least one source id')),
);

export const SourceSchema = v.object(
  {
    id: IdSchema,
    publisher: plainText('the publisher'),
    title: TextSchema,
    url: UrlSchema,
    date: v.optional(PartialDateSchema),
    author: v.optional(plainText('the author')),
  },
  expected('a source object'),
);

const RangeSchema = v.pipe(
  v.tuple([CountSchema, CountSchema], expected('a range of two counts, as [800, 1500]')),
  v.check(([low, high]) => low <= high, expected('a range whose first count is not above its second')),
);

/**
 * How many: exactly one of `count` (with `approximate` for "about"), `range` ("800–1,500") or
 * `present` (there, number not reported). Which one is given is checked in `rules.ts`.
 */
const quantity = {
  count: v.optional(CountSchema),
  approximate: ApproximateSchema,
  range: v.optional(RangeSchema),
  present: v.optional(v.literal(true, expected('true'))),
};

/** Another source's figure for the same thing: "sources disagree: 100 or 230". */
export const AlternativeSchema = v.object(
  { ...quantity, note, sources: SourceRefsSchema },
  expected('an alternative figure object'),
);
const alternatives = v.optional(list(AlternativeSchema, 'a list of alternative figures'));

/** "As of `date`, `count` `kind` personnel of this contributor were `status`." */
export const PersonnelFigureSchema = v.object(
  {
    date: PartialDateSchema,
    status: pick(PERSONNEL_STATUSES),
    kind: v.optional(pick(PERSONNEL_KINDS)),
    ...quantity,
    change: v.optional(pick(CHANGES)),
    alternatives,
    note,
    sources: SourceRefsSchema,
  },
  expected('a personnel figure object'),
);

const PeriodSchema = v.object(
  { start: PartialDateSchema, end: PartialDateSchema },
  expected('a period object with start and end'),
);

/** "As of `date`, `amount` `currency` had been `status` in total (for `period`, to fund `to`)." */
export const MoneySchema = v.object(
  {
    date: PartialDateSchema,
    status: pick(FUNDING_STATUSES),
    amount: AmountSchema,
    currency: CurrencySchema,
    approximate: ApproximateSchema,
    period: v.optional(PeriodSchema),
    to: v.optional(IdSchema),
    note,
    sources: SourceRefsSchema,
  },
  expected('a money object'),
);

const contributorLists = {
  left: v.optional(PartialDateSchema),
  personnel: v.optional(list(PersonnelFigureSchema, 'a list of personnel figures'), []),
  funding: v.optional(list(MoneySchema, 'a list of money entries'), []),
  note,
};

export const CountryContributorSchema = v.object(
  { id: IdSchema, type: v.literal('country'), country: CountrySchema, ...contributorLists },
  expected('a contributor object'),
);

export const OrganisationContributorSchema = v.object(
  {
    id: IdSchema,
    type: v.literal('organisation'),
    name: TextSchema,
    shortName: v.optional(TextSchema),
    ...contributorLists,
  },
  expected('a contributor object'),
);

export const ContributorSchema = v.variant(
  'type',
  [CountryContributorSchema, OrganisationContributorSchema],
  expected('"country" or "organisation"'),
);

export const DecisionSchema = v.object(
  {
    date: PartialDateSchema,
    body: TextSchema,
    name: TextSchema,
    vote: v.optional(
      v.object({ for: CountSchema, against: CountSchema, abstain: CountSchema }, expected('a vote object')),
    ),
    note,
    sources: SourceRefsSchema,
  },
  expected('a decision object'),
);

export const CeilingSchema = v.object(
  {
    date: PartialDateSchema,
    kind: pick(CEILING_KINDS),
    count: CountSchema,
    /** A planning figure, not an authorised ceiling. */
    planned: v.optional(v.boolean(expected('true or false'))),
    note,
    sources: SourceRefsSchema,
  },
  expected('a ceiling object'),
);

export const PhaseSchema = v.object(
  {
    id: IdSchema,
    name: TextSchema,
    shortName: v.optional(TextSchema),
    start: PartialDateSchema,
    end: v.optional(PartialDateSchema),
    leads: list(IdSchema, 'a list of contributor ids ([] for no lead nation)'),
    leadership: v.optional(TextSchema),
    decisions: v.optional(list(DecisionSchema, 'a list of decisions'), []),
    ceilings: v.optional(list(CeilingSchema, 'a list of ceilings'), []),
    note,
    sources: v.optional(list(IdSchema, 'a list of source ids'), []),
  },
  expected('a phase object'),
);

/** The mission's own reported strength at a dated point. */
export const TotalSchema = v.object(
  {
    date: PartialDateSchema,
    status: v.optional(pick(PERSONNEL_STATUSES), 'deployed'),
    kind: v.optional(pick(PERSONNEL_KINDS)),
    ...quantity,
    alternatives,
    note,
    sources: SourceRefsSchema,
  },
  expected('a total object'),
);

export const FundSchema = v.object(
  {
    id: IdSchema,
    name: TextSchema,
    money: v.optional(list(MoneySchema, 'a list of money entries'), []),
    note,
    sources: v.optional(list(IdSchema, 'a list of source ids'), []),
  },
  expected('a fund object'),
);

export const CasualtySchema = v.object(
  {
    date: PartialDateSchema,
    contributor: IdSchema,
    killed: v.optional(CountSchema),
    injured: v.optional(CountSchema),
    missing: v.optional(CountSchema),
    /** Of those killed, how many an earlier entry listed missing (a death confirmed later). */
    wasMissing: v.optional(CountSchema),
    note,
    sources: SourceRefsSchema,
  },
  expected('a casualty object'),
);

export const EventSchema = v.object(
  {
    id: IdSchema,
    date: PartialDateSchema,
    title: TextSchema,
    summary: v.optional(TextSchema),
    category: plainText('a category'),
    countries: v.optional(list(CountrySchema, 'a list of country codes'), []),
    sources: SourceRefsSchema,
  },
  expected('an event object'),
);

export const LabelsSchema = v.object({ personnel: v.optional(TextSchema) }, expected('a labels object'));

export const MissionSchema = v.object(
  {
    $schema: v.optional(v.string()),
    version: v.literal(MODEL_VERSION, expected(`${MODEL_VERSION}`)),
    id: IdSchema,
    name: TextSchema,
    host: v.optional(CountrySchema),
    updated: DaySchema,
    language: LanguageTagSchema,
    labels: v.optional(LabelsSchema),
    sources: v.pipe(list(SourceSchema, 'a list of sources'), v.minLength(1, expected('at least one source'))),
    phases: v.pipe(list(PhaseSchema, 'a list of phases'), v.minLength(1, expected('at least one phase'))),
    contributors: list(ContributorSchema, 'a list of contributors'),
    totals: v.optional(list(TotalSchema, 'a list of totals'), []),
    funds: v.optional(list(FundSchema, 'a list of funds'), []),
    casualties: v.optional(list(CasualtySchema, 'a list of casualties'), []),
    events: list(EventSchema, 'a list of events'),
  },
  expected('a mission object'),
);

export type Text = v.InferOutput<typeof TextSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type PersonnelStatus = (typeof PERSONNEL_STATUSES)[number];
export type FundingStatus = (typeof FUNDING_STATUSES)[number];
export type PersonnelKind = (typeof PERSONNEL_KINDS)[number];
export type CeilingKind = (typeof CEILING_KINDS)[number];
export type Change = (typeof CHANGES)[number];
export type Category = (typeof CATEGORIES)[number];
export type Alternative = v.InferOutput<typeof AlternativeSchema>;
export type PersonnelFigure = v.InferOutput<typeof PersonnelFigureSchema>;
export type Money = v.InferOutput<typeof MoneySchema>;
export type Contributor = v.InferOutput<typeof ContributorSchema>;
export type Phase = v.InferOutput<typeof PhaseSchema>;
export type Decision = v.InferOutput<typeof DecisionSchema>;
export type Ceiling = v.InferOutput<typeof CeilingSchema>;
export type Total = v.InferOutput<typeof TotalSchema>;
export type Fund = v.InferOutput<typeof FundSchema>;
export type Casualty = v.InferOutput<typeof CasualtySchema>;
export type MissionEvent = v.InferOutput<typeof EventSchema>;
/** One mission, as validated: optional lists are filled in with `[]`. */
export type MissionData = v.InferOutput<typeof MissionSchema>;
/** One mission, as written in a JSON file. */
export type MissionInput = v.InferInput<typeof MissionSchema>;
