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
    source,
  },
  ht: {
    loading: 'N ap chaje dènye chif yo…',
    unavailable: 'Chif sa yo pa disponib kounye a.',
    about: (figure) => `apeprè ${figure}`,
    sources: 'Sous',
    stale: (updated) => `Nou pa t ka jwenn chif ki pi nouvo. Dènye mizajou: ${updated}.`,
    updated: (updated) => `Nouvo chif, mete ajou ${updated}.`,
    source,
  },
  es: {
    loading: 'Cargando las cifras más recientes…',
    unavailable: 'Estas cifras no están disponibles en este momento.',
    about: (figure) => `unos ${figure}`,
    sources: 'Fuentes',
    stale: (updated) => `No se pudieron buscar cifras más recientes. Última actualización: ${updated}.`,
    updated: (updated) => `Nuevas cifras, actualizadas el ${updated}.`,
    source,
  },
  sw: {
    loading: 'Inapakia takwimu za hivi karibuni…',
    unavailable: 'Takwimu hizi hazipatikani kwa sasa.',
    about: (figure) => `takriban ${figure}`,
    sources: 'Vyanzo',
    stale: (updated) => `Takwimu mpya hazikuweza kupatikana. Zilisasishwa mwisho ${updated}.`,
    updated: (updated) => `Takwimu mpya, zilizosasishwa ${updated}.`,
    source,
  },
};
