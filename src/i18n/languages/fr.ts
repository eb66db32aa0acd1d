/** The widgets' interface strings in French, loaded when a widget speaks it. */
import { figureFirst, isOne } from '../joins.js';
import type { LanguagePack } from '../languages.js';
import type { PersonnelKind } from '../../data/schema.js';

const FR_PEOPLE: Record<PersonnelKind | 'any', [string, string]> = {
  police: ['policier', 'policiers'],
  military: ['militaire', 'militaires'],
  mixed: ['militaire ou policier', 'militaires et policiers'],
  any: ['membre du personnel', 'membres du personnel'],
};
// Haitian Creole nouns do not change in the plural.

const pack: LanguagePack = {
  troopCounter: {
    label: (status, host, count) => {
      const s = isOne('fr', count) ? '' : 's';
      const state = { deployed: `déployée${s}`, pledged: `promise${s}`, preparing: 'en préparation' }[status];
      return `personne${s} ${state} (${host})`;
    },
    head: figureFirst,
    ofPledged: (figure) => `sur un engagement de ${figure}`,
    deployed: (figure) => `${figure} sur le terrain`,
    preparing: (figure) => `${figure} de plus en préparation`,
    asOf: (date) => `au ${date}`,
    scoped: (country, text) => `${country}\u00a0: ${text}`,
    noPersonnel: 'aucun personnel dans cette mission',
    progress: 'Part de l’engagement déployée',
    history: (points) => `Personnes déployées au fil du temps\u00a0: ${points.join('\u00a0; ')}.`,
    point: (figure, date) => `${figure} le ${date}`,
  },
  contributorList: {
    caption: 'Pays contributeurs',
    countries: (count, one, money) =>
      `${count} pays ${money ? `contribue${one ? '' : 'nt'} au financement` : `fourni${one ? 't' : 'ssent'} du personnel`}.`,
    head: {
      country: 'Pays',
      role: 'Rôle',
      deployed: 'Déployés',
      preparing: 'En préparation',
      pledged: 'Promis',
      since: 'Première arrivée',
      funding: 'Financement',
      sources: 'Sources',
    },
    role: { lead: 'Pays chef de file', contributor: 'Contributeur' },
    kind: { police: 'Policiers', military: 'Militaires', mixed: 'Policiers et militaires' },
    people: (count, one, kind, status, since) =>
      `${count} ${FR_PEOPLE[kind ?? 'any'][one ? 0 : 1]} ` +
      { deployed: one ? 'déployé' : 'déployés', preparing: 'en préparation', pledged: 'promis' }[status] +
      (since ? ` depuis ${since}` : ''),
    money: (amount, status) => `${amount} ${status === 'pledged' ? 'promis' : 'versés'}`,
    named: (name, what) => `${name}\u00a0: ${what}`,
  },
  timeline: {
    categories: {
      crisis: 'Crise',
      diplomacy: 'Diplomatie',
      mandate: 'Mandat',
      funding: 'Financement',
      deployment: 'Déploiement',
      politics: 'Politique',
      other: 'Autre',
    },
    latest: 'Le plus récent',
    fresh: 'Nouveau',
    added: (count, rule) => (rule === 'one' ? `${count} nouvel événement.` : `${count} nouveaux événements.`),
    filter: 'Afficher seulement ces catégories',
    summary: 'Résumé',
    none: 'Aucun événement à afficher.',
  },
};

export default pack;
