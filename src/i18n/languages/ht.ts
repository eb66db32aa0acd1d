/** The widgets' interface strings in Haitian Creole, loaded when a widget speaks it. */
import { figureFirst, named } from '../joins.js';
import type { LanguagePack } from '../languages.js';
import type { PersonnelKind } from '../../data/schema.js';

const HT_STATUS = { deployed: 'ki deplwaye nan', pledged: 'yo pwomèt pou', preparing: 'k ap prepare pou' };
const HT_PEOPLE: Record<PersonnelKind | 'any', string> = {
  police: 'polisye',
  military: 'sòlda',
  mixed: 'sòlda ak polisye',
  any: 'moun',
};

const pack: LanguagePack = {
  troopCounter: {
    label: (status, host) => `pèsonèl ${HT_STATUS[status]} peyi ${host}`,
    head: figureFirst,
    ofPledged: (figure) => `sou ${figure} yo te pwomèt`,
    deployed: (figure) => `${figure} deplwaye`,
    preparing: (figure) => `${figure} lòt k ap prepare`,
    asOf: (date) => `nan dat ${date}`,
    scoped: named,
    noPersonnel: 'okenn pèsonèl nan misyon sa a',
    progress: 'Pèsonèl deplwaye sou total yo te pwomèt',
    history: (points) => `Evolisyon pèsonèl ki deplwaye: ${points.join('; ')}.`,
    point: (figure, date) => `${figure} nan dat ${date}`,
  },
  contributorList: {
    caption: 'Peyi ki kontribye',
    countries: (count, _one, money) => `${count} peyi bay ${money ? 'lajan' : 'pèsonèl'}.`,
    head: {
      country: 'Peyi',
      role: 'Wòl',
      deployed: 'Deplwaye',
      preparing: 'Ap prepare',
      pledged: 'Pwomèt',
      since: 'Premye rive',
      funding: 'Finansman',
      sources: 'Sous',
    },
    role: { lead: 'Peyi ki dirije', contributor: 'Kontribitè' },
    kind: { police: 'Polis', military: 'Militè', mixed: 'Polis ak militè' },
    people: (count, _one, kind, status, since) =>
      `${count} ${HT_PEOPLE[kind ?? 'any']} ` +
      { deployed: 'deplwaye', preparing: 'k ap prepare', pledged: 'yo pwomèt' }[status] +
      (since ? ` depi ${since}` : ''),
    money: (amount, status) => `${amount} ${status === 'pledged' ? 'yo pwomèt' : 'yo vèse'}`,
    named,
  },
  timeline: {
    categories: {
      crisis: 'Kriz',
      diplomacy: 'Diplomasi',
      mandate: 'Manda',
      funding: 'Finansman',
      deployment: 'Deplwaman',
      politics: 'Politik',
      other: 'Lòt',
    },
    latest: 'Pi resan',
    fresh: 'Nouvo',
    added: (count) => `${count} nouvo evènman.`,
    filter: 'Montre sèlman kategori sa yo',
    summary: 'Rezime',
    none: 'Pa gen evènman pou montre.',
  },
};

export default pack;
