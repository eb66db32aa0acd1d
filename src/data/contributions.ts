/**
 * What the contributor list says of each contributor beyond its figures: the kinds of its
 * personnel, when it arrived, whether it had started, and how many give people or money.
 */
import type { Day, PartialDate } from './dates.js';
import {
  contributorFigure,
  contributorsInScope,
  compareDates,
  hasLeft,
  onOrBefore,
  type Scope,
} from './derive.js';
import { fundingFigures } from './money.js';
import type { Contributor, MissionData, PersonnelFigure, PersonnelKind } from './schema.js';

/** The kinds of personnel a contributor's figures name, in model order. */
export function kindsOf(contributor: Contributor): PersonnelKind[] {
  const kinds = new Set(contributor.personnel.map((f) => f.kind));
  return (['police', 'military', 'civilian', 'mixed'] as const).filter((kind) => kinds.has(kind));
}

/** The first date a contributor's personnel were deployed (above 0), if by `asOf`. */
export function firstArrival(contributor: Contributor, asOf?: Day): PartialDate | undefined {
  let first: PersonnelFigure | undefined;
  for (const figure of contributor.personnel) {
    const there = (figure.count ?? 0) > 0 || figure.range !== undefined || figure.present === true;
    if (
      figure.status === 'deployed' &&
      there &&
      onOrBefore(figure.date, asOf) &&
      (!first || compareDates(figure.date, first.date) < 0)
    )
      first = figure;
  }
  return first?.date;
}

/** Whether a contributor had said or done anything by `asOf` (its first entry is not later). */
export function hasStarted(contributor: Contributor, asOf?: Day): boolean {
  return [...contributor.personnel, ...contributor.funding].some(({ date }) => onOrBefore(date, asOf));
}

export interface ContributionCounts {
  /** Countries with personnel pledged, preparing or deployed (above 0) and not gone. */
  personnel: number;
  /** Countries with money in any status above 0. */
  funding: number;
  /** The same for organisations, never counted as countries. */
  organisations: { personnel: number; funding: number };
}

/** `giving`: the contributors that give, when the caller has them already. */
export function contributionCounts(
  data: MissionData,
  scope: Scope = {},
  giving = contributorsGiving(data, scope),
): ContributionCounts {
  const count = (type: Contributor['type'], what: keyof typeof giving) =>
    giving[what].filter((c) => c.type === type).length;
  return {
    personnel: count('country', 'personnel'),
    funding: count('country', 'funding'),
    organisations: {
      personnel: count('organisation', 'personnel'),
      funding: count('organisation', 'funding'),
    },
  };
}

export type ContributorsGiving = Record<'personnel' | 'funding', Contributor[]>;

/** The contributors in scope, countries and organisations, that give people, and money, by `scope.asOf`. */
export function contributorsGiving(data: MissionData, scope: Scope = {}): ContributorsGiving {
  const contributors = contributorsInScope(data, scope);
  const givesPeople = (c: Contributor) =>
    !hasLeft(c, scope.asOf) &&
    (['pledged', 'preparing', 'deployed'] as const).some((s) => {
      const figure = contributorFigure(c, s, scope.asOf);
      return figure !== undefined && (figure.high > 0 || figure.unreported);
    });
  const givesMoney = (c: Contributor) => fundingFigures(c, scope.asOf).some(({ amount }) => amount > 0);
  return { personnel: contributors.filter(givesPeople), funding: contributors.filter(givesMoney) };
}
