/** The widgets' interface strings in Swahili, loaded when a widget speaks it. */
import { formatList, isOne, named } from '../joins.js';
import type { LanguagePack } from '../languages.js';
import { sourceLabel } from '../common.js';
import type { PersonnelKind, PersonnelStatus } from '../../data/schema.js';

const SW_PEOPLE: Record<PersonnelKind | 'any', [string, string]> = {
  police: ['polisi', 'polisi'],
  military: ['mwanajeshi', 'wanajeshi'],
  civilian: ['raia', 'raia'],
  mixed: ['mwanajeshi au polisi', 'wanajeshi na polisi'],
  any: ['askari', 'askari'],
};
const SW_STATUS: Record<PersonnelStatus, [string, string]> = {
  deployed: ['aliyetumwa', 'waliotumwa'],
  preparing: ['anayejiandaa', 'wanaojiandaa'],
  pledged: ['aliyeahidiwa', 'walioahidiwa'],
};

const pack: LanguagePack = {
  common: {
    about: (figure) => `takriban ${figure}`,
    sources: 'Vyanzo',
    stale: (updated) => `Takwimu mpya hazikuweza kupatikana. Zilisasishwa mwisho ${updated}.`,
    updated: (updated) => `Takwimu mpya, zilizosasishwa ${updated}.`,
    present: 'wapo, idadi haijatajwa',
    unreported: 'idadi haijatajwa',
    orMore: (figure) => `${figure} au zaidi`,
    note: (text, whose) => `Kumbuka${whose ? ` (${whose})` : ''}: ${text}`,
    disagree: (figures, whose) =>
      `Vyanzo vinatofautiana${whose ? ` (${whose})` : ''}: ${figures.join(' au ')}`,
    source: sourceLabel,
  },
  troopCounter: {
    label: (status, host, count, noun = 'askari') => {
      const [a, w] = isOne('sw', count) ? ['aliye', 'anaye'] : ['walio', 'wanao'];
      const said = {
        deployed: `${a}tumwa`,
        pledged: `${a}ahidiwa`,
        preparing: `${w}jiandaa${host ? ' kwenda' : ''}`,
      }[status];
      return `${noun} ${said}${host ? ` ${host}` : ''}`;
    },
    // Swahili puts the number after what it counts: "askari waliotumwa Haiti ni takriban 426".
    head: (figure, label) => `${label} ni ${figure}`,
    of: (kind, figure) =>
      `kati ya ${figure} ${{ pledged: 'walioahidiwa', authorised: 'walioidhinishwa', planned: 'waliopangwa' }[kind]}`,
    target: (kind, figure) =>
      `${figure} ${{ pledged: 'wameahidiwa', authorised: 'wameidhinishwa', planned: 'wamepangwa' }[kind]}`,
    above: (kind, excess, figure) =>
      `${excess} zaidi ya ${figure} ${{ pledged: 'walioahidiwa', authorised: 'walioidhinishwa', planned: 'waliopangwa' }[kind]}`,
    deployed: (figure) => `${figure} wametumwa`,
    preparing: (figure) =>
      figure ? `wengine ${figure} wanajiandaa` : 'wengine wanajiandaa, idadi haijatajwa',
    asOf: (date) => `kufikia ${date}`,
    scoped: named,
    noPersonnel: 'hakuna askari katika misheni hii',
    noFigure: (date, label) => `hakuna idadi${label ? ` ya ${label}` : ''} iliyotajwa kufikia ${date}`,
    ended: (phase) => `${phase} (imekwisha)`,
    left: (date) => `iliondoka katika misheni mnamo ${date}`,
    had: (figure) => `${figure} (kabla ya kuondoka)`,
    sources: (names, more) =>
      `Vyanzo: ${more ? `${names.join(', ')} na ${more} zaidi` : formatList(names, 'sw')}`,
    totalShown: (sum) => `Hii ni jumla iliyotangazwa na misheni; takwimu za wachangiaji zinafikia ${sum}`,
    sumShown: (total, date) =>
      `Hii ni jumla ya takwimu za karibuni za wachangiaji, mpya kuliko jumla ya mwisho ya misheni (${total}, ${date})`,
    partDate: (names, date, several) =>
      several ? `takwimu za ${date} kwa ${names}` : `${names}: takwimu za ${date}`,
    casualties: (killed, injured) =>
      `waliouawa ${killed} na waliojeruhiwa ${injured} miongoni mwa askari wa misheni`,
  },
  counterHistory: {
    boundary: (phase, edge, date) => `${phase} ${edge === 'start' ? 'kuanzia' : 'hadi'} ${date}`,
    history: (points) => `Askari waliotumwa kwa nyakati tofauti: ${points.join('; ')}.`,
    point: (figure, date) => `${figure} (${date})`,
  },
  // No articles before a country's name.
  joins: { country: (_code, name) => name },
  contributorList: {
    caption: 'Wachangiaji',
    // Swahili puts the number after the noun: "nchi 3".
    countries: (count, one, money) =>
      `Nchi ${count} ${one ? 'inachangia' : 'zinachangia'} ${money ? 'fedha' : 'askari'}.`,
    organisations: (count, one, money) =>
      `${one ? 'Shirika' : 'Mashirika'} ${count} ${one ? 'linachangia' : 'yanachangia'} ${money ? 'fedha' : 'askari'}.`,
    // A country's name takes the class of "nchi": "Jamaika inachangia askari."
    sole: (name, money) => `${name} inachangia ${money ? 'fedha' : 'askari'}.`,
    head: {
      country: 'Nchi',
      contributor: 'Mchangiaji',
      role: 'Jukumu',
      deployed: 'Waliotumwa',
      preparing: 'Wanaojiandaa',
      pledged: 'Walioahidiwa',
      since: 'Kuwasili kwa kwanza',
      funding: 'Ufadhili',
      sources: 'Vyanzo',
    },
    role: {
      lead: 'Nchi kiongozi',
      contributor: 'Mchangiaji',
      former: 'Mchangiaji wa zamani',
      organisation: 'Shirika',
    },
    kind: { police: 'Polisi', military: 'Jeshi', civilian: 'Raia', mixed: 'Polisi na jeshi' },
    people: (count, one, kind, status, since) =>
      `${SW_PEOPLE[kind ?? 'any'][one ? 0 : 1]} ${count} ${SW_STATUS[status][one ? 0 : 1]}` +
      (since ? ` tangu ${since}` : ''),
    money: (amount, status) =>
      `${amount} ${{ pledged: 'zilizoahidiwa', committed: 'zilizotengwa', received: 'zilizopokelewa', frozen: 'zilizozuiwa', withdrawn: 'zilizoondolewa' }[status]}`,
    period: (money, period) => `${money} kwa ${period}`,
    fund: (money, fund) => `${money} kwa ajili ya ${fund}`,
    between: (from, to) => (from ? `kuanzia ${from} hadi ${to}` : `hadi ${to}`),
    since: (date) => `tangu ${date}`,
    none: 'hakuna',
    unreported: 'haijatajwa',
    nothing: (show, date) =>
      `Hakuna ${{ all: 'mchango uliorekodiwa', personnel: 'askari waliorekodiwa', funding: 'fedha zilizorekodiwa' }[show]} kufikia ${date}.`,
    source: (n, detail) => `chanzo ${n}: ${detail}`,
    named,
  },
  timeline: {
    categories: {
      crisis: 'Mgogoro',
      diplomacy: 'Diplomasia',
      mandate: 'Mamlaka',
      funding: 'Ufadhili',
      deployment: 'Upelekaji',
      casualty: 'Majeruhi na vifo',
      politics: 'Siasa',
      other: 'Mengineyo',
    },
    latest: 'Mpya zaidi',
    fresh: 'Jipya',
    added: (count, rule) => (rule === 'one' ? `Tukio ${count} jipya.` : `Matukio ${count} mapya.`),
    filter: 'Onyesha aina hizi tu',
    summary: 'Muhtasari',
    none: 'Hakuna matukio ya kuonyesha.',
    noneYet: (date) => `Hakuna matukio yaliyorekodiwa kufikia ${date}.`,
    all: 'Yote',
    count: (shown, total, rule) =>
      total === undefined
        ? `${rule === 'one' ? 'Tukio' : 'Matukio'} ${shown}`
        : `Matukio ${shown} kati ya ${total}`,
    gap: (from, to) =>
      from === to ? `Hakuna matukio mwaka ${from}` : `Hakuna matukio kuanzia ${from} hadi ${to}`,
    previous: 'Matukio yaliyotangulia',
    next: 'Matukio yanayofuata',
    phaseStart: (phase) => `Mwanzo: ${phase}`,
    phaseEnd: (phase) => `Mwisho: ${phase}`,
    decision: (body, name, vote) =>
      `${body}${name && `, ${name}`}${vote ? `: ${vote[0]} waliunga mkono, ${vote[1]} walipinga, ${vote[2]} hawakupiga kura` : ''}.`,
    casualty: (what, count) =>
      `${{ killed: 'waliouawa', injured: 'waliojeruhiwa', missing: 'waliopotea' }[what]} ${count}`,
  },
};

export default pack;
