/**
 * The benchmark's datasets, generated deterministically (a seeded generator, no clock): the
 * shipped 12 events, 1,000 and 10,000 generated events, and 200 contributors. Every generated
 * document is valid for the schema (unique ids, every citation names a source of the document),
 * and `checkMission` proves it with the project's own validator before a run.
 */
import { readFileSync } from 'node:fs';

export const SHIPPED = JSON.parse(readFileSync(new URL('../data/haiti-mss.json', import.meta.url), 'utf8'));

/** The 249 ISO 3166-1 alpha-2 codes in use. */
const COUNTRIES = (
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS ' +
  'BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE ' +
  'EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM ' +
  'HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC ' +
  'LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA ' +
  'NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO ' +
  'TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
).split(' ');

const CATEGORIES = ['crisis', 'diplomacy', 'mandate', 'funding', 'deployment', 'politics'];
const PUBLISHERS = ['AP', 'Reuters', 'AFP', 'BBC', 'Le Nouvelliste', 'The Gleaner', 'Nation', 'UN News'];
const ACTORS = [
  'Kenyan police',
  'The Security Council',
  'Jamaican soldiers',
  'The transition council',
  'Donors',
  'Gang coalitions',
  'The prime minister',
  'Belizean troops',
  'Aid agencies',
  'The mission command',
];
const ACTIONS = [
  'arrived in',
  'met in',
  'pledged support for',
  'reported clashes near',
  'reopened roads to',
  'secured the port of',
  'discussed elections in',
  'extended patrols to',
];
const PLACES = [
  'Port-au-Prince',
  'Cap-Haïtien',
  'Les Cayes',
  'Gonaïves',
  'Jacmel',
  'Saint-Marc',
  'Croix-des-Bouquets',
  'Pétion-Ville',
];
const DETAILS = [
  'Officials describe the situation as calm.',
  'Residents report long queues for fuel.',
  'The move follows weeks of negotiation.',
  'Schools in the area stay closed.',
  'Observers call for more funding.',
  'Roads reopen after a week of blockades.',
];
const PLEDGED_FROM = Date.UTC(2023, 6, 1);
const DAY_MS = 86_400_000;

/** A small seeded generator (mulberry32): the same numbers on every machine. */
function random(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    int: (below) => Math.floor(next() * below),
    pick: (list) => list[Math.floor(next() * list.length)],
  };
}

const day = (ms) => new Date(ms).toISOString().slice(0, 10);

/** Sources `s0`…`s23`, shared by the generated documents. */
function sources() {
  return Array.from({ length: 24 }, (_, i) => ({
    id: `s${i}`,
    publisher: PUBLISHERS[i % PUBLISHERS.length],
    title: `Report ${i + 1} on the mission`,
    url: `https://news.example/haiti/${i + 1}`,
    date: day(Date.UTC(2024, 0, 1) + i * 9 * DAY_MS),
  }));
}

function shell(id, name, leads = []) {
  return {
    version: 2,
    id,
    name,
    host: 'HT',
    updated: '2024-09-30',
    language: 'en',
    sources: sources(),
    phases: [{ id: 'mss', name: 'Multinational Security Support mission', start: '2023-10-02', leads }],
  };
}

/**
 * `count` events from 1990 to September 2024, about evenly spread, most with a day, some with
 * only a month or a year; short English texts keep 10,000 events under the 2 MB data limit.
 */
export function timelineMission(count) {
  const rng = random(count);
  const from = Date.UTC(1990, 0, 1);
  const span = Date.UTC(2024, 8, 30) - from;
  const events = Array.from({ length: count }, (_, i) => {
    const date = day(from + Math.floor((i * span) / count));
    const precise = i % 97 === 50 ? date.slice(0, 4) : i % 9 === 4 ? date.slice(0, 7) : date;
    const countries = [...new Set([rng.pick(['HT', 'KE', 'JM', 'BZ', 'BS', 'US']), 'HT'])];
    const cited = [`s${rng.int(24)}`];
    if (i % 5 === 0) cited.push(`s${(Number(cited[0].slice(1)) + 1) % 24}`);
    const summary = rng.pick(DETAILS);
    return {
      id: `e${i}`,
      date: precise,
      title: `${rng.pick(ACTORS)} ${rng.pick(ACTIONS)} ${rng.pick(PLACES)}`,
      ...(i % 3 !== 2 && { summary }),
      category: CATEGORIES[rng.int(CATEGORIES.length)],
      ...(i % 3 !== 0 && { countries }),
      sources: cited,
    };
  });
  return { ...shell(`bench-${count}`, `A timeline of ${count} events`), contributors: [], events };
}

/**
 * `count` contributors (Kenya leads): personnel pledged, sometimes preparing, deployed (never
 * above the pledge), every fourth with funding, every tenth with funding only.
 */
export function contributorMission(count) {
  const rng = random(7 * count);
  const codes = ['KE', ...COUNTRIES.filter((code) => code !== 'KE' && code !== 'HT')].slice(0, count);
  if (codes.length < count) throw new Error(`at most ${COUNTRIES.length - 1} contributors`);
  const kinds = ['police', 'military', 'mixed'];
  const contributors = codes.map((country, i) => {
    const cite = () => [`s${rng.int(24)}`];
    const pledgedOn = PLEDGED_FROM + rng.int(300) * DAY_MS;
    const deployedOn = pledgedOn + (30 + rng.int(100)) * DAY_MS;
    const pledged = 10 + rng.int(990);
    const fundingOnly = i % 10 === 9;
    const personnel = fundingOnly
      ? []
      : [
          { date: day(pledgedOn), status: 'pledged', count: pledged, sources: cite() },
          ...(i % 3 === 1
            ? [{ date: day(pledgedOn + 20 * DAY_MS), status: 'preparing', count: pledged, sources: cite() }]
            : []),
          {
            date: day(deployedOn),
            status: 'deployed',
            count: rng.int(pledged + 1),
            approximate: i % 4 === 2,
            sources: cite(),
          },
        ];
    const funding =
      fundingOnly || i % 4 === 0
        ? [
            {
              date: day(pledgedOn),
              status: 'pledged',
              amount: (1 + rng.int(200)) * 100_000,
              currency: rng.pick(['USD', 'EUR', 'CAD']),
              sources: cite(),
            },
          ]
        : [];
    return {
      id: country,
      type: 'country',
      country,
      personnel: fundingOnly ? personnel : personnel.map((figure) => ({ ...figure, kind: kinds[i % 3] })),
      funding,
    };
  });
  return {
    ...shell(`bench-contributors-${count}`, `A mission of ${count} contributors`, [codes[0]]),
    contributors,
    events: [],
  };
}

const text = (value) => (typeof value === 'string' ? value : (value?.en ?? Object.values(value ?? {})[0]));

/**
 * The same events in TimelineJS's own format, ordered as our widget orders them. Each slide's
 * `unique_id` is the id our timeline gives the event's element, so both are found the same way.
 */
export function toTimelineJS(events) {
  return {
    events: events.map((event) => {
      const [year, month, dayOfMonth] = event.date.split('-');
      return {
        unique_id: `event-${event.id}`,
        start_date: { year, ...(month && { month }), ...(dayOfMonth && { day: dayOfMonth }) },
        text: { headline: text(event.title), ...(event.summary && { text: text(event.summary) }) },
      };
    }),
  };
}

/**
 * Checks a document with the project's validator (`validateMission` from a build of
 * src/data.ts): valid, and without warnings either, so that no run pays for console output.
 */
export function checkMission(validateMission, mission, name) {
  const result = validateMission(mission);
  const problems = [...(result.errors ?? []), ...(result.warnings ?? [])];
  if (!result.ok || problems.length) {
    const lines = problems.slice(0, 5).map((issue) => `${issue.path}: ${issue.message}`);
    throw new Error(`bench dataset ${name} is not clean:\n${lines.join('\n')}`);
  }
}
