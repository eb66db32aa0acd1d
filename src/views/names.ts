/** Contributors by name: a country's from `Intl` (or the language's own table), an organisation's from the data, never mixed up. */
import type { Contributor, Text } from '../data/schema.js';
import { countryLabel } from '../i18n/joins.js';

export function contributorName(
  contributor: Contributor,
  locale: string,
  text: (value: Text) => string,
): string {
  return contributor.type === 'country' ? countryLabel(contributor.country, locale) : text(contributor.name);
}

/** The short badge beside a name: a country's ISO code, an organisation's short name or id. */
export function contributorBadge(contributor: Contributor, text: (value: Text) => string): string {
  if (contributor.type === 'country') return contributor.country;
  return contributor.shortName ? text(contributor.shortName) : contributor.id.toUpperCase();
}
