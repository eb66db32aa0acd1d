/**
 * The mission data model, defined once. The static types (`InferOutput`), the runtime
 * validator (`validate.ts`) and `data/mission.schema.json` (through the CLI's `schema`
 * command) all come from these valibot schemas.
 */
import * as v from 'valibot';
import { isDay, isPartialDate } from './dates.js';
import { describeValue } from './describe.js';
import {
  CATEGORIES,
  FUNDING_STATUSES,
  LIMITS,
  PERSONNEL_KINDS,
  PERSONNEL_STATUSES,
  ROLES,
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
  v.maxLength(2_048, expected(URL_MESSAGE)),
  v.check(isWebAddress, expected(URL_MESSAGE)),
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

const ApproximateSchema = v.optional(v.boolean(expected('true or false')), false);

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

/** "As of `date`, `count` people of this contributor were `status`." */
export const PersonnelSnapshotSchema = v.object(
  {
    date: DaySchema,
    status: v.picklist(PERSONNEL_STATUSES, oneOf(PERSONNEL_STATUSES)),
    count: CountSchema,
    approximate: ApproximateSchema,
    note: v.optional(TextSchema),
    sources: SourceRefsSchema,
  },
  expected('a personnel snapshot object'),
);

/** "As of `date`, this contributor had `status` `amount` `currency` in total." */
export const FundingSnapshotSchema = v.object(
  {
    date: DaySchema,
    status: v.picklist(FUNDING_STATUSES, oneOf(FUNDING_STATUSES)),
    amount: AmountSchema,
    currency: CurrencySchema,
    approximate: ApproximateSchema,
    note: v.optional(TextSchema),
    sources: SourceRefsSchema,
  },
  expected('a funding snapshot object'),
);

export const ContributorSchema = v.object(
  {
    country: CountrySchema,
    role: v.picklist(ROLES, oneOf(ROLES)),
    personnelKind: v.optional(v.picklist(PERSONNEL_KINDS, oneOf(PERSONNEL_KINDS))),
    personnel: v.optional(list(PersonnelSnapshotSchema, 'a list of personnel snapshots'), []),
    funding: v.optional(list(FundingSnapshotSchema, 'a list of funding snapshots'), []),
  },
  expected('a contributor object'),
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

export const MissionSchema = v.object(
  {
    $schema: v.optional(v.string()),
    id: IdSchema,
    name: TextSchema,
    host: CountrySchema,
    lead: CountrySchema,
    updated: DaySchema,
    language: LanguageTagSchema,
    sources: v.pipe(list(SourceSchema, 'a list of sources'), v.minLength(1, expected('at least one source'))),
    contributors: list(ContributorSchema, 'a list of contributors'),
    events: list(EventSchema, 'a list of events'),
  },
  expected('a mission object'),
);

export type Text = v.InferOutput<typeof TextSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type PersonnelStatus = (typeof PERSONNEL_STATUSES)[number];
export type FundingStatus = (typeof FUNDING_STATUSES)[number];
export type Role = (typeof ROLES)[number];
export type PersonnelKind = (typeof PERSONNEL_KINDS)[number];
export type Category = (typeof CATEGORIES)[number];
export type PersonnelSnapshot = v.InferOutput<typeof PersonnelSnapshotSchema>;
export type FundingSnapshot = v.InferOutput<typeof FundingSnapshotSchema>;
export type Contributor = v.InferOutput<typeof ContributorSchema>;
export type MissionEvent = v.InferOutput<typeof EventSchema>;
/** One mission, as validated: optional lists are filled in with `[]`. */
export type MissionData = v.InferOutput<typeof MissionSchema>;
/** One mission, as written in a JSON file. */
export type MissionInput = v.InferInput<typeof MissionSchema>;
