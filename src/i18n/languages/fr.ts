/** The widgets' interface strings in French, loaded when a widget speaks it. */
import { figureFirst, formatList, isOne } from '../joins.js';
import type { LanguagePack } from '../languages.js';
import { sourceLabel } from '../common.js';
import type { PersonnelKind } from '../../data/schema.js';

const FR_PEOPLE: Record<PersonnelKind | 'any', [string, string]> = {
  police: ['policier', 'policiers'],
  military: ['militaire', 'militaires'],
  civilian: ['civil', 'civils'],
  mixed: ['militaire ou policier', 'militaires et policiers'],
  any: ['membre du personnel', 'membres du personnel'],
};
// Countries named without an article, and those that take the plural or, ending in -e, the masculine.
const FR_BARE =
  /^(Haïti|Cuba|Madagascar|Malte|Chypre|Singapour|Monaco|Israël|Bahreïn|Oman|Maurice|Djibouti|Taïwan|Sri Lanka|Nauru|Tuvalu|Kiribati|Vanuatu|Samoa|Tonga|Fidji|Palaos|Saint|Sainte|Trinité|Antigua)\b/;
const FR_LES = /^(États-Unis|Bahamas|Philippines|Pays-Bas|Comores|Maldives|Émirats|Îles|Seychelles)/;
const FR_LE = /^(Mexique|Cambodge|Mozambique|Zimbabwe|Belize|Suriname)$/;

/** "le Kenya", "la Jamaïque", "les Bahamas", "l’Allemagne", "Haïti". */
const withArticle = (name: string) =>
  FR_BARE.test(name)
    ? name
    : FR_LES.test(name)
      ? `les ${name}`
      : /^[AEIOUÉÈÊÎ]/.test(name)
        ? `l’${name}`
        : /e$/.test(name) && !FR_LE.test(name)
          ? `la ${name}`
          : `le ${name}`;

/** "en Haïti", "au Mali", "aux États-Unis", "en Jamaïque", "à Cuba", from the name with its article. */
function inPlace(place: string): string {
  const [, article = '', name] = /^(les |le |la |l’)?(.*)$/.exec(place)!;
  const to: Record<string, string> = { 'les ': 'aux', 'le ': 'au', 'la ': 'en', 'l’': 'en' };
  return `${to[article] ?? (/^(Haïti|Israël)/.test(name) ? 'en' : 'à')} ${name}`;
}

const pack: LanguagePack = {
  common: {
    about: (figure) => `environ ${figure}`,
    sources: 'Sources',
    stale: (updated) =>
      `Impossible de vérifier s'il existe des chiffres plus récents. Dernière mise à jour : ${updated}.`,
    updated: (updated) => `Nouveaux chiffres, mis à jour le ${updated}.`,
    present: 'présents, nombre non communiqué',
    unreported: 'nombre non communiqué',
    orMore: (figure) => `${figure} ou plus`,
    note: (text, whose) => `Remarque${whose ? ` (${whose})` : ''}\u00a0: ${text}`,
    disagree: (figures, whose) =>
      `Les sources divergent${whose ? ` (${whose})` : ''}\u00a0: ${figures.join(' ou ')}`,
    source: sourceLabel,
  },
  troopCounter: {
    label: (status, host, count, noun) => {
      const s = isOne('fr', count) ? '' : 's';
      // A noun from the data takes the generic masculine plural; "personne" is feminine.
      const state = noun
        ? { deployed: 'déployés', pledged: 'promis', preparing: 'en préparation' }[status]
        : { deployed: `déployée${s}`, pledged: `promise${s}`, preparing: 'en préparation' }[status];
      const where = host ? ` ${status === 'deployed' ? inPlace(host) : `pour ${host}`}` : '';
      return `${noun ?? `personne${s}`} ${state}${where}`;
    },
    head: figureFirst,
    of: (kind, figure) =>
      ({
        pledged: `sur un engagement de ${figure}`,
        authorised: `sur ${figure} autorisés`,
        planned: `sur ${figure} prévus`,
      })[kind],
    target: (kind, figure) =>
      ({
        pledged: `${figure} promis`,
        authorised: `${figure} autorisés`,
        planned: `${figure} prévus`,
      })[kind],
    above: (kind, excess, figure) =>
      `${excess} de plus que ${{ pledged: `l’engagement de ${figure}`, authorised: `les ${figure} autorisés`, planned: `les ${figure} prévus` }[kind]}`,
    deployed: (figure) => `${figure} sur le terrain`,
    preparing: (figure) =>
      figure ? `${figure} de plus en préparation` : 'd’autres en préparation, nombre non communiqué',
    // "au 21 mars 2026", but "en juin 2025" and "en 2025" for a month or a year.
    asOf: (date) => `${/^\d+(er)? /.test(date) ? 'au' : 'en'} ${date}`,
    scoped: (country, text) => `${country}\u00a0: ${text}`,
    noPersonnel: 'aucun personnel dans cette mission',
    noFigure: (date, label) => `aucun chiffre communiqué au ${date}${label ? ` (${label})` : ''}`,
    ended: (phase) => `${phase} (terminée)`,
    left: (date, day) => `a quitté la mission ${day ? 'le' : 'en'} ${date}`,
    had: (figure) => `avait ${figure}`,
    sources: (names, more) =>
      `Sources\u00a0: ${more ? `${names.join(', ')} et ${more} autres` : formatList(names, 'fr')}`,
    totalShown: (sum) =>
      `Il s’agit de l’effectif total annoncé par la mission\u00a0; les chiffres des contributeurs donnent ${sum}`,
    sumShown: (total, date) =>
      `Somme des derniers chiffres des contributeurs, plus récents que le dernier effectif annoncé par la mission (${total}, ${date})`,
    partDate: (names, date, several) =>
      several
        ? `chiffres ${/^\d/.test(date) ? 'du' : 'de'} ${date} pour ${names}`
        : `${names}\u00a0: chiffre ${/^\d/.test(date) ? 'du' : 'de'} ${date}`,
    casualties: (killed, injured, [oneKilled, oneInjured]) =>
      `${killed} ${oneKilled ? 'tué' : 'tués'} et ${injured} ${oneInjured ? 'blessé' : 'blessés'} parmi le personnel de la mission`,
  },
  counterHistory: {
    boundary: (phase, edge, date) => `${phase} ${edge === 'start' ? 'à partir du' : 'jusqu’au'} ${date}`,
    history: (points) => `Personnes déployées au fil du temps\u00a0: ${points.join('\u00a0; ')}.`,
    point: (figure, date) => `${figure} (${date})`,
  },
  joins: { country: (_code, name) => withArticle(name) },
  contributorList: {
    caption: 'Contributeurs',
    countries: (count, one, money) =>
      `${count} pays ${money ? `contribue${one ? '' : 'nt'} au financement` : `fourni${one ? 't' : 'ssent'} du personnel`}.`,
    organisations: (count, one, money) =>
      `${count} ${one ? 'organisation' : 'organisations'} ${money ? `contribue${one ? '' : 'nt'} au financement` : `fourni${one ? 't' : 'ssent'} du personnel`}.`,
    // "Les États-Unis" take the plural.
    sole: (name, money) => {
      const one = !name.startsWith('les ');
      return `${name} ${money ? `contribue${one ? '' : 'nt'} au financement` : `fourni${one ? 't' : 'ssent'} du personnel`}.`;
    },
    head: {
      country: 'Pays',
      contributor: 'Contributeur',
      role: 'Rôle',
      deployed: 'Déployés',
      preparing: 'En préparation',
      pledged: 'Promis',
      since: 'Première arrivée',
      funding: 'Financement',
      sources: 'Sources',
    },
    role: {
      lead: 'Pays chef de file',
      contributor: 'Contributeur',
      former: 'Ancien contributeur',
      organisation: 'Organisation',
    },
    kind: {
      police: 'Policiers',
      military: 'Militaires',
      civilian: 'Civils',
      mixed: 'Policiers et militaires',
    },
    people: (count, one, kind, status, since) =>
      `${count} ${FR_PEOPLE[kind ?? 'any'][one ? 0 : 1]} ` +
      { deployed: one ? 'déployé' : 'déployés', preparing: 'en préparation', pledged: 'promis' }[status] +
      (since ? ` depuis ${since}` : ''),
    money: (amount, status) =>
      `${amount} ${{ pledged: 'promis', committed: 'engagés', received: 'reçus', frozen: 'gelés', withdrawn: 'retirés' }[status]}`,
    period: (money, period) => `${money} pour ${period}`,
    // A fund's French name begins with "Fonds", a masculine noun.
    fund: (money, fund, status) =>
      `${money} ${{ pledged: 'au', committed: 'au', received: 'par le', frozen: 'au', withdrawn: 'du' }[status]} ${fund}`,
    between: (from, to) => (from ? `de ${from} à ${to}` : `jusqu’à ${to}`),
    since: (date) => `depuis ${date}`,
    none: 'aucun',
    unreported: 'non communiqué',
    nothing: (show, date) =>
      `${{ all: 'Aucune contribution enregistrée', personnel: 'Aucun personnel enregistré', funding: 'Aucun financement enregistré' }[show]} au ${date}.`,
    source: (n, detail) => `source ${n}\u00a0: ${detail}`,
    named: (name, what) => `${name}\u00a0: ${what}`,
  },
  timeline: {
    categories: {
      crisis: 'Crise',
      diplomacy: 'Diplomatie',
      mandate: 'Mandat',
      funding: 'Financement',
      deployment: 'Déploiement',
      casualty: 'Victimes',
      politics: 'Politique',
      other: 'Autre',
    },
    latest: 'Le plus récent',
    fresh: 'Nouveau',
    added: (count, rule) => (rule === 'one' ? `${count} nouvel événement.` : `${count} nouveaux événements.`),
    filter: 'Afficher seulement ces catégories',
    summary: 'Résumé',
    none: 'Aucun événement à afficher.',
    noneYet: (date) => `Aucun événement enregistré au ${date}.`,
    all: 'Tout',
    count: (shown, total, rule) =>
      `${shown} ${rule === 'one' ? 'événement' : 'événements'}${total === undefined ? '' : ` sur ${total}`}`,
    gap: (from, to) => (from === to ? `Aucun événement en ${from}` : `Aucun événement de ${from} à ${to}`),
    previous: 'Événements précédents',
    next: 'Événements suivants',
    phaseStart: (phase) => `Début\u00a0: ${phase}`,
    phaseEnd: (phase) => `Fin\u00a0: ${phase}`,
    decision: (body, name, vote) =>
      `${body}${name && `, ${name}`}${vote ? `\u00a0: ${vote[0]} pour, ${vote[1]} contre, ${vote[2]} abstentions` : ''}.`,
    casualty: (what, count, one) =>
      `${count} ${{ killed: one ? 'tué' : 'tués', injured: one ? 'blessé' : 'blessés', missing: one ? 'disparu' : 'disparus' }[what]}`,
  },
};

export default pack;
