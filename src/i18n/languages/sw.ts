/** The widgets' interface strings in Swahili, loaded when a widget speaks it. */
import { isOne, named } from '../joins.js';
import type { LanguagePack } from '../languages.js';
import type { PersonnelKind, PersonnelStatus } from '../../data/schema.js';

const SW_PEOPLE: Record<PersonnelKind | 'any', [string, string]> = {
  police: ['polisi', 'polisi'],
  military: ['mwanajeshi', 'wanajeshi'],
  mixed: ['mwanajeshi au polisi', 'wanajeshi na polisi'],
  any: ['askari', 'askari'],
};
const SW_STATUS: Record<PersonnelStatus, [string, string]> = {
  deployed: ['aliyetumwa', 'waliotumwa'],
  preparing: ['anayejiandaa', 'wanaojiandaa'],
  pledged: ['aliyeahidiwa', 'walioahidiwa'],
};

const pack: LanguagePack = {
  troopCounter: {
    label: (status, host, count) => {
      const [a, w] = isOne('sw', count) ? ['aliye', 'anaye'] : ['walio', 'wanao'];
      return `askari ${{ deployed: `${a}tumwa`, pledged: `${a}ahidiwa`, preparing: `${w}jiandaa kwenda` }[status]} ${host}`;
    },
    // Swahili puts the number after what it counts: "askari waliotumwa Haiti ni takriban 426".
    head: (figure, label) => `${label} ni ${figure}`,
    ofPledged: (figure) => `kati ya ${figure} walioahidiwa`,
    deployed: (figure) => `${figure} wametumwa`,
    preparing: (figure) => `wengine ${figure} wanajiandaa`,
    asOf: (date) => `kufikia ${date}`,
    scoped: named,
    noPersonnel: 'hakuna askari katika misheni hii',
    progress: 'Waliotumwa kati ya walioahidiwa',
    history: (points) => `Askari waliotumwa kwa nyakati tofauti: ${points.join('; ')}.`,
    point: (figure, date) => `${figure} tarehe ${date}`,
  },
  contributorList: {
    caption: 'Nchi zinazochangia',
    // Swahili puts the number after the noun: "nchi 3".
    countries: (count, one, money) =>
      `Nchi ${count} ${one ? 'inachangia' : 'zinachangia'} ${money ? 'fedha' : 'askari'}.`,
    head: {
      country: 'Nchi',
      role: 'Jukumu',
      deployed: 'Waliotumwa',
      preparing: 'Wanaojiandaa',
      pledged: 'Walioahidiwa',
      since: 'Kuwasili kwa kwanza',
      funding: 'Ufadhili',
      sources: 'Vyanzo',
    },
    role: { lead: 'Nchi kiongozi', contributor: 'Mchangiaji' },
    kind: { police: 'Polisi', military: 'Jeshi', mixed: 'Polisi na jeshi' },
    people: (count, one, kind, status, since) =>
      `${SW_PEOPLE[kind ?? 'any'][one ? 0 : 1]} ${count} ${SW_STATUS[status][one ? 0 : 1]}` +
      (since ? ` tangu ${since}` : ''),
    money: (amount, status) => `${amount} ${status === 'pledged' ? 'zilizoahidiwa' : 'zilizotolewa'}`,
    named,
  },
  timeline: {
    categories: {
      crisis: 'Mgogoro',
      diplomacy: 'Diplomasia',
      mandate: 'Mamlaka',
      funding: 'Ufadhili',
      deployment: 'Upelekaji',
      politics: 'Siasa',
      other: 'Mengineyo',
    },
    latest: 'Mpya zaidi',
    fresh: 'Jipya',
    added: (count, rule) => (rule === 'one' ? `Tukio ${count} jipya.` : `Matukio ${count} mapya.`),
    filter: 'Onyesha aina hizi tu',
    summary: 'Muhtasari',
    none: 'Hakuna matukio ya kuonyesha.',
  },
};

export default pack;
