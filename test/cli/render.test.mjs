// `mission-widgets render`: the command line around src/ssr/ (its output in a browser is
// checked by test/e2e/static.test.mjs).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (...args) =>
  spawnSync(process.execPath, ['dist/cli.js', 'render', ...args], { cwd: root, encoding: 'utf8' });
const shipped = JSON.parse(readFileSync(join(root, 'data/haiti-mss.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'mission-widgets-render-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of the shipped data with one event's title changed. */
function missionFile(name, title) {
  const mission = structuredClone(shipped);
  mission.events[0].title = title;
  const file = join(scratch, name);
  writeFileSync(file, JSON.stringify(mission));
  return file;
}

describe('mission-widgets render', () => {
  it('writes a declarative shadow root with the widget, its attributes and its styles', () => {
    const { status, stdout } = cli('event-timeline', 'locale=fr', 'order=desc');
    assert.equal(status, 0);
    assert.match(stdout, /^<event-timeline +locale="fr" order="desc"/);
    assert.match(stdout, /<template shadowroot="open" shadowrootmode="open"><style>/);
    assert.match(stdout, /<h3 id="y2026" part="?year"?>2026<\/h3>/);
    assert.doesNotMatch(stdout, /lit-part|lit-node|<\?/);
    assert.match(stdout, /<\/template><\/event-timeline>\n$/);
  });

  it('writes the figure itself, not the start of its count-up', () => {
    const { stdout } = cli('troop-counter', 'locale=en');
    // The designed figure: a small qualifier beside the number (README, "troop-counter").
    assert.match(
      stdout,
      /<p class="?figure"? part="?figure"?><span class="?qualifier"?>about<\/span> <span class="?number"?>959<\/span><\/p>/,
    );
  });

  it("writes a counter's history with the styles that lay out its chart, which come with its code", () => {
    const { status, stdout } = cli('troop-counter', 'locale=en', 'history=');
    assert.equal(status, 0);
    const styles = [...stdout.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1]).join('');
    assert.match(stdout, /<figure part="?sparkline"?[^>]*>[\s\S]*<polyline/);
    assert.match(styles, /\.chart\{[^}]*block-size:3rem/);
  });

  it('renders every event of a long list, not only the first chunk', () => {
    const { stdout } = cli('event-timeline', 'locale=en');
    for (const event of shipped.events) assert.ok(stdout.includes(`id="event-${event.id}"`), event.id);
  });

  it('escapes data as text and keeps the data inside the element for the script, unable to end its script', () => {
    const file = missionFile(
      'hostile.json',
      '<img src=x onerror=alert(1)></script><script>alert(2)</script>',
    );
    const { status, stdout } = cli('event-timeline', '--data', file);
    assert.equal(status, 0);
    assert.match(stdout, /&lt;img src=x onerror=alert\(1\)&gt;&lt;\/script&gt;/);
    assert.doesNotMatch(stdout, /<img|<script>alert/);
    const json = stdout.match(/<script type="application\/json">(.*?)<\/script>/s)[1];
    assert.equal(JSON.parse(json).events[0].title, mission0Title(file));
  });

  it('with --src, the live widget follows the URL, and no data is put inside', () => {
    const { stdout } = cli(
      'contributor-list',
      '--data',
      'data/haiti-mss.json',
      '--src',
      'https://example.org/m.json',
    );
    assert.match(stdout, /src="https:\/\/example.org\/m.json"/);
    assert.doesNotMatch(stdout, /application\/json/);
  });

  it('writes the plain form without shadow DOM, styles, scripts or the filter buttons', () => {
    const { stdout } = cli('event-timeline', 'filters', '--format', 'plain', '--data', 'data/haiti-mss.json');
    assert.match(stdout, /^<div class="mission-widget event-timeline" lang="en">/);
    assert.doesNotMatch(stdout, /<template|<style|<script|<button|<slot/);
    assert.match(stdout, /<time datetime="2021-07-07">/);
  });

  it('holds both layouts of the contributor list for a page, each shown by the live threshold', () => {
    const { stdout } = cli('contributor-list');
    assert.match(
      stdout,
      // Each with its fund lines, whose source marks are as small as its rows' (a card's are smaller).
      /<div class="mw-static-narrow">\s*<div class="fund dense"[^]*<ul class=cards[^]*<div class="mw-static-wide">\s*<div class="fund" [^]*<div class=scroll>\s*<table/,
    );
    // At the live list's threshold: 48rem for a table with the figures and the funding, 30rem
    // for one with either alone.
    const rule = (rem) =>
      `@container (min-width:${rem}rem){.mw-static-narrow{display:none}.mw-static-wide{display:contents}}`;
    assert.ok(stdout.includes(rule(48)), 'switched at 48rem');
    assert.ok(!stdout.includes(rule(30)));
    for (const show of ['funding', 'personnel']) {
      const alone = cli('contributor-list', `show=${show}`).stdout;
      assert.ok(alone.includes(rule(30)), `show=${show}: switched at 30rem`);
      assert.ok(!alone.includes(rule(48)));
    }
    // The summary and footnotes are said once.
    assert.equal(stdout.match(/class=footnotes/g).length, 1);
    // --wide is a hint for the plain form only, which has no container queries.
    assert.equal(cli('contributor-list', '--wide').stdout, stdout);
  });

  it("picks the plain contributor list's layout with --wide: the table, else the cards", () => {
    const wide = cli('contributor-list', '--format', 'plain', '--wide').stdout;
    const narrow = cli('contributor-list', '--format', 'plain').stdout;
    assert.match(wide, /<table/);
    assert.doesNotMatch(wide, /class=cards/);
    assert.match(narrow, /class=cards/);
    assert.doesNotMatch(narrow, /<table/);
  });

  it('writes to --out', () => {
    const out = join(scratch, 'counter.html');
    assert.equal(cli('troop-counter', '--out', out).status, 0);
    assert.match(readFileSync(out, 'utf8'), /^<troop-counter/);
  });

  const failures = [
    [['map-widget'], 2, /the widget is one of troop-counter, contributor-list, event-timeline/],
    [['troop-counter', 'colour=red'], 2, /troop-counter has no attribute "colour"/],
    [['troop-counter', '--format', 'pdf'], 2, /--format is dsd or plain/],
    [['troop-counter', '--data'], 2, /--data needs a value/],
    [['troop-counter', '--data', 'nowhere.json'], 1, /nowhere.json: cannot be read as JSON/],
  ];
  for (const [args, code, message] of failures) {
    it(`refuses ${args.join(' ')} with exit code ${code} and says why`, () => {
      const { status, stderr, stdout } = cli(...args);
      assert.equal(status, code);
      assert.match(stderr, message);
      assert.equal(stdout, '');
    });
  }

  it('refuses invalid data with every problem and its path', () => {
    const mission = structuredClone(shipped);
    mission.events[3].date = 'soon';
    const file = join(scratch, 'invalid.json');
    writeFileSync(file, JSON.stringify(mission));
    const { status, stderr, stdout } = cli('event-timeline', '--data', file);
    assert.equal(status, 1);
    assert.match(stderr, /error: events\[3\]\.date/);
    assert.equal(stdout, '');
  });

  it("fails, writing nothing, when the widget's own code throws (never static HTML of the error state)", () => {
    // A built-in the counter's view uses, broken before the command starts.
    const broken =
      'data:text/javascript,Array.prototype.flatMap=function(){throw new Error("flatMap broke")}';
    const { status, stderr, stdout } = spawnSync(
      process.execPath,
      ['--import', broken, 'dist/cli.js', 'render', 'troop-counter', 'locale=en'],
      { cwd: root, encoding: 'utf8' },
    );
    assert.notEqual(status, 0);
    assert.match(stderr, /flatMap broke/);
    assert.equal(stdout, '');
  });
});

function mission0Title(file) {
  return JSON.parse(readFileSync(file, 'utf8')).events[0].title;
}
