import type { LazyCatalog } from './languages.js';
import type { Catalog } from './locale.js';

/**
 * What a widget says before its data and its language's strings are there: in every language
 * with the code, so that a French widget says "Chargement…" while its French strings load, and
 * says why it shows nothing when they never do.
 */
export interface StatusMessages {
  loading: string;
  /** The calm message readers see when the data cannot be shown. */
  unavailable: string;
}

export const statusMessages: Catalog<StatusMessages> = {
  en: {
    loading: 'Loading the latest figures…',
    unavailable: 'These figures are not available right now.',
  },
  fr: {
    loading: 'Chargement des derniers chiffres…',
    unavailable: 'Ces chiffres ne sont pas disponibles pour le moment.',
  },
  ht: {
    loading: 'N ap chaje dènye chif yo…',
    unavailable: 'Chif sa yo pa disponib kounye a.',
  },
  es: {
    loading: 'Cargando las cifras más recientes…',
    unavailable: 'Estas cifras no están disponibles en este momento.',
  },
  sw: {
    loading: 'Inapakia takwimu za hivi karibuni…',
    unavailable: 'Takwimu hizi hazipatikani kwa sasa.',
  },
};

/**
 * Strings every widget uses beside its data: English here, the other languages in their packs
 * (./languages/), which a widget waits for before it shows the data.
 */
export interface CommonMessages {
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

/** "Publisher, date": the same in every language. */
export const sourceLabel = (publisher: string, date?: string) => (date ? `${publisher}, ${date}` : publisher);

export const common: LazyCatalog<'common'> = {
  key: 'common',
  en: {
    about: (figure) => `about ${figure}`,
    sources: 'Sources',
    stale: (updated) => `Could not check for newer figures. These were last updated on ${updated}.`,
    updated: (updated) => `New figures, updated on ${updated}.`,
    present: 'present, number not reported',
    unreported: 'number not reported',
    orMore: (figure) => `${figure} or more`,
    note: (text, whose) => `Note${whose ? ` (${whose})` : ''}: ${text}`,
    disagree: (figures, whose) => `Sources disagree${whose ? ` (${whose})` : ''}: ${figures.join(' or ')}`,
    source: sourceLabel,
  },
};
