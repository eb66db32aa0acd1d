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
