// README's amp-iframe snippet against the rules of AMP's validator and runtime for amp-iframe
// (extensions/amp-iframe: validator-amp-iframe.protoascii and amp-iframe.js), then the embed
// page inside a frame made the way amp-iframe makes it, speaking AMP's resize protocol; in every
// engine.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before } from 'node:test';
import { describeInEngines, html, startServer } from './harness.mjs';

const root = new URL('../../', import.meta.url);

/** The ```html block of README's "### AMP" section. */
async function ampSnippet() {
  const readme = await readFile(new URL('README.md', root), 'utf8');
  const section = readme.split(/^### AMP$/m)[1]?.split(/^#{2,3} /m)[0];
  assert.ok(section, 'README has a "### AMP" section');
  const snippet = section.match(/```html\n([\s\S]*?)```/)?.[1];
  assert.ok(snippet, 'with an html snippet');
  return snippet;
}

// What the validator allows on <amp-iframe>, besides AMP's layout attributes and HTML's globals.
const AMP_IFRAME_ATTRIBUTES = new Set([
  'allow',
  'allowfullscreen',
  'allowpaymentrequest',
  'allowtransparency',
  'frameborder',
  'referrerpolicy',
  'resizable',
  'sandbox',
  'scrolling',
  'tabindex',
  'src',
  'srcdoc',
]);
const LAYOUT_ATTRIBUTES = new Set(['layout', 'width', 'height', 'heights', 'sizes', 'media', 'noloading']);
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'title', 'lang', 'dir', 'role', 'aria-label', 'on']);
const LAYOUTS = ['fill', 'fixed', 'fixed-height', 'flex-item', 'intrinsic', 'nodisplay', 'responsive'];
const SANDBOX_TOKENS = new Set([
  'allow-downloads',
  'allow-forms',
  'allow-modals',
  'allow-orientation-lock',
  'allow-pointer-lock',
  'allow-popups',
  'allow-popups-to-escape-sandbox',
  'allow-presentation',
  'allow-same-origin',
  'allow-scripts',
  'allow-top-navigation',
  'allow-top-navigation-by-user-activation',
]);

let embeds;
let host;
const pages = {};
let snippet;

before(async () => {
  snippet = await ampSnippet();
  embeds = await startServer({ pages });
  host = await startServer({ pages });
});
after(() => Promise.all([embeds, host].map((server) => server?.close())));

describeInEngines('test/e2e/amp.test.mjs', "README's amp-iframe snippet", (engine) => {
  const it = engine.it;
  /** The snippet as this engine parses it. */
  let parsed;

  before(async () => {
    const tab = await engine.browser.openPage();
    parsed = await tab.evaluate((snippet) => {
      const template = document.createElement('template');
      template.innerHTML = snippet;
      const attributes = (el) =>
        Object.fromEntries([...el.attributes].map(({ name, value }) => [name, value]));
      const frames = [...template.content.querySelectorAll('amp-iframe')];
      return {
        scripts: [...template.content.querySelectorAll('script')].map(attributes),
        frames: frames.map((frame) => ({
          attributes: attributes(frame),
          ancestors: (() => {
            const names = [];
            for (let el = frame.parentElement; el; el = el.parentElement) names.push(el.localName);
            return names;
          })(),
          children: [...frame.children].map((child) => ({
            name: child.localName,
            attributes: attributes(child),
            text: child.textContent.trim(),
          })),
        })),
      };
    }, snippet);
    await tab.close();
  });

  const frame = () => parsed.frames[0];

  it('has one amp-iframe and the amp-iframe extension script', () => {
    assert.equal(parsed.frames.length, 1);
    assert.deepEqual(parsed.scripts, [
      {
        async: '',
        'custom-element': 'amp-iframe',
        src: 'https://cdn.ampproject.org/v0/amp-iframe-0.1.js',
      },
    ]);
  });

  it('uses only the attributes the validator allows, with allowed values', () => {
    const { attributes } = frame();
    for (const name of Object.keys(attributes)) {
      assert.ok(
        AMP_IFRAME_ATTRIBUTES.has(name) || LAYOUT_ATTRIBUTES.has(name) || GLOBAL_ATTRIBUTES.has(name),
        `${name} is not allowed on amp-iframe`,
      );
    }
    if ('frameborder' in attributes) assert.match(attributes.frameborder, /^[01]$/);
    if ('scrolling' in attributes) assert.match(attributes.scrolling, /^(auto|yes|no)$/);
    assert.ok(!('srcdoc' in attributes), 'src, not srcdoc');
    assert.ok(attributes.title, 'a title for screen readers');
  });

  it('src: https, no fragment, not on ampproject.org, the embed page with a known widget', () => {
    const src = new URL(frame().attributes.src);
    assert.equal(src.protocol, 'https:');
    assert.equal(src.hash, '', 'amp-iframe adds #amp=1 only to a URL without a fragment');
    assert.doesNotMatch(src.hostname, /(^|\.)ampproject\.(org|net)$/);
    assert.doesNotMatch(src.href, /__amp_source_origin/);
    assert.match(src.pathname, /\/embed\.html$/);
    assert.match(src.searchParams.get('widget'), /^(troop-counter|contributor-list|event-timeline)$/);
  });

  it('layout: fixed-height, with a whole height of at least 100 px and no width', () => {
    const { layout, height, width } = frame().attributes;
    assert.ok(LAYOUTS.includes(layout));
    assert.equal(layout, 'fixed-height');
    assert.match(height, /^\d+$/);
    assert.ok(Number(height) >= 100);
    assert.ok(width === undefined || width === 'auto');
  });

  it('sandbox: scripts, its own origin and popups that escape it; no top navigation', () => {
    const tokens = frame().attributes.sandbox.split(/\s+/);
    for (const token of tokens) assert.ok(SANDBOX_TOKENS.has(token), `${token} is not a sandbox token`);
    for (const needed of [
      'allow-scripts',
      'allow-same-origin',
      'allow-popups',
      'allow-popups-to-escape-sandbox',
    ])
      assert.ok(tokens.includes(needed), needed);
    assert.ok(!tokens.some((token) => token.startsWith('allow-top-navigation')));
  });

  it('resizable, with an overflow child a reader can press; a placeholder child', () => {
    const { attributes, children, ancestors } = frame();
    assert.equal(attributes.resizable, '');
    const overflow = children.filter((child) => 'overflow' in child.attributes);
    assert.equal(overflow.length, 1, 'one overflow element');
    assert.ok(
      overflow[0].name === 'button' ||
        (overflow[0].attributes.role === 'button' && overflow[0].attributes.tabindex === '0'),
      'the overflow element is a button',
    );
    assert.ok(overflow[0].text || overflow[0].attributes['aria-label'], 'with a name');
    assert.equal(children.filter((child) => 'placeholder' in child.attributes).length, 1, 'one placeholder');
    assert.ok(!ancestors.includes('amp-sidebar'));
  });

  it("inside a frame made as amp-iframe makes it: AMP's embed-size and embed-ready, nothing else", async () => {
    // amp-iframe: the snippet's src with #amp=1, its sandbox, its height; the page on another origin.
    const { src, sandbox, height } = frame().attributes;
    const url = new URL(src);
    const local = `${embeds.origin}/dist/embed.html${url.search}#amp=1`;
    pages['/amp-host.html'] = {
      body: html({
        // The host page records its messages from the start (no driver but Chromium's and
        // Firefox's runs a script before the page).
        head: `<script>window.__messages = []; addEventListener('message', (event) => { if (event.source === document.getElementById('amp')?.contentWindow) window.__messages.push(event.data); });</script>`,
        body: `<iframe id="amp" name="amp_iframe0" sandbox="${sandbox}" height="${height}" scrolling="no" src="${local.replaceAll('&', '&amp;')}"></iframe>`,
      }),
    };
    const tab = await engine.browser.openPage({ viewport: { width: 800, height: 3000 } });
    await tab.goto(host.origin + '/amp-host.html');
    const embed = await tab.frame('#amp');
    await embed.waitForFunction(
      () => document.querySelector('#widget > *')?.shadowRoot?.querySelector('[data-state="complete"]'),
      null,
      { timeout: 20_000 },
    );
    const content = await embed.evaluate(async () => {
      await document.querySelector('#widget > *').updateComplete;
      for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
      return Math.ceil(document.documentElement.getBoundingClientRect().height);
    });
    await tab.waitForFunction(
      (content) => window.__messages.some((m) => m.type === 'embed-size' && m.height === content),
      content,
      { timeout: 10_000 },
    );
    const messages = await tab.evaluate(() => window.__messages);
    assert.ok(content >= 100);
    assert.deepEqual(
      messages.filter((m) => m.type === 'embed-ready'),
      [{ sentinel: 'amp', type: 'embed-ready' }],
    );
    for (const message of messages) {
      assert.equal(message.sentinel, 'amp', JSON.stringify(message));
      if (message.type === 'embed-size') {
        assert.deepEqual(Object.keys(message).sort(), ['height', 'sentinel', 'type']);
        assert.ok(Number.isInteger(message.height) && message.height >= 100);
      }
    }
    await tab.close();
  });
});
