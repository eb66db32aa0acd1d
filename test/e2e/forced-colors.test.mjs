// Windows high contrast (`forced-colors: active`) on the built drop-in: every text readable and
// every state visible. Here and not in the browser tests: the test runner's Chrome launcher
// cannot emulate forced colours; Playwright can in Chromium, and Firefox has it as a preference
// ("override the colours of the page"), set at launch. WebKit has no forced-colours mode.
import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { describeInEngines, html, startServer } from './harness.mjs';

// A day in the first phase (MSS, led by Kenya): the phase in force today (the Gang Suppression
// Force) has no lead nation, so the lists would highlight nobody.
const LED = '2025-06-01';

const page = html({
  head: '<script src="/dist/mission-widgets.js" defer></script>',
  body: `<div style="inline-size: 900px">
      <button id="before-troop-counter">before</button><troop-counter history></troop-counter>
      <button id="before-contributor-list">before</button><contributor-list as-of="${LED}"></contributor-list>
      <button id="before-event-timeline">before</button><event-timeline filters></event-timeline>
    </div>
    <div style="inline-size: 280px"><contributor-list id="narrow" as-of="${LED}"></contributor-list></div>`,
});

/** Runs in the page: what a reader in high contrast sees of each widget. */
function inspect() {
  const style = (node, pseudo) => getComputedStyle(node, pseudo);
  const system = (color) => {
    const probe = document.createElement('div');
    probe.style.color = color;
    document.body.append(probe);
    const resolved = style(probe).color;
    probe.remove();
    return resolved;
  };
  const [counter, list, timeline, narrow] = [
    'troop-counter',
    'contributor-list',
    'event-timeline',
    '#narrow',
  ].map((selector) => document.querySelector(selector));
  const $ = (el, selector) => el.shadowRoot.querySelector(selector);
  const $$ = (el, selector) => [...el.shadowRoot.querySelectorAll(selector)];
  // Elements with text of their own, shown in the background's colour (that is, invisible).
  const unreadable = [counter, list, timeline, narrow].flatMap((el) =>
    $$(el, '*')
      .filter(
        (node) =>
          node.checkVisibility() &&
          [...node.childNodes].some(
            (child) => child.nodeType === Node.TEXT_NODE && child.textContent.trim(),
          ) &&
          style(node).color === style(el).backgroundColor,
      )
      .map((node) => `${el.localName} ${node.outerHTML.slice(0, 80)}`),
  );
  const bar = $(counter, '[part=progress] .track');
  const latest = $(timeline, 'li.latest');
  return {
    forced: matchMedia('(forced-colors: active)').matches,
    system: { canvas: system('Canvas'), canvasText: system('CanvasText'), highlight: system('Highlight') },
    unreadable,
    bar: { border: style(bar).outlineColor, width: style(bar).outlineWidth, height: bar.offsetHeight },
    sparkline: style($(counter, 'svg')).stroke,
    figure: style($(counter, '[part=figure]')).color,
    lead: [list, narrow].map((el) => {
      const row = $$(el, '.lead').find((node) => node.checkVisibility());
      return {
        layout: row.localName,
        width: style(row).borderInlineStartWidth,
        color: style(row).borderInlineStartColor,
        text: row.querySelector('strong').textContent,
      };
    }),
    latest: {
      line: style(latest).outlineColor,
      lineStyle: style(latest).outlineStyle,
      other: style($(timeline, 'li:not(.latest)')).outlineStyle,
      tag: style(latest.querySelector('.tag')).borderTopWidth,
    },
    markers: $$(timeline, '[part=marker]').map((node) => [node.className, style(node, '::before').content]),
    // Each phase's band where it begins: its name, and the rail beside it.
    bands: $$(timeline, 'li.band')
      .filter((li) => li.querySelector('[part=phase]'))
      .map((li) => {
        const rail = style(li.querySelector('.meta'), '::after');
        return {
          name: li.querySelector('[part=phase]').textContent.trim(),
          style: rail.borderInlineStartStyle,
          width: rail.borderInlineStartWidth,
          color: rail.borderInlineStartColor,
        };
      }),
  };
}

/** Runs in the page: presses the first category button (after "All"), then compares it with the second. */
async function pressFirstButton() {
  const timeline = document.querySelector('event-timeline');
  const buttons = [...timeline.shadowRoot.querySelectorAll('[part=filters] button[class^=c-]')];
  buttons[0].click();
  await timeline.updateComplete;
  const probe = document.createElement('div');
  document.body.append(probe);
  const system = (color) => ((probe.style.color = color), getComputedStyle(probe).color);
  const colors = { highlight: system('Highlight'), buttonText: system('ButtonText') };
  probe.remove();
  return buttons.slice(0, 2).map((button) => {
    const style = getComputedStyle(button);
    return {
      pressed: button.getAttribute('aria-pressed'),
      border:
        style.borderTopColor === colors.highlight
          ? 'Highlight'
          : style.borderTopColor === colors.buttonText
            ? 'ButtonText'
            : style.borderTopColor,
      outline: style.outlineStyle,
      mark: getComputedStyle(button, '::after').content,
      markShown: getComputedStyle(button, '::after').visibility,
    };
  });
}

let server;
before(async () => {
  server = await startServer({ pages: { '/forced.html': { body: page } } });
});
after(() => server?.close());

const MEDIA = { forcedColors: 'active', reducedMotion: 'reduce' };

describeInEngines(
  'test/e2e/forced-colors.test.mjs',
  'forced colours (Windows high contrast)',
  (engine) => {
    const { it } = engine;
    let result;
    before(async () => {
      const tab = await engine.browser.openPage({ ...MEDIA, viewport: { width: 1000, height: 800 } });
      await tab.goto(`${server.origin}/forced.html`);
      await tab.waitForFunction(
        () =>
          [...document.querySelectorAll('troop-counter, contributor-list, event-timeline')].every((el) =>
            el.shadowRoot?.querySelector('[data-state="complete"]'),
          ),
        null,
        { timeout: 30_000 },
      );
      // Every item too: a list renders its first items, then the rest over the next frames.
      await tab.evaluate(() =>
        Promise.all(
          [...document.querySelectorAll('troop-counter, contributor-list, event-timeline')].map(
            (el) => el.updateComplete,
          ),
        ),
      );
      result = await tab.evaluate(inspect);
      result.buttons = await tab.evaluate(pressFirstButton);
      // The focus ring of the first control in each widget (the pressed button in the timeline),
      // reached by keyboard.
      result.focus = [];
      for (const tag of ['troop-counter', 'contributor-list', 'event-timeline']) {
        await tab.focus(`#before-${tag}`);
        await tab.press('Tab');
        result.focus.push(
          await tab.evaluate((tag) => {
            const focused = document.querySelector(tag).shadowRoot.activeElement;
            const style = focused && getComputedStyle(focused);
            return focused && [style.outlineStyle, style.outlineWidth, style.outlineColor];
          }, tag),
        );
      }
      result.errors = await tab.errors();
      await tab.close();
    });

    it('loads without an error', () => {
      assert.deepEqual(result.errors, []);
    });

    it('is really in forced colours', () => {
      assert.equal(result.forced, true);
    });

    it('shows every text in a colour other than the background', () => {
      assert.deepEqual(result.unreadable, []);
    });

    it('troop-counter: the bar keeps its outline, the sparkline and figure their system colour', () => {
      assert.deepEqual(result.bar, {
        border: result.system.canvasText,
        width: '1px',
        height: result.bar.height,
      });
      assert.ok(result.bar.height > 5, 'the bar has a height');
      assert.equal(result.sparkline, result.system.canvasText);
      assert.equal(result.figure, result.system.canvasText);
    });

    it("contributor-list: the lead nation's edge stays, in the table and in the cards", () => {
      assert.deepEqual(
        result.lead.map((lead) => lead.layout),
        ['tr', 'li'],
      );
      for (const lead of result.lead) {
        assert.equal(lead.width, '4px');
        assert.notEqual(lead.color, result.system.canvas);
        assert.equal(lead.text, 'Lead nation');
      }
    });

    it('event-timeline: each phase is named, and its band drawn in a pattern of its own', () => {
      assert.deepEqual(
        result.bands.map((band) => band.name),
        ['Multinational Security Support mission', 'Gang Suppression Force'],
      );
      for (const band of result.bands) {
        assert.equal(band.width, '4px');
        assert.equal(band.color, result.system.canvasText);
      }
      // One colour for all in forced colours: the pattern tells the phases apart.
      assert.notEqual(result.bands[0].style, result.bands[1].style);
    });

    it('event-timeline: the latest event keeps a highlighted outline and a bordered tag', () => {
      assert.equal(result.latest.line, result.system.highlight);
      assert.equal(result.latest.lineStyle, 'solid');
      assert.equal(result.latest.other, 'none');
      assert.equal(result.latest.tag, '1px');
    });

    it('event-timeline: every category keeps its own shape', () => {
      const shapes = new Map(result.markers);
      assert.ok(shapes.size >= 5);
      assert.equal(new Set(shapes.values()).size, shapes.size);
      for (const shape of shapes.values()) assert.notEqual(shape, 'none');
    });

    it('event-timeline: a pressed button differs from a released one in border, outline and mark', () => {
      const [pressed, released] = result.buttons;
      assert.equal(pressed.pressed, 'true');
      assert.equal(released.pressed, 'false');
      assert.deepEqual([pressed.border, released.border], ['Highlight', 'ButtonText']);
      assert.deepEqual([pressed.outline, released.outline], ['solid', 'none']);
      // The mark's room is kept on every button (pressing moves nothing); only the pressed shows it.
      assert.match(pressed.mark, /✓/);
      assert.deepEqual([pressed.markShown, released.markShown], ['visible', 'hidden']);
    });

    it('shows the focus ring in the system highlight in every widget', () => {
      for (const ring of result.focus) assert.deepEqual(ring, ['solid', '3px', result.system.highlight]);
    });
  },
  { media: MEDIA },
);
