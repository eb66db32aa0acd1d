import { expect } from '@open-wc/testing';
import type { Figure } from '../../src/data/derive.js';
import type { Headline } from '../../src/data/headline.js';
import type { PersonnelStatus } from '../../src/data/schema.js';
import { loadLanguage } from '../../src/i18n/languages.js';
import { messagesFor } from '../../src/i18n/locale.js';
import { counterWords, troopCounter } from '../../src/i18n/troop-counter.js';

const figure = (count: number, approximate = false): Figure => ({ count, approximate, sources: [] });
const figures = (deployed: Figure, pledged: Figure, preparing: Figure, hasPersonnel = true): Headline => ({
  deployed,
  pledged,
  preparing,
  used: figure(0),
  hasPersonnel,
});
const format = ({ count, approximate }: Figure) => `${approximate ? 'about ' : ''}${count}`;

describe('troop-counter words', () => {
  const some = figures(figure(426, true), figure(1250), figure(600));
  // [name, status, figures, date, country, lines, sentence]
  const cases: [
    string,
    PersonnelStatus,
    Headline,
    string | undefined,
    string | undefined,
    string[],
    string,
  ][] = [
    [
      'everything, deployed first',
      'deployed',
      some,
      'D',
      undefined,
      ['of 1250 pledged', '600 more preparing', 'As of D'],
      'About 426 L of 1250 pledged, 600 more preparing, as of D.',
    ],
    [
      'pledged first',
      'pledged',
      some,
      'D',
      undefined,
      ['about 426 deployed', '600 more preparing', 'As of D'],
      '1250 L, about 426 deployed, 600 more preparing, as of D.',
    ],
    [
      'preparing first',
      'preparing',
      some,
      'D',
      undefined,
      ['about 426 deployed of 1250 pledged', 'As of D'],
      '600 L, about 426 deployed of 1250 pledged, as of D.',
    ],
    [
      'nothing pledged nor dated',
      'deployed',
      figures(figure(0), figure(0), figure(0)),
      undefined,
      undefined,
      [],
      '0 L.',
    ],
    [
      'one country',
      'deployed',
      figures(figure(24, true), figure(200), figure(0)),
      'D',
      'Jamaica',
      ['of 200 pledged', 'As of D'],
      'Jamaica: about 24 L of 200 pledged, as of D.',
    ],
    [
      'a country without personnel',
      'deployed',
      figures(figure(0), figure(0), figure(0), false),
      undefined,
      'United States',
      [],
      'United States: no personnel in this mission.',
    ],
  ];
  for (const [name, status, headline, date, country, lines, sentence] of cases) {
    it(name, () => {
      const words = counterWords(troopCounter.en, {
        status,
        figures: headline,
        format,
        label: 'L',
        date,
        country,
      });
      expect(words).to.deep.equal({ lines, sentence });
    });
  }

  const labels: [string, PersonnelStatus, number, string][] = [
    ['en', 'deployed', 1, 'personnel deployed in Haiti'],
    ['en', 'pledged', 2, 'personnel pledged for Haiti'],
    ['en', 'preparing', 2, 'personnel preparing for Haiti'],
    ['fr', 'deployed', 0, 'personne déployée (Haïti)'],
    ['fr', 'deployed', 1, 'personne déployée (Haïti)'],
    ['fr', 'deployed', 2, 'personnes déployées (Haïti)'],
    ['fr', 'pledged', 1250, 'personnes promises (Haïti)'],
    ['fr', 'preparing', 600, 'personnes en préparation (Haïti)'],
  ];
  for (const [locale, status, count, expected] of labels) {
    it(`labels ${count} ${status} in ${locale}: "${expected}"`, async () => {
      const host = locale === 'fr' ? 'Haïti' : 'Haiti';
      await loadLanguage(locale);
      expect(messagesFor(troopCounter, locale).label(status, host, count)).to.equal(expected);
    });
  }
});
