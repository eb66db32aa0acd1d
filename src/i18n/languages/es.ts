/** The widgets' interface strings in Spanish, loaded when a widget speaks it. */
import { figureFirst, isOne, named } from '../joins.js';
import type { LanguagePack } from '../languages.js';
import type { PersonnelKind } from '../../data/schema.js';

const ES_PEOPLE: Record<PersonnelKind | 'any', [string, string]> = {
  police: ['policía', 'policías'],
  military: ['soldado', 'soldados'],
  mixed: ['militar o policía', 'militares y policías'],
  any: ['efectivo', 'efectivos'],
};

const pack: LanguagePack = {
  troopCounter: {
    label: (status, host, count) => {
      const s = isOne('es', count) ? '' : 's';
      const state = {
        deployed: `desplegado${s} en`,
        pledged: `comprometido${s} para`,
        preparing: 'en preparación para',
      };
      return `efectivo${s} ${state[status]} ${host}`;
    },
    head: figureFirst,
    ofPledged: (figure) => `de ${figure} comprometidos`,
    deployed: (figure) => `${figure} desplegados`,
    preparing: (figure) => `${figure} más en preparación`,
    asOf: (date) => `al ${date}`,
    scoped: named,
    noPersonnel: 'sin personal en esta misión',
    progress: 'Desplegados frente a comprometidos',
    history: (points) => `Efectivos desplegados a lo largo del tiempo: ${points.join('; ')}.`,
    point: (figure, date) => `${figure} el ${date}`,
  },
  contributorList: {
    caption: 'Países contribuyentes',
    countries: (count, one, money) =>
      `${count} ${one ? 'país aporta' : 'países aportan'} ${money ? 'financiación' : 'personal'}.`,
    head: {
      country: 'País',
      role: 'Función',
      deployed: 'Desplegados',
      preparing: 'En preparación',
      pledged: 'Comprometidos',
      since: 'Primera llegada',
      funding: 'Financiación',
      sources: 'Fuentes',
    },
    role: { lead: 'País líder', contributor: 'Contribuyente' },
    kind: { police: 'Policía', military: 'Militar', mixed: 'Policía y militares' },
    people: (count, one, kind, status, since) =>
      `${count} ${ES_PEOPLE[kind ?? 'any'][one ? 0 : 1]} ` +
      { deployed: 'desplegado', preparing: 'en preparación', pledged: 'comprometido' }[status] +
      (status === 'preparing' || one ? '' : 's') +
      (since ? ` desde ${since}` : ''),
    money: (amount, status) => `${amount} ${status === 'pledged' ? 'comprometidos' : 'desembolsados'}`,
    named,
  },
  timeline: {
    categories: {
      crisis: 'Crisis',
      diplomacy: 'Diplomacia',
      mandate: 'Mandato',
      funding: 'Financiación',
      deployment: 'Despliegue',
      politics: 'Política',
      other: 'Otros',
    },
    latest: 'Más reciente',
    fresh: 'Nuevo',
    added: (count, rule) => (rule === 'one' ? `${count} evento nuevo.` : `${count} eventos nuevos.`),
    filter: 'Mostrar solo estas categorías',
    summary: 'Resumen',
    none: 'No hay eventos que mostrar.',
  },
};

export default pack;
