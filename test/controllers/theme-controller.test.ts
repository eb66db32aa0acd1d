import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '../media.js';
import { themeListenerCount } from '../../src/controllers/theme-controller.js';
import { clearMissionCache } from '../../src/data/store.js';
import { settled } from '../helpers.js';
import type { TestMission } from '../test-mission.js';
import '../test-mission.js';

const root = document.documentElement;
const scheme = (el: Element) => getComputedStyle(el).colorScheme;
/** The widget's background, as the reader sees it. */
const background = (el: Element) => getComputedStyle(el).backgroundColor;
const LIGHT = 'rgb(255, 255, 255)';
const DARK = 'rgb(22, 24, 29)';
const NONE = 'rgba(0, 0, 0, 0)';

async function widget(theme?: string): Promise<TestMission> {
  const el = await fixture<TestMission>(html`<test-mission locale="en"></test-mission>`);
  if (theme) el.setAttribute('theme', theme);
  return settled(el);
}

/** A site's own dark mode: a class on the root that its style sheet turns into `color-scheme`. */
const siteStyles = Object.assign(document.createElement('style'), {
  textContent: 'html.site-dark { color-scheme: dark } html.site-both { color-scheme: light dark }',
});

describe('ThemeController', () => {
  before(() => document.head.append(siteStyles));
  after(() => siteStyles.remove());
  afterEach(async () => {
    root.style.colorScheme = '';
    root.classList.remove('site-dark', 'site-both');
    await emulateMedia({ colorScheme: 'light' });
    clearMissionCache();
  });

  const fixed: [string, string, string][] = [
    ['light', 'light', LIGHT],
    ['dark', 'dark', DARK],
    ['auto', 'light', NONE],
    ['nonsense', 'light', NONE],
  ];
  for (const [theme, expected, color] of fixed) {
    it(`theme="${theme}" on a light page is ${expected}`, async () => {
      const el = await widget(theme);
      expect(scheme(el)).to.equal(expected);
      expect(background(el)).to.equal(color);
    });
  }

  it("follows the root's color-scheme, set and removed by the site", async () => {
    const el = await widget();
    root.style.colorScheme = 'dark';
    await waitUntil(() => scheme(el) === 'dark', 'dark with the page');
    expect(background(el), 'the page shows through').to.equal(NONE);
    root.style.colorScheme = '';
    await waitUntil(() => scheme(el) === 'light', 'light again');
  });

  it("follows a site's dark-mode class on the root", async () => {
    const el = await widget();
    root.classList.add('site-dark');
    await waitUntil(() => scheme(el) === 'dark', 'dark with the class');
    root.classList.remove('site-dark');
    await waitUntil(() => scheme(el) === 'light', 'light without it');
  });

  it("stays light on a light page whatever the reader's OS prefers", async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await widget();
    expect(scheme(el)).to.equal('light');
  });

  it('goes dark on a page that declares both schemes when the browser paints it dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await widget();
    // A page that declares both schemes and no colours of its own is painted dark by the
    // browser itself then: its text turns light, and the widget goes with it.
    root.classList.add('site-both');
    await waitUntil(() => scheme(el) === 'dark', 'dark with a page the browser paints dark');
  });

  const marks: [string, (node: HTMLElement) => void][] = [
    ['class="dark" on the root', (node) => node.classList.add('dark')],
    ['data-theme="dark" on the root', (node) => node.setAttribute('data-theme', 'dark')],
    ['data-bs-theme="dark" on the body', () => document.body.setAttribute('data-bs-theme', 'dark')],
    ['class="is-dark-mode" on the body', () => document.body.classList.add('is-dark-mode')],
  ];
  for (const [name, mark] of marks) {
    it(`is dark with a site's dark-mode mark: ${name}`, async () => {
      const el = await widget();
      mark(root);
      try {
        await waitUntil(() => scheme(el) === 'dark', 'dark with the mark');
      } finally {
        root.classList.remove('dark');
        root.removeAttribute('data-theme');
        document.body.removeAttribute('data-bs-theme');
        document.body.classList.remove('is-dark-mode');
      }
      await waitUntil(() => scheme(el) === 'light', 'light without it');
    });
  }

  it('is not fooled by a light page that merely offers a dark-mode toggle', async () => {
    document.body.classList.add('has-dark-mode-toggle');
    const el = await widget();
    document.body.classList.remove('has-dark-mode-toggle');
    expect(scheme(el)).to.equal('light');
  });

  it('is dark on a page whose own background is dark, and in a dark block of a light page', async () => {
    document.body.style.background = '#101010';
    const el = await widget();
    await waitUntil(() => scheme(el) === 'dark', 'dark on a dark body');
    document.body.style.background = '';
    const block = await fixture<HTMLDivElement>(
      html`<div style="background: #222; color: #eee"><test-mission locale="en"></test-mission></div>`,
    );
    const inside = await settled(block.firstElementChild as TestMission);
    expect(scheme(inside)).to.equal('dark');
  });

  it('keeps an explicit theme whatever the page does, and follows again with auto', async () => {
    const el = await widget('light');
    root.style.colorScheme = 'dark';
    const other = await widget();
    await waitUntil(() => scheme(other) === 'dark', 'the auto widget follows');
    expect(scheme(el)).to.equal('light');
    el.theme = 'auto';
    await el.updateComplete;
    expect(scheme(el)).to.equal('dark');
    el.theme = 'light';
    await el.updateComplete;
    expect(scheme(el)).to.equal('light');
  });

  it('sets the scheme through the CSSOM, the one way a strict CSP allows', async () => {
    const el = await widget('dark');
    expect(el.style.getPropertyValue('color-scheme')).to.equal('dark');
  });

  it('lets go of the page when the last widget leaves', async () => {
    const before = themeListenerCount();
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><test-mission locale="en"></test-mission><test-mission locale="en"></test-mission></div>`,
    );
    expect(themeListenerCount()).to.equal(before + 2);
    wrapper.remove();
    expect(themeListenerCount()).to.equal(before);
  });
});
