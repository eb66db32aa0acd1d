/**
 * From runs to results: medians and ranges per figure, ratios between targets, the issue's
 * targets checked, and the tables of BENCHMARKS.md (regenerated between two markers, so that
 * the written analysis around them stays).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { format } from 'prettier';

/** Figures summarized per target: name → how to read it from one run. */
export const FIGURES = {
  contentMs: (run) => run.contentMs,
  completeMs: (run) => run.completeMs,
  fcpMs: (run) => run.fcpMs,
  tbtMs: (run) => run.tbtMs,
  longestTaskMs: (run) => run.longestTaskMs,
  cls: (run) => run.cls,
  clsAll: (run) => run.clsAll,
  heapMB: (run) => (run.heapBytes === null ? null : run.heapBytes / 1e6),
  jsCssGzip: (run) => run.bytes.jsCss.gzip,
  jsCssRaw: (run) => run.bytes.jsCss.raw,
  allGzip: (run) => run.bytes.all.gzip,
  allRaw: (run) => run.bytes.all.raw,
  requests: (run) => run.requests.total,
  thirdParty: (run) => run.requests.thirdParty,
  dataRequestsPerUrl: (run) => Math.max(0, ...Object.values(run.requests.data)),
  firstClickDelayMs: (run) => run.clicks?.firstDelayMs ?? null,
  maxClickDelayMs: (run) => run.clicks?.maxDelayDuringRenderMs ?? null,
  scriptMs: (run) => run.profile.scriptMs,
  styleLayoutMs: (run) =>
    run.profile.layoutMs === null ? null : run.profile.layoutMs + (run.profile.styleMs ?? 0),
  nodes: (run) => run.profile.nodes,
};

/** Figures whose ratios between targets are printed. */
const RATIOS = ['contentMs', 'completeMs', 'fcpMs', 'tbtMs', 'heapMB', 'jsCssGzip', 'allGzip'];

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const round = (value, digits = 4) => (value === null ? null : Number(value.toFixed(digits)));

/** Median, min and max of each figure over the runs that have it. */
export function summarize(runs) {
  return Object.fromEntries(
    Object.entries(FIGURES).map(([name, read]) => {
      const values = runs.map(read).filter((value) => typeof value === 'number' && Number.isFinite(value));
      if (!values.length) return [name, null];
      return [
        name,
        {
          median: round(median(values)),
          min: round(Math.min(...values)),
          max: round(Math.max(...values)),
          n: values.length,
        },
      ];
    }),
  );
}

/** ours / static and ours / timelinejs, on medians; null where a side is missing or zero. */
export function ratios(results) {
  const out = {};
  for (const [target, other] of [
    ['ours', 'static'],
    ['ours', 'timelinejs'],
    ['prerendered', 'static'],
    ['iframe', 'static'],
  ]) {
    if (!results[target] || !results[other]) continue;
    out[`${target}/${other}`] = Object.fromEntries(
      RATIOS.map((name) => {
        const ours = results[target].summary[name]?.median;
        const theirs = results[other].summary[name]?.median;
        return [name, ours === undefined || !theirs ? null : round(ours / theirs, 3)];
      }),
    );
  }
  return out;
}

/** The issue's targets, checked against this run's figures (null: not measured this time). */
export function checkTargets(cases) {
  const byId = Object.fromEntries(cases.map((c) => [c.id, c.results]));
  const med = (caseId, target, name) => byId[caseId]?.[target]?.summary[name]?.median ?? null;
  const worst = (caseId, target, name) => byId[caseId]?.[target]?.summary[name]?.max ?? null;
  const check = (id, text, measured, limit, met, shown) => ({
    id,
    text,
    measured: measured === null ? null : round(measured, 4),
    limit: limit === null ? null : round(limit, 4),
    met: measured === null || limit === null ? null : met(measured, limit),
    shown,
  });
  const atMost = (a, b) => a <= b;
  const tl = med('timeline-12', 'timelinejs', 'jsCssGzip');
  const list = [
    check(
      'bytes-timeline',
      '<event-timeline> alone (npm entry with Lit and data loading): JS+CSS gzip ≤ 1/7 of TimelineJS',
      med('timeline-12', 'ours', 'jsCssGzip'),
      tl === null ? null : tl / 7,
      atMost,
      'bytes',
    ),
    check(
      'bytes-drop-in',
      'Drop-in with one `<troop-counter src>`: the script and the validator it fetches, gzip ≤ 1/5 of TimelineJS',
      med('widgets-1', 'ours', 'jsCssGzip'),
      tl === null ? null : tl / 5,
      atMost,
      'bytes',
    ),
  ];
  const ratio = (caseId, name, other = 'static', target = 'ours') => {
    const ours = med(caseId, target, name);
    const theirs = med(caseId, other, name);
    return ours === null || theirs === null || theirs === 0 ? null : ours / theirs;
  };
  list.push(
    check(
      'content-12',
      'Content rendered, 12 events: ≤ 1.3× the static floor',
      ratio('timeline-12', 'contentMs'),
      1.3,
      atMost,
      'ratio',
    ),
    check(
      'content-12-prerendered',
      'Content rendered, 12 events over their static HTML (`mission-widgets render`): ≤ 1.3× the static floor',
      ratio('timeline-12', 'contentMs', 'static', 'prerendered'),
      1.3,
      atMost,
      'ratio',
    ),
    check(
      'cls-timeline-12-prerendered',
      '12 events over their static HTML: cumulative layout shift 0 as the widget takes over',
      worst('timeline-12', 'prerendered', 'cls'),
      0,
      atMost,
      'cls',
    ),
    check(
      'content-1000',
      'Content rendered, 1,000 events: ≤ 2× the static floor',
      ratio('timeline-1000', 'contentMs'),
      2,
      atMost,
      'ratio',
    ),
  );
  const floor1000 = med('timeline-1000', 'static', 'contentMs');
  list.push(
    check(
      'first-screen-10000',
      "First screen at 10,000 events ≤ 3× the floor's content time at 1,000",
      med('timeline-10000', 'ours', 'contentMs'),
      floor1000 === null ? null : 3 * floor1000,
      atMost,
      'ms',
    ),
  );
  const tbtFloor = med('timeline-1000', 'static', 'tbtMs');
  list.push(
    check(
      'tbt-1000',
      "Total blocking time at 1,000 events ≤ 2× the floor's",
      med('timeline-1000', 'ours', 'tbtMs'),
      tbtFloor === null ? null : 2 * tbtFloor,
      atMost,
      'ms',
    ),
  );
  for (const c of cases) {
    if (!c.results.ours || !c.results.static) continue;
    list.push(
      check(
        `fcp-${c.id}`,
        `${c.title}: host article's FCP ≤ 1.1× the floor's`,
        ratio(c.id, 'fcpMs'),
        1.1,
        atMost,
        'ratio',
      ),
    );
  }
  for (const c of cases) {
    if (!c.results.ours) continue;
    const figure = c.click ? 'clsAll' : 'cls';
    list.push(
      check(
        `cls-${c.id}`,
        `${c.title}: cumulative layout shift 0`,
        worst(c.id, 'ours', figure),
        0,
        atMost,
        'cls',
      ),
    );
  }
  list.push(
    check(
      'data-requests-100',
      '100 widgets: one data request per URL',
      worst('widgets-100', 'ours', 'dataRequestsPerUrl'),
      1,
      (a, b) => a === b,
      'count',
    ),
    check(
      'tbt-100',
      '100 widgets: total blocking time under 200 ms',
      med('widgets-100', 'ours', 'tbtMs'),
      200,
      (a, b) => a < b,
      'ms',
    ),
  );
  const thirdParty = cases.some((c) => c.results.ours)
    ? Math.max(...cases.map((c) => worst(c.id, 'ours', 'thirdParty') ?? 0))
    : null;
  list.push(
    check('third-party', 'Zero requests to another host (every case)', thirdParty, 0, atMost, 'count'),
  );
  return list;
}

// Formatting of the tables.
const dash = '–';
const ms = (v) => (v === null || v === undefined ? dash : `${Math.round(v).toLocaleString('en')}`);
const kb = (v) => (v === null || v === undefined ? dash : (v / 1000).toFixed(1));
const fixed = (digits) => (v) => (v === null || v === undefined ? dash : v.toFixed(digits));
const whole = (v) => (v === null || v === undefined ? dash : Math.round(v).toLocaleString('en'));

const ROWS = [
  ['contentMs', 'Content rendered (ms)', ms],
  ['completeMs', 'All content in the DOM (ms)', ms],
  ['fcpMs', "Host article's first contentful paint (ms)", ms],
  ['tbtMs', 'Total blocking time (ms)', ms],
  ['longestTaskMs', 'Longest task (ms)', ms],
  ['cls', 'Cumulative layout shift', fixed(3)],
  ['heapMB', 'JS heap after render (MB)', fixed(1)],
  ['jsCssGzip', 'JS + CSS loaded, gzip (kB)', kb],
  ['jsCssRaw', 'JS + CSS loaded, raw (kB)', kb],
  ['allGzip', 'Everything loaded, gzip (kB)', kb],
  ['requests', 'Requests', whole],
  ['thirdParty', 'Requests to other hosts (blocked)', whole],
  ['dataRequestsPerUrl', 'Data requests per URL (most)', whole],
  ['firstClickDelayMs', 'Input delay, click 50 ms after navigation (ms)', ms],
  ['maxClickDelayMs', 'Input delay, worst click during render (ms)', ms],
  ['scriptMs', 'Main thread: script (ms)', ms],
  ['styleLayoutMs', 'Main thread: style and layout (ms)', ms],
  ['nodes', 'DOM nodes', whole],
];

function cell(summary, show) {
  if (!summary) return dash;
  const [median, min, max] = [summary.median, summary.min, summary.max].map(show);
  return min === max ? median : `${median} (${min}–${max})`;
}

const NAMES = {
  ours: 'ours',
  prerendered: 'ours over its static HTML',
  iframe: 'ours in its iframe embed',
  static: 'static HTML',
  timelinejs: 'TimelineJS',
};

function caseTable(c) {
  const targets = Object.keys(c.results);
  const others = Object.keys(c.ratios);
  const head = [
    'figure',
    ...targets.map(
      (t) => `${NAMES[t]}${c.results[t].runs.length ? ` (${c.results[t].runs.length} runs)` : ''}`,
    ),
    ...others.map((r) => r.replace('/', ' / ').replace('timelinejs', 'TimelineJS')),
  ];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const [name, label, show] of ROWS) {
    if (name === 'cls' && c.click) continue;
    if ((name === 'firstClickDelayMs' || name === 'maxClickDelayMs') && !c.click) continue;
    if (targets.every((t) => !c.results[t].summary[name])) continue;
    const row = [
      label,
      ...targets.map((t) =>
        !c.results[t].summary[name] && c.results[t].timedOut
          ? `not within ${c.timeoutMs / 1000} s`
          : cell(c.results[t].summary[name], show),
      ),
    ];
    for (const other of others) {
      const value = c.ratios[other][name];
      row.push(value === null || value === undefined ? dash : `${value.toFixed(2)}×`);
    }
    lines.push(`| ${row.join(' | ')} |`);
  }
  if (targets.some((t) => c.results[t].timedOut)) {
    const row = [
      `Runs stopped at the ${c.timeoutMs / 1000} s limit (figures: what the page reported by then)`,
      ...targets.map((t) => `${c.results[t].timedOut} of ${c.results[t].runs.length}`),
      ...others.map(() => dash),
    ];
    lines.push(`| ${row.join(' | ')} |`);
  }
  if (c.click) {
    const row = [
      'Cumulative layout shift (with shifts near the no-op clicks)',
      ...targets.map((t) => cell(c.results[t].summary.clsAll, fixed(3))),
      ...others.map(() => dash),
    ];
    lines.splice(7, 0, `| ${row.join(' | ')} |`);
  }
  return lines.join('\n');
}

function targetValue(t) {
  if (t.measured === null) return dash;
  if (t.shown === 'ratio') return `${t.measured.toFixed(2)}×`;
  if (t.shown === 'bytes') return `${kb(t.measured)} kB`;
  if (t.shown === 'ms') return `${ms(t.measured)} ms`;
  if (t.shown === 'cls') return t.measured.toFixed(3);
  return String(t.measured);
}
function targetLimit(t) {
  if (t.limit === null) return dash;
  if (t.shown === 'ratio') return `≤ ${t.limit}×`;
  if (t.shown === 'bytes') return `≤ ${kb(t.limit)} kB`;
  if (t.shown === 'ms') return `${t.id === 'tbt-100' ? '<' : '≤'} ${ms(t.limit)} ms`;
  return t.id.startsWith('data-requests') ? `${t.limit}` : `${t.limit}`;
}

/** The generated part of BENCHMARKS.md. */
export function markdown(results) {
  const { machine, browser, date, method, bundles, cases, targets } = results;
  const out = [
    `Generated by \`npm run bench\` on ${date.slice(0, 10)} (${date.slice(11, 16)} UTC): ${machine.os}, ` +
      `${machine.cpus}× ${machine.cpuModel}, ${machine.memoryGB} GB, Node ${machine.node}, ${browser.name} ${browser.version} headless, ` +
      `viewport ${method.viewport.width}×${method.viewport.height}. ${method.runs} runs per target ` +
      `(TimelineJS at 10,000 events: ${method.heavyRuns}), interleaved target by target, a fresh browser context each, ` +
      `after ${method.warmup} unrecorded warm-up round(s); medians with (min–max). kB and MB are 1,000 and 1,000,000 bytes; gzip is zlib level 9 of each response body.`,
  ];
  const load = `load average ${machine.loadBefore.toFixed(1)} before, ${machine.loadAfter.toFixed(1)} after`;
  out.push(
    '',
    machine.shared
      ? `**Shared machine:** these figures were taken while other work ran on the same ${machine.cpus} cores ` +
          `(${load}). Absolute times are inflated and noisy; ratios within one run are the figures to read.`
      : `Machine ${load} the run (\`--shared-machine\` marks a run taken beside other work).`,
  );
  out.push(
    '### Targets from the issue',
    '',
    '| target | measured | goal | met |',
    '| --- | --- | --- | --- |',
  );
  for (const t of targets) {
    const met = t.met === null ? 'not measured' : t.met ? 'yes' : '**no**';
    out.push(
      `| ${t.text.replace(/</g, '`<').replace(/>/g, '>`')} | ${targetValue(t)} | ${targetLimit(t)} | ${met} |`,
    );
  }
  out.push(
    '',
    '### Bundles',
    '',
    `Per-component entries bundled as a page's bundler would (rollup, node-resolve, esbuild minifier; the shipped dataset in a separate chunk, not loaded with \`src\`). Drop-in: ${bundles.dropInSource}.`,
    '',
    '| bundle | raw (kB) | gzip (kB) |',
    '| --- | --- | --- |',
  );
  const bundleNames = {
    litTrivial: 'Lit and a trivial element (reference)',
    validator: 'The data validator alone (reference)',
    baseElement: 'The shared widget base with a trivial widget (reference)',
    'troop-counter': '`<troop-counter>` npm entry',
    'contributor-list': '`<contributor-list>` npm entry',
    'event-timeline': '`<event-timeline>` npm entry',
    eventTimelineNoValidator:
      '`<event-timeline>` npm entry without the validation layer (what-if: schema and validator stubbed)',
    dropIn: 'Drop-in `mission-widgets.js`',
  };
  for (const [name, label] of Object.entries(bundleNames)) {
    if (bundles.sizes[name])
      out.push(`| ${label} | ${kb(bundles.sizes[name].raw)} | ${kb(bundles.sizes[name].gzip)} |`);
  }
  for (const c of cases) {
    out.push('', `### ${c.title.replace(/<([a-z-]+)>/g, '`<$1>`')}`, '', c.description, '', caseTable(c));
  }
  return out.join('\n');
}

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Writes `markdown(results)` into `file` between the markers (creating the file if needed). */
export async function writeMarkdown(file, results) {
  const generated = `${START}\n\n${markdown(results)}\n\n${END}`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (text.includes(START) && text.includes(END)) {
    text = text.slice(0, text.indexOf(START)) + generated + text.slice(text.indexOf(END) + END.length);
  } else {
    text = `# Benchmarks\n\nWhat a reader's browser pays for our widgets, beside the static floor and TimelineJS.\n\n${generated}\n${text}`;
  }
  const config = JSON.parse(readFileSync(new URL('../.prettierrc.json', import.meta.url), 'utf8'));
  writeFileSync(file, await format(text, { ...config, parser: 'markdown' }));
}
