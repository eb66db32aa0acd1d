import type { Catalog } from './locale.js';

/** Strings every widget uses. */
export interface CommonMessages {
  loading: string;
  /** The calm message readers see when the data cannot be shown. */
  unavailable: string;
  /** A figure given as approximate: "about 400". */
  about: (figure: string) => string;
  sources: string;
  /** Shown while refreshes fail and the last good data stays on screen. */
  stale: (updated: string) => string;
  /** Announced once when a refresh brings a new version of the data. */
  updated: (updated: string) => string;
  /** A link's accessible detail: the publisher and the source's date. */
  source: (publisher: string, date?: string) => string;
  /** A figure that is there with no number: "present, number not reported". */
  present: string;
  /** After what is there without a number: "number not reported". */
  unreported: string;
  /** A figure with some parts not counted: "about 426 or more". */
  orMore: (figure: string) => string;
  /** A reader-facing caveat: "Note: planned figure, not a count"; `whose` names a part of a sum. */
  note: (text: string, whose?: string) => string;
  /** Other sources' figures: "Sources disagree: 100 or 230". */
  disagree: (figures: string[], whose?: string) => string;
}

const source = (publisher: string, date?: string) => (date ? `${publisher}, ${date}` : publisher);

export const common: Catalog<CommonMessages> = {
  en: {
    loading: 'Loading the latest figures…',
    unavailable: 'These figures are not available right now.',
    about: (figure) => `about ${figure}`,
    sources: 'Sources',
    stale: (updated) => `Could not check for newer figures. These were last updated on ${updated}.`,
    updated: (updated) => `New figures, updated on ${updated}.`,
    present: 'present, number not reported',
    unreported: 'number not reported',
    orMore: (figure) => `${figure} or more`,
    note: (text, whose) => `Note${whose ? ` (${whose})` : ''}: ${text}`,
    disagree: (figures, whose) => `Sources disagree${whose ? ` (${whose})` : ''}: ${figures.join(' or ')}`,
    source,
  },
  fr: {
    loading: 'Chargement des derniers chiffres…',
    unavailable: 'Ces chiffres ne sont pas disponibles pour le moment.',
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
    source,
  },
  ht: {
    loading: 'N ap chaje dènye chif yo…',
    unavailable: 'Chif sa yo pa disponib kounye a.',
    about: (figure) => `apeprè ${figure}`,
    sources: 'Sous',
    stale: (updated) => `Nou pa t ka jwenn chif ki pi nouvo. Dènye mizajou: ${updated}.`,
    updated: (updated) => `Nouvo chif, mete ajou ${updated}.`,
    present: 'prezan, kantite a pa t bay',
    unreported: 'kantite a pa t bay',
    orMore: (figure) => `${figure} oswa plis`,
    note: (text, whose) => `Nòt${whose ? ` (${whose})` : ''}: ${text}`,
    disagree: (figures, whose) => `Sous yo pa dakò${whose ? ` (${whose})` : ''}: ${figures.join(' oswa ')}`,
    source,
  },
  es: {
    loading: 'Cargando las cifras más recientes…',
    unavailable: 'Estas cifras no están disponibles en este momento.',
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
    source,
  },
  sw: {
    loading: 'Inapakia takwimu za hivi karibuni…',
    unavailable: 'Takwimu hizi hazipatikani kwa sasa.',
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
    source,
  },
};
