// The iframe embed (dist/embed.html) in an article on another origin: it renders one widget from
// its URL under its own strict CSP, and the resize script (dist/mission-widgets-frame.js) keeps
// the frame as tall as the widget while filters, a refresh and the viewport change it, ignoring
// every message that is not exactly the embed's own; in every engine.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { after, before, describe, it } from 'node:test';
import { ampSnippetText, embedPageUrl, frameSnippetText, originOf } from '../../demo/frame-snippet.js';
import { describeInEngines, html, startServer } from './harness.mjs';

const root = new URL('../../', import.meta.url);
const EMBED = '/dist/embed.html';
const PARENT_SCRIPT = '/dist/mission-widgets-frame.js';
// Tall enough for the whole collapsed timeline: off-screen years skip rendering and hold an
// estimated height (content-visibility), which would make the heights depend on scrolling.
const TALL = { width: 900, height: 3000 };

describe('the frame scripts stay small', () => {
  // README gives the resize script's weight; an article pays it once for all its frames.
  for (const [name, ceiling] of [
    ['mission-widgets-frame.js', 800],
    ['mission-widgets-embed.js', 1700],
  ]) {
    it(`dist/${name} is at most ${ceiling} bytes gzip`, async () => {
      const bytes = gzipSync(await readFile(new URL(`dist/${name}`, root)), { level: 9 }).length;
      assert.ok(bytes <= ceiling, `${bytes} bytes`);
    });
  }
});

describe("the builder's frame snippets", () => {
  const scriptUrl = 'https://cdn.example/mw/0.1.0/mission-widgets.js';
  const attributes = [
    ['as-of', '2024-07-01'],
    ['src', 'https://data.example/m.json?a=1&b="2"'],
  ];

  it('point to embed.html beside the script, with the attributes as parameters', () => {
    assert.equal(
      embedPageUrl(scriptUrl, 'event-timeline', attributes, { parent: 'https://news.example' }),
      'https://cdn.example/mw/0.1.0/embed.html?widget=event-timeline&as-of=2024-07-01&src=https%3A%2F%2Fdata.example%2Fm.json%3Fa%3D1%26b%3D%222%22&parent=https%3A%2F%2Fnews.example',
    );
    assert.doesNotMatch(
      embedPageUrl(scriptUrl, 'troop-counter', [], { parent: 'https://x.example', amp: true }),
      /parent/,
    );
  });

  it('a script address typed half-way throws nothing: the placeholder CDN until it parses', () => {
    for (const typed of ['http:', 'http:/', 'http://']) {
      const options = { scriptUrl: typed, tag: 'troop-counter', attributes: [], resize: true };
      assert.match(
        frameSnippetText(options),
        /src="https:\/\/cdn\.example\/embed\.html\?widget=troop-counter"/,
      );
      assert.equal(
        embedPageUrl(typed, 'event-timeline', []),
        'https://cdn.example/embed.html?widget=event-timeline',
      );
    }
  });

  const origins = [
    ['https://news.example/2024/story.html?x#y', 'https://news.example'],
    [' http://127.0.0.1:8000/a ', 'http://127.0.0.1:8000'],
    ['news.example', ''],
    ['javascript:alert(1)', ''],
    ['', ''],
  ];
  for (const [address, origin] of origins) {
    it(`the parent origin of "${address}" is "${origin}"`, () => assert.equal(originOf(address), origin));
  }

  it('the iframe: escaped, marked for the resize script only with it', () => {
    const options = { scriptUrl, tag: 'troop-counter', attributes, title: 'A "title" <b>' };
    const resized = frameSnippetText({ ...options, resize: true, parent: 'https://news.example' });
    assert.match(resized, /^<iframe\n {2}data-mission-widget\n {2}title="A &quot;title&quot; &lt;b&gt;"\n/);
    assert.match(
      resized,
      /src="https:\/\/cdn\.example\/mw\/0\.1\.0\/embed\.html\?widget=troop-counter&amp;as-of=2024-07-01&amp;src=[^"&]+&amp;parent=https%3A%2F%2Fnews\.example"/,
    );
    assert.match(resized, /height="420"/);
    assert.match(
      resized,
      /<script src="https:\/\/cdn\.example\/mw\/0\.1\.0\/mission-widgets-frame\.js" defer><\/script>\n$/,
    );
    const plain = frameSnippetText({ ...options, resize: false, parent: 'https://news.example' });
    assert.doesNotMatch(plain, /data-mission-widget|<script|parent=/);
  });

  it('the amp-iframe: the same page, with the element AMP needs', () => {
    const text = ampSnippetText({ scriptUrl, tag: 'event-timeline', attributes: [], title: 'Timeline' });
    assert.match(text, /custom-element="amp-iframe"/);
    assert.match(text, /src="https:\/\/cdn\.example\/mw\/0\.1\.0\/embed\.html\?widget=event-timeline"/);
    assert.match(text, /layout="fixed-height"\n {2}height="640"/);
    assert.match(
      text,
      /resizable\n>\n {2}<p placeholder>Loading the event timeline…<\/p>\n {2}<button overflow type="button">/,
    );
  });
});

/**
 * How many items a timeline of `data` lists, without bounds: the file's events, plus what model 2
 * adds, each an `event` part too: a mark where each sourced phase begins and ends and on the day
 * of each of its other decisions, and each casualty, unless an event of the file tells that day
 * (a mandate event for a phase's mark, a casualty event for a casualty).
 */
function timelineItems(data) {
  const told = (category) =>
    new Set(data.events.filter((event) => event.category === category).map((event) => event.date));
  const mandates = told('mandate');
  const casualties = told('casualty');
  const marks = data.phases
    .filter((phase) => phase.sources?.length || phase.decisions?.length)
    .flatMap((phase) => [
      phase.start,
      ...(phase.decisions ?? []).map((decision) => decision.date).filter((date) => date !== phase.start),
      ...(phase.end ? [phase.end] : []),
    ])
    .filter((date) => !mandates.has(date));
  return (
    data.events.length +
    marks.length +
    data.casualties.filter((casualty) => !casualties.has(casualty.date)).length
  );
}

/** Runs in the page: the ids of the timeline's items, in order. */
const shownIds = () =>
  [...document.querySelector('event-timeline').shadowRoot.querySelectorAll('[part~="event"]')].map(
    (node) => node.id,
  );

/**
 * The ids shown once the timeline has rendered `expected` items, or after 15 s whatever it
 * shows: a long timeline renders over several frames after its data is complete.
 */
async function idsWhenRendered(tab, expected) {
  for (let waited = 0; ; waited += 200) {
    const ids = await tab.evaluate(shownIds);
    if (ids.length >= expected || waited >= 15_000) return ids;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** The article's origin, the embed's origin, and a third party's. */
let article;
let embeds;
let stranger;
const pages = {};
/** The live data file on the embed's origin, which a test changes. */
let live;
let full;

before(async () => {
  full = JSON.parse(await readFile(new URL('data/haiti-mss.json', root), 'utf8'));
  live = { ...full, events: full.events.slice(0, 8) };
  embeds = await startServer({
    pages,
    // WebKit's pages record their console themselves: the embed page and the builder too.
    recordFiles: true,
    respond: (path, request, response) => {
      if (path !== '/live/mission.json') return false;
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-cache' });
      response.end(JSON.stringify(live));
      return true;
    },
  });
  article = await startServer({ pages });
  stranger = await startServer({ pages });
});
after(() => Promise.all([embeds, article, stranger].map((server) => server?.close())));

const embedUrl = (query) => `${embeds.origin}${EMBED}?${query}`;

/** An article with `frames` (iframe markup) under a strict CSP of its own. */
function articlePage(path, frames, { script = true } = {}) {
  pages[path] = {
    headers: {
      'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self'; frame-src ${embeds.origin} ${stranger.origin}; require-trusted-types-for 'script'`,
    },
    body: html({
      head: script ? `<script src="${PARENT_SCRIPT}" defer></script>` : '',
      body: `<h1>Article</h1><p>Before the graphic.</p>${frames}<p id="after">After the graphic.</p>`,
    }),
  };
  return article.origin + path;
}

const frameTag = (query, { id = 'embed', height = 480 } = {}) =>
  `<iframe id="${id}" data-mission-widget title="Graphic" src="${embedUrl(query).replaceAll('&', '&amp;')}" width="100%" height="${height}"></iframe>`;

/** The embed's frame, once its widget has rendered every part. */
async function renderedFrame(tab, id = 'embed') {
  const frame = await tab.frame(`#${id}`);
  await frame.waitForFunction(
    () => document.querySelector('#widget > *')?.shadowRoot?.querySelector('[data-state="complete"]'),
    null,
    { timeout: 20_000 },
  );
  await frame.evaluate(() => document.querySelector('#widget > *').updateComplete);
  return frame;
}

const frameHeight = (tab, id = 'embed') => tab.evaluate((id) => document.getElementById(id).clientHeight, id);

/** The embed's content height once its widget has rendered and two frames have been drawn. */
const settledHeight = (frame) =>
  frame.evaluate(async () => {
    await document.querySelector('#widget > *').updateComplete;
    for (let i = 0; i < 2; i++) await new Promise(requestAnimationFrame);
    return Math.ceil(document.documentElement.getBoundingClientRect().height);
  });

/**
 * Waits until the frame is exactly as tall as its settled content, and returns that height.
 * A timeline renders over several frames, so the content is measured again (each time after
 * two more frames) until the frame and two measures in a row agree.
 */
async function fitted(tab, frame, id = 'embed') {
  const deadline = Date.now() + 15_000;
  let content = await settledHeight(frame);
  for (;;) {
    const box = await frameHeight(tab, id);
    const again = await settledHeight(frame);
    if (box === content && again === content) return content;
    if (Date.now() > deadline) assert.fail(`frame ${box}px tall, its content ${again}px`);
    content = again;
  }
}

/** Messages the article received, recorded from now on (after the resize script's listener). */
/**
 * Records every message the article receives, with the embed frame's height just after the
 * resize script (whose listener came first) has handled it.
 */
const recordMessages = (tab) =>
  tab.evaluate(() => {
    window.__messages = [];
    addEventListener('message', (event) =>
      window.__messages.push({
        origin: event.origin,
        data: event.data,
        frameHeight: document.getElementById('embed')?.clientHeight,
      }),
    );
  });
const messageCount = (tab, count) =>
  tab.waitForFunction((count) => window.__messages.length >= count, count, { timeout: 10_000 });

describeInEngines('test/e2e/frame.test.mjs', 'the iframe embed', (engine) => {
  const open = (options) => engine.browser.openPage(options);

  engine.it('renders one widget from its URL, values as text, under its own strict CSP', async () => {
    const tab = await open();
    const label = '<img src=x onerror=alert(1)> Police & soldiers';
    const query = new URLSearchParams({
      widget: 'troop-counter',
      country: 'JM',
      status: 'pledged',
      label,
      locale: 'fr',
      theme: 'dark',
      history: '',
      onclick: 'alert(1)',
      layout: 'horizontal',
    });
    await tab.goto(embedUrl(query));
    await tab.waitForFunction(() =>
      document.querySelector('troop-counter')?.shadowRoot?.textContent.includes('Police'),
    );
    const shown = await tab.evaluate(() => {
      const el = document.querySelector('troop-counter');
      return {
        count: document.querySelectorAll('#widget > *').length,
        attributes: [...el.attributes]
          .filter(({ name }) => name !== 'style')
          .map(({ name, value }) => `${name}=${value}`),
        text: el.shadowRoot.textContent.replace(/\s+/g, ' '),
        images: el.shadowRoot.querySelectorAll('img').length + document.querySelectorAll('img').length,
        lang: document.documentElement.lang,
        title: document.title,
      };
    });
    assert.equal(shown.count, 1);
    assert.deepEqual(shown.attributes, [
      'country=JM',
      'status=pledged',
      `label=${label}`,
      'locale=fr',
      'theme=dark',
      'history=',
    ]);
    assert.ok(shown.text.includes(label), shown.text);
    assert.equal(shown.images, 0);
    assert.equal(shown.lang, 'fr');
    assert.equal(shown.title, 'Troop counter · mission-widgets');
    const warnings = (await tab.consoleMessages()).filter((m) => m.type === 'warning').map((m) => m.text);
    assert.deepEqual(warnings, [
      'mission-widgets embed: onclick: not an attribute of <troop-counter>, ignored',
      'mission-widgets embed: layout: not an attribute of <troop-counter>, ignored',
    ]);
    assert.deepEqual(await tab.violations(), []);
    assert.deepEqual(await tab.errors(), []);
    await tab.close();
  });

  engine.it('reads data from src with the validator beside it, within its CSP', async () => {
    const tab = await open();
    await tab.goto(embedUrl('widget=event-timeline&src=/live/mission.json&order=desc&collapsed'));
    await tab.waitForFunction(() =>
      document.querySelector('event-timeline')?.shadowRoot?.querySelector('[data-state="complete"]'),
    );
    const ids = await idsWhenRendered(tab, timelineItems(live));
    assert.equal(
      ids.length,
      timelineItems(live),
      'the 8 events served, with the phase marks and casualties the timeline adds',
    );
    assert.deepEqual(
      ids.filter((id) => !/^event-(phase|casualty)-/.test(id)).sort(),
      live.events.map((event) => `event-${event.id}`).sort(),
    );
    assert.deepEqual(await tab.violations(), []);
    assert.deepEqual(await tab.errors(), []);
    await tab.close();
  });

  for (const widget of ['', 'script', 'iframe', 'TROOP-COUNTER']) {
    engine.it(
      `widget=${widget || '(none)'}: no element, a short notice for readers, an error for developers`,
      async () => {
        const tab = await open();
        // goto waits for the load event.
        await tab.goto(embedUrl(`widget=${widget}&src=/x.json`));
        const body = await tab.evaluate(() => ({
          text: document.getElementById('widget').textContent.trim(),
          elements: [...document.querySelectorAll('#widget *')].map((el) => el.localName),
        }));
        assert.deepEqual(body, { text: 'This graphic is not available.', elements: ['p'] });
        const errors = (await tab.consoleMessages()).filter((m) => m.type === 'error').map((m) => m.text);
        assert.equal(errors.length, 1, errors.join('\n'));
        assert.match(
          errors[0],
          /^mission-widgets embed: .*troop-counter, contributor-list or event-timeline/,
        );
        await tab.close();
      },
    );
  }

  engine.it('on another origin: takes the widget height, then follows filters and the viewport', async () => {
    const url = articlePage(
      '/article.html',
      frameTag(`widget=event-timeline&filters&collapsed&parent=${article.origin}&frame=t1`),
    );
    const tab = await open({ viewport: TALL });
    await tab.goto(url);
    await recordMessages(tab);
    const frame = await renderedFrame(tab);
    const first = await fitted(tab, frame);
    assert.notEqual(first, 480);

    // One category: fewer events, a shorter frame. (The button is pressed from the frame's own
    // script: one driver API for all three engines; the filters' keyboard and pointer use is
    // tested in the browser suite.)
    const pressFilter = () =>
      frame.evaluate(() =>
        document
          .querySelector('event-timeline')
          .shadowRoot.querySelector('[part~="filters"] button[class^="c-"]')
          .click(),
      );
    await pressFilter();
    const filtered = await fitted(tab, frame);
    assert.ok(filtered < first - 100, `${filtered}px after filtering, ${first}px before`);
    await pressFilter();
    assert.equal(await fitted(tab, frame), first);

    // A phone: the same content, narrower, so taller; and back. (480 px: WebKit's MiniBrowser
    // keeps its window at least 447 px wide.)
    await tab.setViewportSize({ ...TALL, width: 480 });
    // The frame lives in another process: wait until it has its new width.
    await frame.waitForFunction(() => innerWidth < 500, null, { timeout: 10_000 });
    const narrow = await fitted(tab, frame);
    assert.ok(narrow > first, `${narrow}px at 480px wide, ${first}px at 900px`);
    await tab.setViewportSize(TALL);
    await frame.waitForFunction(() => innerWidth > 800, null, { timeout: 10_000 });
    assert.equal(await fitted(tab, frame), first);

    // Every message: exactly the documented shape, from the embed's origin.
    const messages = await tab.evaluate(() => window.__messages);
    assert.ok(messages.length >= 4, JSON.stringify(messages));
    for (const { origin, data } of messages) {
      assert.equal(origin, embeds.origin);
      assert.deepEqual(Object.keys(data).sort(), ['height', 'id', 'type']);
      assert.equal(data.type, 'mission-widgets:height');
      assert.equal(data.id, 't1');
      assert.ok(Number.isInteger(data.height));
    }
    assert.deepEqual(await tab.errors(), []);
    assert.deepEqual(await tab.violations(), []);
    await tab.close();
  });

  engine.it('grows when a refresh brings new events', async () => {
    live = { ...full, events: full.events.slice(0, 8) };
    const url = articlePage(
      '/refresh.html',
      frameTag('widget=event-timeline&collapsed&src=/live/mission.json&refresh=15'),
    );
    const tab = await open({ viewport: TALL });
    await tab.goto(url);
    const frame = await renderedFrame(tab);
    const before = await fitted(tab, frame);
    live = full;
    // The real refresh timer, the shortest the widgets accept (15 s, ±10 %): no driver but
    // Chromium's can move a page's clock, and a frame's timers are its own.
    const items = timelineItems(full);
    await frame.waitForFunction(
      (items) =>
        document.querySelector('event-timeline').shadowRoot.querySelectorAll('[part~="event"]').length ===
        items,
      items,
      { timeout: 40_000 },
    );
    const grown = await fitted(tab, frame);
    assert.ok(grown > before + 100, `${grown}px with ${items} items, ${before}px with 8 events`);
    await tab.close();
  });

  engine.it(
    'ignores forged messages: other frames, the article itself, and wrong shapes from the embed',
    async () => {
      const forger = `${stranger.origin}/forger.html`;
      pages['/forger.html'] = { body: html({ body: '<p>another frame</p>' }) };
      const url = articlePage(
        '/forged.html',
        frameTag('widget=troop-counter') +
          `<iframe id="same-origin" src="${embeds.origin}/forger.html"></iframe><iframe id="other-origin" src="${forger}"></iframe>`,
      );
      const tab = await open();
      await tab.goto(url);
      const frame = await renderedFrame(tab);
      const height = await fitted(tab, frame);
      await recordMessages(tab);
      const valid = { type: 'mission-widgets:height', id: '', height: height + 300 };

      // The right shape from every window but the embed's.
      for (const id of ['same-origin', 'other-origin']) {
        const other = await tab.frame(`#${id}`);
        await other.waitForFunction(() => document.readyState === 'complete' && document.body?.textContent);
        await other.evaluate((valid) => parent.postMessage(valid, '*'), valid);
      }
      await tab.evaluate((valid) => postMessage(valid, '*'), valid);
      // From the embed's own window, every wrong shape, built there: a driver that sends its
      // arguments as JSON would turn Infinity and NaN into null.
      const wrong = await frame.evaluate((valid) => {
        const shapes = [
          { ...valid, height: String(valid.height) },
          { ...valid, height: valid.height + 0.5 },
          { ...valid, height: Infinity },
          { ...valid, height: Number.NaN },
          { ...valid, height: 0 },
          { ...valid, height: -40 },
          { ...valid, height: 100_001 },
          { ...valid, type: 'embed-size' },
          { ...valid, id: 42 },
          { ...valid, id: '<b>x</b>' },
          { ...valid, style: 'display:none' },
          { type: valid.type, height: valid.height },
          [valid.type, valid.id, valid.height],
          JSON.stringify(valid),
          null,
          valid.height,
        ];
        shapes.forEach((data) => parent.postMessage(data, '*'));
        return shapes.length;
      }, valid);
      await messageCount(tab, 3 + wrong);
      assert.equal(await frameHeight(tab), height);

      // The same frame's right message is still taken (the check is not a blanket refusal). Read
      // as it was handled: the embed may then report its real height again, as it should.
      await frame.evaluate((valid) => parent.postMessage(valid, '*'), valid);
      await messageCount(tab, 4 + wrong);
      const taken = await tab.evaluate((index) => window.__messages[index], 3 + wrong);
      assert.deepEqual(taken.data, valid);
      assert.equal(taken.frameHeight, height + 300);
      await tab.close();
    },
  );

  engine.it('sends nothing to an article on another origin than its parent parameter', async () => {
    const url = articlePage('/elsewhere.html', frameTag(`widget=troop-counter&parent=${stranger.origin}`));
    const tab = await open();
    await tab.goto(url);
    await recordMessages(tab);
    const frame = await renderedFrame(tab);
    // A message this frame sends to '*' arrives after any it sent to the article before.
    await frame.evaluate(() => parent.postMessage('done', '*'));
    await messageCount(tab, 1);
    assert.deepEqual(await tab.evaluate(() => window.__messages.map((m) => m.data)), ['done']);
    assert.equal(await frameHeight(tab), 480);
    await tab.close();
  });

  engine.it('without the resize script: the height the snippet gives, and the content scrolls', async () => {
    const url = articlePage('/plain.html', frameTag('widget=event-timeline', { height: 600 }), {
      script: false,
    });
    const tab = await open();
    await tab.goto(url);
    const frame = await renderedFrame(tab);
    assert.equal(await frameHeight(tab), 600);
    const scroll = await frame.evaluate(() => {
      const { scrollHeight, clientHeight } = document.scrollingElement;
      document.scrollingElement.scrollTop = scrollHeight;
      return { scrollHeight, clientHeight, scrolled: document.scrollingElement.scrollTop };
    });
    assert.ok(scroll.scrollHeight > scroll.clientHeight, JSON.stringify(scroll));
    assert.ok(scroll.scrolled > 0, JSON.stringify(scroll));
    await tab.close();
  });

  engine.it(
    'the builder writes an iframe snippet that, pasted into an article, takes its widget height',
    async () => {
      const tab = await open();
      await tab.goto(`${embeds.origin}/demo/builder.html`);
      await tab.selectOption('#widget', 'contributor-list');
      await tab.check('#embed-frame-resize');
      assert.match(
        await tab.evaluate(() => document.getElementById('embed-frame-resize-use').textContent),
        /^\s*Use it where iframes and a script tag/,
      );
      // The builder's default is jsDelivr: this server's build instead, for the pasted page.
      await tab.fill('#script-url', `${embeds.origin}/dist/mission-widgets.js`);
      assert.equal(await tab.evaluate(() => document.getElementById('sri').checkVisibility()), false);
      await tab.fill('#parent', `${article.origin}/2024/story.html`);
      const snippet = await tab.waitForFunction(
        (name) => {
          const text = document.getElementById('snippet').value;
          return text.includes(name) && text.includes('parent=') && text;
        },
        full.name.en,
        { timeout: 10_000 },
      );
      assert.ok(
        snippet.includes(`src="${embeds.origin}/dist/embed.html?widget=contributor-list&amp;parent=`),
        snippet,
      );
      assert.deepEqual(await tab.errors(), []);
      await tab.close();

      const pasted = await open({ viewport: TALL });
      pages['/pasted.html'] = {
        body: html({ body: `<p>Story.</p>${snippet.replace('<iframe', '<iframe id="embed"')}` }),
      };
      await pasted.goto(`${article.origin}/pasted.html`);
      const frame = await renderedFrame(pasted);
      assert.notEqual(await fitted(pasted, frame), 640);
      assert.match(
        await frame.evaluate(() => document.querySelector('contributor-list').shadowRoot.textContent),
        /Kenya/,
      );
      assert.deepEqual(await pasted.errors(), []);
      await pasted.close();
    },
  );
});

/**
 * The builder's iframe snippet with the resize script, for `tag`, in an article column as wide
 * as the builder's preview column: the snippet, the widget's measured height in the builder,
 * and the article (recording the frame's height at every animation frame from the first).
 */
async function pastedEmbed(open, tag) {
  const builder = await open();
  await builder.goto(`${embeds.origin}/demo/builder.html`);
  await builder.selectOption('#widget', tag);
  await builder.check('#embed-frame-resize');
  await builder.fill('#script-url', `${embeds.origin}/dist/mission-widgets.js`);
  await builder.fill('#parent', `${article.origin}/2024/story.html`);
  // A long list renders its rows over several frames once its data is complete: the measure an
  // editor copies is the one taken once every row is there (it follows the widget's box).
  await builder.waitForFunction(
    () =>
      Boolean(
        document
          .getElementById('preview')
          .contentDocument.querySelector('#slot > *')
          ?.shadowRoot?.querySelector('[data-state="complete"]'),
      ),
    null,
    { timeout: 15_000 },
  );
  await builder.evaluate(async () => {
    await document.getElementById('preview').contentDocument.querySelector('#slot > *').updateComplete;
    return true;
  });
  const { snippet, width, measured } = await builder.waitForFunction(
    (name) => {
      const text = document.getElementById('snippet').value;
      const size = /In this column: (\d+) × (\d+) px/.exec(
        document.getElementById('preview-size').textContent,
      );
      const widget = document.getElementById('preview').contentDocument.querySelector('#slot > *');
      const done = widget?.shadowRoot?.querySelector('[data-state="complete"]');
      return (
        done &&
        size &&
        Math.ceil(widget.getBoundingClientRect().height) === Number(size[2]) &&
        text.includes(name) &&
        text.includes(`height="${size[2]}"`) && {
          snippet: text,
          width: Number(size[1]),
          measured: Number(size[2]),
        }
      );
    },
    full.name.en,
    { timeout: 15_000 },
  );
  assert.deepEqual(await builder.errors(), []);
  await builder.close();

  const path = `/pasted-${tag}.html`;
  pages[path] = {
    body: html({
      head: `<script>
        window.__heights = [];
        requestAnimationFrame(function sample() {
          const frame = document.getElementById('embed');
          if (frame) window.__heights.push(frame.getBoundingClientRect().height);
          requestAnimationFrame(sample);
        });
      </script>`,
      body: `<main style="inline-size: ${width}px; margin: 0; padding: 0 1rem; font: 17px/1.5 Georgia, serif"><h1>Story</h1><p>Before the graphic, a paragraph as long as an article's first, so that the graphic sits in the middle of what the reader sees.</p>${snippet.replace('<iframe', '<iframe id="embed"')}<p id="after">After the graphic.</p>${'<p>And the rest of the story, a paragraph of an article that the reader is reading as the graphic loads above it.</p>'.repeat(8)}</main>`,
    }),
  };
  return { url: `${article.origin}${path}`, snippet, measured };
}

describeInEngines('test/e2e/frame.test.mjs', 'the pasted iframe embed', (engine) => {
  const open = (options) => engine.browser.openPage(options);

  for (const tag of ['troop-counter', 'contributor-list'])
    engine.it(
      `${tag}: starts at the height the builder measured, and barely changes once loaded`,
      async () => {
        const { url, snippet, measured } = await pastedEmbed(open, tag);
        assert.match(snippet, new RegExp(`\\n {2}height="${measured}"\\n`));
        assert.notEqual(measured, 640);
        const tab = await open({ viewport: TALL });
        await tab.goto(url);
        const frame = await renderedFrame(tab);
        const final = await fitted(tab, frame);
        const heights = await tab.evaluate(() => window.__heights);
        assert.equal(heights[0], measured, `frame heights ${heights.join(', ')}`);
        for (const height of new Set(heights))
          assert.ok(
            Math.abs(height - final) / final <= 0.05,
            `${height} px before ${final} px: ${heights.join(', ')}`,
          );
        assert.deepEqual(await tab.errors(), []);
        await tab.close();
      },
    );

  engine.it(
    'troop-counter: the article it is pasted in, on a screen, shifts less than 0.05 as it loads',
    async () => {
      const { url } = await pastedEmbed(open, 'troop-counter');
      // A screen, not a tall page: the paragraphs after the graphic are in view, as a reader sees them.
      const tab = await open({ viewport: { width: 900, height: 800 } });
      await tab.goto(url);
      const frame = await renderedFrame(tab);
      await fitted(tab, frame);
      const shifts = await tab.evaluate(
        () =>
          new Promise((resolve) => {
            const seen = [];
            new PerformanceObserver((list) =>
              seen.push(...list.getEntries().map((entry) => entry.value)),
            ).observe({
              type: 'layout-shift',
              buffered: true,
            });
            setTimeout(() => resolve(seen), 200);
          }),
      );
      const total = shifts.reduce((sum, value) => sum + value, 0);
      assert.ok(
        total < 0.05,
        `layout shift ${total.toFixed(3)} (${shifts.map((value) => value.toFixed(3)).join(', ')})`,
      );
      await tab.close();
    },
  );
});
