/**
 * Class 8 of issue 16: a browser (or a page) without some part of `Intl`. Each widget still
 * renders, in plain words, with no uncaught error. Each part is removed inside the test and put
 * back after it; the formatters are keyed per locale, so every test uses a locale of its own.
 */
import { expect, fixture } from '@open-wc/testing';
import '../../src/index.js';
import { settled } from '../helpers.js';

const PARTS = [
  'ListFormat',
  'DisplayNames',
  'PluralRules',
  'NumberFormat',
  'DateTimeFormat',
  'Collator',
  'RelativeTimeFormat',
] as const;
const TAGS = ['troop-counter', 'contributor-list', 'event-timeline'] as const;
/** English locales `Intl` accepts, one per test, so no formatter made earlier is reused. */
const REGIONS = [
  'GB',
  'US',
  'CA',
  'AU',
  'NZ',
  'IE',
  'ZA',
  'IN',
  'KE',
  'JM',
  'BZ',
  'BS',
  'BB',
  'GY',
  'TT',
  'NG',
  'GH',
  'UG',
  'TZ',
  'ZM',
  'ZW',
];

describe('missing Intl features', () => {
  let regions = [...REGIONS];
  for (const part of PARTS) {
    for (const tag of TAGS) {
      for (const how of ['deleted', 'throwing'] as const) {
        it(`<${tag}> renders in plain words with Intl.${part} ${how}`, async () => {
          if (!regions.length) regions = [...REGIONS];
          const locale = `en-${regions.shift()}-u-nu-latn-x-${part.toLowerCase().slice(0, 7)}${how[0]}`;
          const original = Object.getOwnPropertyDescriptor(Intl, part);
          const errors: unknown[] = [];
          const onError = (event: ErrorEvent) => errors.push(event.error);
          window.addEventListener('error', onError);
          if (how === 'deleted') delete (Intl as Record<string, unknown>)[part];
          else
            Object.defineProperty(Intl, part, {
              configurable: true,
              value: function Broken() {
                throw new TypeError(`Intl.${part} is broken on this page`);
              },
            });
          try {
            const el = document.createElement(tag);
            el.setAttribute('locale', locale);
            el.setAttribute('as-of', '2024-09-30');
            await settled(await fixture<typeof el & { updateComplete: Promise<boolean> }>(el as never));
            const root = el.shadowRoot?.querySelector('[data-state]');
            expect(root?.getAttribute('data-state')).to.equal('complete');
            expect(root?.textContent?.trim().length).to.be.greaterThan(20);
            expect(root?.textContent).to.not.contain('Loading');
            expect(errors).to.deep.equal([]);
          } finally {
            window.removeEventListener('error', onError);
            if (original) Object.defineProperty(Intl, part, original);
          }
        });
      }
    }
  }
});
