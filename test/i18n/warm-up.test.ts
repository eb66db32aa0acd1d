import { expect } from '@open-wc/testing';
import { warmUp } from '../../src/i18n/warm-up.js';

describe('warmUp', () => {
  it("makes a locale's formatters once: widgets that ask meanwhile share the wait, later ones do not wait", async () => {
    const first = warmUp('sw');
    expect(first, 'the first widget waits').to.be.instanceOf(Promise);
    expect(warmUp('sw'), 'a second one, meanwhile, waits for the same work').to.equal(first);
    await first;
    expect(warmUp('sw'), 'once made').to.equal(undefined);
    expect(warmUp('es'), 'another locale has its own').to.be.instanceOf(Promise);
  });
});
