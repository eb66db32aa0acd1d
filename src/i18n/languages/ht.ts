/** The widgets' interface strings in Haitian Creole, loaded when a widget speaks it. */
import { figureFirst, formatList, named } from '../joins.js';
import type { LanguagePack } from '../languages.js';
import { sourceLabel } from '../common.js';
import type { PersonnelKind } from '../../data/schema.js';

const HT_STATUS = { deployed: 'ki deplwaye nan', pledged: 'yo pwomèt pou', preparing: 'k ap prepare pou' };
const HT_PEOPLE: Record<PersonnelKind | 'any', string> = {
  police: 'polisye',
  military: 'sòlda',
  civilian: 'sivil',
  mixed: 'sòlda ak polisye',
  any: 'moun',
};

/**
 * Country names in Haitian Creole, for every country of the shipped story and its neighbours:
 * browsers give French names for `ht`. A country not listed keeps the browser's name.
 */
const HT_COUNTRIES: Readonly<Record<string, string>> = {
  AR: 'Ajantin',
  BB: 'Babad',
  BD: 'Bangladèch',
  BJ: 'Benen',
  BS: 'Bahamas',
  BZ: 'Beliz',
  CA: 'Kanada',
  CU: 'Kiba',
  DE: 'Almay',
  DO: 'Repiblik Dominikèn',
  FR: 'Lafrans',
  GT: 'Gwatemala',
  HT: 'Ayiti',
  JM: 'Jamayik',
  KE: 'Kenya',
  LK: 'Sri Lanka',
  MX: 'Meksik',
  PA: 'Panama',
  SV: 'Salvadò',
  TD: 'Tchad',
  US: 'Etazini',
};

/**
 * Browsers format Creole in French: its own words for French months and compact units, and the
 * names of the currencies a story is likeliest to count in. Any other word stays French.
 */
const HT_INTL: Readonly<Record<string, string>> = {
  janvier: 'janvye',
  février: 'fevriye',
  mars: 'mas',
  avril: 'avril',
  mai: 'me',
  juin: 'jen',
  juillet: 'jiyè',
  août: 'out',
  septembre: 'septanm',
  octobre: 'oktòb',
  novembre: 'novanm',
  décembre: 'desanm',
  million: 'milyon',
  millions: 'milyon',
  milliard: 'milya',
  milliards: 'milya',
  billion: 'bilyon',
  billions: 'bilyon',
  USD: 'dola ameriken',
  CAD: 'dola kanadyen',
  EUR: 'ewo',
  HTG: 'goud',
  GBP: 'liv esterlin',
};
const inCreole = (word: string | undefined) =>
  word && Object.hasOwn(HT_INTL, word) ? HT_INTL[word] : undefined;

const pack: LanguagePack = {
  intl: (parts, currency) =>
    parts
      .map(
        ({ type, value }) =>
          (type === 'currency'
            ? inCreole(currency)
            : type === 'month' || type === 'compact'
              ? inCreole(value)
              : // The first of the month is an ordinal, as in French: "1ye mas".
                type === 'day' && value === '1'
                ? '1ye'
                : undefined) ?? value,
      )
      .join(''),
  common: {
    about: (figure) => `apeprè ${figure}`,
    sources: 'Sous',
    stale: (updated) => `Nou pa t ka jwenn chif ki pi nouvo. Dènye mizajou: ${updated}.`,
    updated: (updated) => `Nouvo chif, mete ajou ${updated}.`,
    present: 'prezan, kantite a pa t bay',
    unreported: 'kantite a pa t bay',
    orMore: (figure) => `${figure} oswa plis`,
    note: (text, whose) => `Nòt${whose ? ` (${whose})` : ''}: ${text}`,
    disagree: (figures, whose) => `Sous yo pa dakò${whose ? ` (${whose})` : ''}: ${figures.join(' oswa ')}`,
    source: sourceLabel,
  },
  troopCounter: {
    label: (status, host, _count, noun = 'pèsonèl') =>
      host
        ? `${noun} ${HT_STATUS[status]} peyi ${host}`
        : `${noun} ${HT_STATUS[status].replace(/ (nan|pou)$/, '')}`,
    head: figureFirst,
    of: (kind, figure) =>
      `sou ${figure} ${{ pledged: 'yo te pwomèt', authorised: 'yo otorize', planned: 'yo te planifye' }[kind]}`,
    target: (kind, figure) =>
      `${figure} ${{ pledged: 'yo te pwomèt', authorised: 'yo otorize', planned: 'yo te planifye' }[kind]}`,
    above: (kind, excess, figure) =>
      `${excess} plis pase ${figure} ${{ pledged: 'yo te pwomèt', authorised: 'yo otorize', planned: 'yo te planifye' }[kind]}`,
    deployed: (figure) => `${figure} deplwaye`,
    preparing: (figure) => (figure ? `${figure} lòt k ap prepare` : 'lòt k ap prepare, kantite a pa t bay'),
    asOf: (date) => `nan dat ${date}`,
    scoped: named,
    noPersonnel: 'okenn pèsonèl nan misyon sa a',
    noFigure: (date, label) => `okenn chif pa t bay${label ? ` pou ${label}` : ''} nan dat ${date}`,
    ended: (phase) => `${phase} (fini)`,
    left: (date) => `kite misyon an ${date}`,
    had: (figure) => `te gen ${figure}`,
    sources: (names, more) =>
      `Sous: ${more ? `${names.join(', ')} ak ${more} lòt` : formatList(names, 'ht')}`,
    totalShown: (sum) => `Sa se total misyon an bay; chif kontribitè yo bay ${sum} ansanm`,
    sumShown: (total, date) =>
      `Sa se dènye chif kontribitè yo mete ansanm, ki pi nouvo pase dènye total misyon an (${total}, ${date})`,
    partDate: (names, date, several) => (several ? `chif ${date} pou ${names}` : `${names}: chif ${date}`),
    casualties: (killed, injured) => `${killed} mouri ak ${injured} blese nan pèsonèl misyon an`,
  },
  counterHistory: {
    boundary: (phase, edge, date) => `${phase} ${edge === 'start' ? 'depi' : 'jiska'} ${date}`,
    history: (points) => `Evolisyon pèsonèl ki deplwaye: ${points.join('; ')}.`,
    point: (figure, date) => `${figure} (${date})`,
  },
  // No articles before a country's name; the names themselves, since no browser's Intl has
  // Creole ones (they give French names).
  joins: { country: (_code, name) => name, names: HT_COUNTRIES },
  contributorList: {
    caption: 'Kontribitè',
    countries: (count, _one, money) => `${count} peyi bay ${money ? 'lajan' : 'pèsonèl'}.`,
    organisations: (count, _one, money) => `${count} òganizasyon bay ${money ? 'lajan' : 'pèsonèl'}.`,
    sole: (name, money) => `${name} bay ${money ? 'lajan' : 'pèsonèl'}.`,
    head: {
      country: 'Peyi',
      contributor: 'Kontribitè',
      role: 'Wòl',
      deployed: 'Deplwaye',
      preparing: 'Ap prepare',
      pledged: 'Pwomèt',
      since: 'Premye rive',
      funding: 'Finansman',
      sources: 'Sous',
    },
    role: {
      lead: 'Peyi ki dirije',
      contributor: 'Kontribitè',
      former: 'Ansyen kontribitè',
      organisation: 'Òganizasyon',
    },
    kind: { police: 'Polis', military: 'Militè', civilian: 'Sivil', mixed: 'Polis ak militè' },
    people: (count, _one, kind, status, since) =>
      `${count} ${HT_PEOPLE[kind ?? 'any']} ` +
      { deployed: 'deplwaye', preparing: 'k ap prepare', pledged: 'yo pwomèt' }[status] +
      (since ? ` depi ${since}` : ''),
    money: (amount, status) =>
      `${amount} ${{ pledged: 'yo pwomèt', committed: 'yo angaje', received: 'yo resevwa', frozen: 'yo bloke', withdrawn: 'yo retire' }[status]}`,
    period: (money, period) => `${money} pou ${period}`,
    fund: (money, fund) => `${money} pou ${fund}`,
    between: (from, to) => (from ? `depi ${from} jiska ${to}` : `jiska ${to}`),
    since: (date) => `depi ${date}`,
    none: 'okenn',
    unreported: 'pa t rapòte',
    nothing: (show, date) =>
      `Pa gen ${{ all: 'kontribisyon', personnel: 'pèsonèl', funding: 'lajan' }[show]} ki anrejistre nan dat ${date}.`,
    source: (n, detail) => `sous ${n}: ${detail}`,
    named,
  },
  timeline: {
    categories: {
      crisis: 'Kriz',
      diplomacy: 'Diplomasi',
      mandate: 'Manda',
      funding: 'Finansman',
      deployment: 'Deplwaman',
      casualty: 'Viktim',
      politics: 'Politik',
      other: 'Lòt',
    },
    latest: 'Pi resan',
    fresh: 'Nouvo',
    added: (count) => `${count} nouvo evènman.`,
    filter: 'Montre sèlman kategori sa yo',
    summary: 'Rezime',
    none: 'Pa gen evènman pou montre.',
    noneYet: (date) => `Pa gen evènman ki anrejistre nan dat ${date}.`,
    all: 'Tout',
    count: (shown, total) => `${shown} evènman${total === undefined ? '' : ` sou ${total}`}`,
    gap: (from, to) => (from === to ? `Pa gen evènman an ${from}` : `Pa gen evènman soti ${from} rive ${to}`),
    previous: 'Evènman anvan yo',
    next: 'Evènman apre yo',
    phaseStart: (phase) => `Kòmansman: ${phase}`,
    phaseEnd: (phase) => `Fen: ${phase}`,
    decision: (body, name, vote) =>
      `${body}${name && `, ${name}`}${vote ? `: ${vote[0]} pou, ${vote[1]} kont, ${vote[2]} abstansyon` : ''}.`,
    casualty: (what, count) => `${count} ${{ killed: 'mouri', injured: 'blese', missing: 'disparèt' }[what]}`,
  },
};

export default pack;
