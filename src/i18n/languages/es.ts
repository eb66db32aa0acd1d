/** The widgets' interface strings in Spanish, loaded when a widget speaks it. */
import { figureFirst, formatList, isOne, named } from '../joins.js';
import type { LanguagePack } from '../languages.js';
import { sourceLabel } from '../common.js';
import type { PersonnelKind } from '../../data/schema.js';

const ES_PEOPLE: Record<PersonnelKind | 'any', [string, string]> = {
  police: ['policía', 'policías'],
  military: ['soldado', 'soldados'],
  civilian: ['civil', 'civiles'],
  mixed: ['militar o policía', 'militares y policías'],
  any: ['efectivo', 'efectivos'],
};

// The countries Spanish names with an article in running text.
const ES_ARTICLE: Record<string, string> = { BS: 'las', DO: 'la', CF: 'la', GB: 'el', NL: 'los', AE: 'los' };

const pack: LanguagePack = {
  common: {
    about: (figure) => `unos ${figure}`,
    sources: 'Fuentes',
    stale: (updated) => `No se pudieron buscar cifras más recientes. Última actualización: ${updated}.`,
    updated: (updated) => `Nuevas cifras, actualizadas el ${updated}.`,
    present: 'presentes, cifra no comunicada',
    unreported: 'cifra no comunicada',
    orMore: (figure) => `${figure} o más`,
    note: (text, whose) => `Nota${whose ? ` (${whose})` : ''}: ${text}`,
    disagree: (figures, whose) =>
      `Las fuentes no coinciden${whose ? ` (${whose})` : ''}: ${figures.join(' o ')}`,
    source: sourceLabel,
  },
  troopCounter: {
    label: (status, host, count, noun) => {
      const s = isOne('es', count) ? '' : 's';
      const state = {
        deployed: `desplegado${s} en`,
        pledged: `comprometido${s} para`,
        preparing: 'en preparación para',
      };
      // A noun from the data takes the plural: "agentes desplegados en Haití".
      const said = noun ? state[status].replace(/o(?= )/, 'os') : state[status];
      const where = host ? `${said} ${host}` : said.replace(/ (en|para)$/, '');
      return `${noun ?? `efectivo${s}`} ${where}`;
    },
    head: figureFirst,
    of: (kind, figure) =>
      `de ${figure} ${{ pledged: 'comprometidos', authorised: 'autorizados', planned: 'previstos' }[kind]}`,
    target: (kind, figure) =>
      `${figure} ${{ pledged: 'comprometidos', authorised: 'autorizados', planned: 'previstos' }[kind]}`,
    above: (kind, excess, figure) =>
      `${excess} más que los ${figure} ${{ pledged: 'comprometidos', authorised: 'autorizados', planned: 'previstos' }[kind]}`,
    deployed: (figure) => `${figure} desplegados`,
    preparing: (figure) =>
      figure ? `${figure} más en preparación` : 'más en preparación, cifra no comunicada',
    // "al 21 de marzo de 2026", but "a junio de 2025" and "en 2025" for a month or a year.
    asOf: (date) => `${/^\d+ /.test(date) ? 'al' : /^\d+$/.test(date) ? 'en' : 'a'} ${date}`,
    scoped: named,
    noPersonnel: 'sin personal en esta misión',
    noFigure: (date, label) => `ninguna cifra comunicada al ${date}${label ? ` (${label})` : ''}`,
    ended: (phase) => `${phase} (finalizada)`,
    left: (date, day) => `dejó la misión ${day ? 'el' : 'en'} ${date}`,
    had: (figure) => `tenía ${figure}`,
    sources: (names, more) =>
      `Fuentes: ${more ? `${names.join(', ')} y ${more} más` : formatList(names, 'es')}`,
    totalShown: (sum) =>
      `Es el total comunicado por la misión; las cifras de los contribuyentes suman ${sum}`,
    sumShown: (total, date) =>
      `Suma de las últimas cifras de los contribuyentes, más recientes que el último total comunicado por la misión (${total}, ${date})`,
    partDate: (names, date, several) =>
      several
        ? `cifras ${/^\d/.test(date) ? 'del' : 'de'} ${date} para ${names}`
        : `${names}: cifra ${/^\d/.test(date) ? 'del' : 'de'} ${date}`,
    casualties: (killed, injured, [oneKilled, oneInjured]) =>
      `${killed} ${oneKilled ? 'muerto' : 'muertos'} y ${injured} ${oneInjured ? 'herido' : 'heridos'} entre el personal de la misión`,
  },
  counterHistory: {
    boundary: (phase, edge, date) => `${phase} ${edge === 'start' ? 'desde el' : 'hasta el'} ${date}`,
    history: (points) => `Efectivos desplegados a lo largo del tiempo: ${points.join('; ')}.`,
    point: (figure, date) => `${figure} (${date})`,
  },
  joins: { country: (code, name) => (ES_ARTICLE[code] ? `${ES_ARTICLE[code]} ${name}` : name) },
  contributorList: {
    caption: 'Contribuyentes',
    countries: (count, one, money) =>
      `${count} ${one ? 'país aporta' : 'países aportan'} ${money ? 'financiación' : 'personal'}.`,
    organisations: (count, one, money) =>
      `${count} ${one ? 'organización aporta' : 'organizaciones aportan'} ${money ? 'financiación' : 'personal'}.`,
    // "Las Bahamas", "los Países Bajos" take the plural.
    sole: (name, money) =>
      `${name} ${/^l[oa]s /.test(name) ? 'aportan' : 'aporta'} ${money ? 'financiación' : 'personal'}.`,
    head: {
      country: 'País',
      contributor: 'Contribuyente',
      role: 'Función',
      deployed: 'Desplegados',
      preparing: 'En preparación',
      pledged: 'Comprometidos',
      since: 'Primera llegada',
      funding: 'Financiación',
      sources: 'Fuentes',
    },
    role: {
      lead: 'País líder',
      contributor: 'Contribuyente',
      former: 'Antiguo contribuyente',
      organisation: 'Organización',
    },
    kind: { police: 'Policía', military: 'Militar', civilian: 'Civil', mixed: 'Policía y militares' },
    people: (count, one, kind, status, since) =>
      `${count} ${ES_PEOPLE[kind ?? 'any'][one ? 0 : 1]} ` +
      { deployed: 'desplegado', preparing: 'en preparación', pledged: 'comprometido' }[status] +
      (status === 'preparing' || one ? '' : 's') +
      (since ? ` desde ${since}` : ''),
    money: (amount, status) =>
      `${amount} ${{ pledged: 'comprometidos', committed: 'confirmados', received: 'recibidos', frozen: 'congelados', withdrawn: 'retirados' }[status]}`,
    period: (money, period) => `${money} para ${period}`,
    fund: (money, fund, status) =>
      `${money} ${{ pledged: 'para el', committed: 'para el', received: 'por el', frozen: 'en el', withdrawn: 'del' }[status]} ${fund}`,
    between: (from, to) => (from ? `de ${from} a ${to}` : `hasta ${to}`),
    since: (date) => `desde ${date}`,
    none: 'ninguno',
    unreported: 'sin datos',
    nothing: (show, date) =>
      `Sin ${{ all: 'contribuciones registradas', personnel: 'personal registrado', funding: 'financiación registrada' }[show]} al ${date}.`,
    source: (n, detail) => `fuente ${n}: ${detail}`,
    named,
  },
  timeline: {
    categories: {
      crisis: 'Crisis',
      diplomacy: 'Diplomacia',
      mandate: 'Mandato',
      funding: 'Financiación',
      deployment: 'Despliegue',
      casualty: 'Bajas',
      politics: 'Política',
      other: 'Otros',
    },
    latest: 'Más reciente',
    fresh: 'Nuevo',
    added: (count, rule) => (rule === 'one' ? `${count} evento nuevo.` : `${count} eventos nuevos.`),
    filter: 'Mostrar solo estas categorías',
    summary: 'Resumen',
    none: 'No hay eventos que mostrar.',
    noneYet: (date) => `No hay eventos registrados al ${date}.`,
    all: 'Todos',
    count: (shown, total, rule) =>
      total === undefined
        ? `${shown} ${rule === 'one' ? 'evento' : 'eventos'}`
        : `${shown} de ${total} eventos`,
    gap: (from, to) => (from === to ? `Sin eventos en ${from}` : `Sin eventos de ${from} a ${to}`),
    previous: 'Eventos anteriores',
    next: 'Eventos siguientes',
    phaseStart: (phase) => `Comienza: ${phase}`,
    phaseEnd: (phase) => `Termina: ${phase}`,
    decision: (body, name, vote) =>
      `${body}${name && `, ${name}`}${vote ? `: ${vote[0]} a favor, ${vote[1]} en contra, ${vote[2]} abstenciones` : ''}.`,
    casualty: (what, count, one) =>
      `${count} ${{ killed: one ? 'muerto' : 'muertos', injured: one ? 'herido' : 'heridos', missing: one ? 'desaparecido' : 'desaparecidos' }[what]}`,
  },
};

export default pack;
