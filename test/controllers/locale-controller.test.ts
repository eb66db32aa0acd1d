import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController } from '../../src/controllers/locale-controller.js';
import { defineElement } from '../../src/define.js';

class LocaleProbe extends LitElement {
  static override properties = { locale: {} };
  declare locale?: string;
  dataLanguage?: string;
  readonly controller = new LocaleController(this, () => this.dataLanguage);
}
defineElement('locale-probe', LocaleProbe);

/** A probe inside `<div lang=…>` (no lang when `lang` is undefined). */
async function probe(lang?: string, locale?: string): Promise<LocaleProbe> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  if (lang !== undefined) wrapper.lang = lang;
  const el = document.createElement('locale-probe') as LocaleProbe;
  if (locale) el.locale = locale;
  wrapper.append(el);
  return el;
}

describe('LocaleController', () => {
  // [lang of the page around, locale attribute, requested, spoken]
  const cases: [string | undefined, string | undefined, string, string][] = [
    ['fr', undefined, 'fr', 'fr'],
    ['fr', 'sw', 'sw', 'sw'],
    ['fr-CA', undefined, 'fr-CA', 'fr-CA'],
    ['ht', undefined, 'ht', 'ht'],
    ['es', 'xx', 'xx', 'en'],
    ['de-AT', undefined, 'de-AT', 'en'],
    ['en', 'not a tag!', 'en', 'en'],
  ];
  for (const [lang, locale, requested, spoken] of cases) {
    it(`lang=${lang}, locale=${locale}: asks for ${requested}, speaks ${spoken}`, async () => {
      const el = await probe(lang, locale);
      expect(el.controller.requested).to.equal(requested);
      expect(el.controller.locale).to.equal(spoken);
    });
  }

  it("uses the browser's language when no lang is set", async () => {
    const saved = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const el = await probe();
      expect(el.controller.requested).to.equal(navigator.language);
    } finally {
      if (saved !== null) document.documentElement.setAttribute('lang', saved);
    }
  });

  it("uses the data's language when the browser gives none", async () => {
    const saved = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    Object.defineProperty(navigator, 'language', { configurable: true, get: () => '' });
    try {
      const el = await probe();
      el.dataLanguage = 'es';
      expect(el.controller.locale).to.equal('es');
      el.dataLanguage = undefined;
      expect(el.controller.locale, 'and English without it').to.equal('en');
    } finally {
      delete (navigator as { language?: string }).language;
      if (saved !== null) document.documentElement.setAttribute('lang', saved);
    }
    expect(navigator.language).not.to.equal('');
  });

  it('finds lang outside the shadow roots that hold the element', async () => {
    const outer = await fixture<HTMLElement>(html`<section lang="sw"><div></div></section>`);
    const inner = outer.querySelector('div')!.attachShadow({ mode: 'open' });
    const nested = document.createElement('div').attachShadow({ mode: 'open' });
    inner.append(nested.host);
    const el = document.createElement('locale-probe') as LocaleProbe;
    nested.append(el);
    expect(el.controller.locale).to.equal('sw');
  });
});
