import { expect } from '@open-wc/testing';
import { languagePack, loadLanguage } from '../../src/i18n/languages.js';
import { messagesFor } from '../../src/i18n/locale.js';
import { troopCounter } from '../../src/i18n/troop-counter.js';

// Each test file runs in its own page, so no language has been loaded before these tests.
describe('interface languages on demand', () => {
  it('has English at once, and nothing to load for it', () => {
    expect(loadLanguage('en-GB')).to.equal(undefined);
    expect(messagesFor(troopCounter, 'en').had('5')).to.equal('had 5');
  });

  it('speaks English for a language until its strings arrive, then that language', async () => {
    expect(languagePack('es')).to.equal(undefined);
    expect(messagesFor(troopCounter, 'es-MX').had('5')).to.equal('had 5');
    const pending = loadLanguage('es-MX');
    expect(pending).to.be.instanceOf(Promise);
    await pending;
    expect(messagesFor(troopCounter, 'es-MX').had('5')).to.equal('tenía 5');
    expect(loadLanguage('es'), 'already there').to.equal(undefined);
  });

  it('asks once for a language many widgets want at the same time', () => {
    const first = loadLanguage('sw');
    expect(loadLanguage('sw-KE')).to.equal(first);
    return first;
  });
});
