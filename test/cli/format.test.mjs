// Money in words in Node, which runs the command line: Node 20's ICU, like WebKit's, kept the
// currency's decimals in compact notation ("100.0 million US dollars").
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { build } from 'esbuild';

const { outputFiles } = await build({
  entryPoints: [new URL('../../src/i18n/money.ts', import.meta.url).pathname],
  bundle: true,
  format: 'esm',
  write: false,
});
const { formatMoney } = await import(
  `data:text/javascript;base64,${Buffer.from(outputFiles[0].text).toString('base64')}`
);

describe('money in words, in Node', () => {
  const cases = [
    [100_000_000, 'USD', 'en', '100 million US dollars'],
    [300_000_000, 'USD', 'fr', '300 millions de dollars des États-Unis'],
    [86_200_000, 'CAD', 'en', '86.2 million Canadian dollars'],
    [5_000, 'USD', 'en', '5,000 US dollars'],
  ];
  for (const [amount, currency, locale, expected] of cases) {
    it(`writes ${amount} ${currency} in ${locale} as "${expected}"`, () => {
      assert.equal(formatMoney(amount, currency, locale).replace(/\u00a0|\u202f/g, ' '), expected);
    });
  }
});
