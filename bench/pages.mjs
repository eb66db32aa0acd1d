/**
 * The pages of every case: one host article, and in it our widget, the static floor (the same
 * content as plain semantic HTML with a little CSS, no script, written here with the project's
 * own derivations and `Intl` formats) or TimelineJS. Each target comes with what the in-page
 * probe looks for: the first content (the first event's title, the first row, the figure) and
 * the last (every event, every row, every widget).
 */
import { frameSnippetText } from '../demo/frame-snippet.js';
import { contributorMission, SHIPPED, timelineMission, toTimelineJS } from './datasets.mjs';

/**
 * The iframe embed with its resize script, as the builder writes it, with the files of dist/ on
 * this host: starting at `height`, the builder's measure of the widget in the column (without
 * one, the snippet's default).
 */
const frameEmbed = (tag, attributes, height) =>
  frameSnippetText({
    scriptUrl: 'https://cdn.example/dist/mission-widgets.js',
    tag,
    attributes,
    resize: true,
    height,
  })
    .replaceAll('https://cdn.example/', '/')
    // In view at the top of the article: a lazy frame would load as soon anyway.
    .replace('  loading="lazy"\n', '');

const ARTICLE_CSS = `body{margin:0;background:#fff;color:#1b1d21;font:17px/1.5 Georgia,serif}
main{max-inline-size:52rem;margin:0 auto;padding:1rem}
h1{margin:0 0 .5rem;font:700 1.75rem/1.2 system-ui,sans-serif}`;

const FLOOR_CSS = `.mw{display:block;margin-block:.75rem;padding:.75rem;border:1px solid #c9cdd4;border-radius:.5rem;font:1rem/1.45 system-ui,sans-serif}
.mw h3,.mw h4,.mw ol,.mw li p{margin:0 0 .25em;padding:0}
.mw ol,.mw ul{list-style:none;padding:0}
.mw ol>li{padding:.25em .25em .75em 1em;border-inline-start:3px solid #c9cdd4}
.mw .meta,.mw .sources{display:flex;flex-wrap:wrap;gap:.25em .75em;margin:0;font-size:.875em}
.mw .muted{color:#4e5560;font-size:.875em}
.mw a{color:#0b5cad}
.mw table{inline-size:100%;border-collapse:collapse}
.mw th,.mw td{padding:.375rem;border-block-end:1px solid #c9cdd4;text-align:start;vertical-align:top}
.mw .figure{margin:0;color:#0b5cad;font-size:2.5em;font-weight:700;line-height:1.1}`;

/** The room our widgets keep before they render, as README.md ("No layout shift") tells publishers. */
const RESERVE_CSS = `troop-counter{display:block;min-block-size:calc(13rem + 1.5rem + 2px)}
contributor-list,event-timeline{display:block;block-size:32rem;overflow:auto}`;

const PROSE = [
  'Kenyan police officers patrol the capital as the multinational mission enters its third month.',
  'Residents describe a fragile calm along the main roads, while aid groups ask for safe corridors.',
  'The mission is funded mostly by voluntary contributions, which arrive more slowly than pledged.',
  'Officials say more contingents are expected before the end of the year.',
];

const escape = (value) =>
  String(value).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The host article around an embed: a headline and a lede above it, prose below it. */
function article({ title, head = '', embed, style = '' }) {
  const prose = PROSE.map((line) => `<p>${line} ${line}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<link rel="icon" href="data:,">
<style>${ARTICLE_CSS}${style}</style>
${head}
</head>
<body>
<main>
<h1 id="headline">${escape(title)}</h1>
<p>${PROSE[0]}</p>
${embed}
${prose}
</main>
</body>
</html>
`;
}

const FALLBACK =
  '<p>The figures behind this story: <a href="https://news.example/haiti">news.example</a>.</p>';

/** Writes the floor's HTML with the same derivations and formats as the widgets. */
function floor(helpers) {
  const { formatDate, countryName, formatNumber, formatMoney, common, localText, categoryOf } = helpers;
  const en = common.en;
  const list = new Intl.ListFormat('en');
  const text = (value) => escape(localText(value, 'en', 'en'));
  const sources = (mission, ids) => {
    const links = ids
      .map((id) => mission.sources.find((source) => source.id === id))
      .filter(Boolean)
      .map(
        (s) =>
          `<li><a href="${escape(s.url)}">${escape(en.source(s.publisher, s.date && formatDate(s.date, 'en')))}</a></li>`,
      );
    return links.length ? `<ul class="sources">${links.join('')}</ul>` : '';
  };
  const category = (event) => categoryOf(event).replace(/^./, (c) => c.toUpperCase());

  function timeline(mission, events, id = '') {
    const years = [];
    for (const event of events) {
      const year = event.date.slice(0, 4);
      if (years.at(-1)?.year !== year) years.push({ year, events: [] });
      years.at(-1).events.push(event);
    }
    const item = (event) =>
      `<li id="${id}event-${escape(event.id)}"><p class="meta"><time datetime="${event.date}">${formatDate(event.date, 'en')}</time> <span>${category(event)}</span></p>` +
      `<h4>${text(event.title)}</h4>${event.summary ? `<p>${text(event.summary)}</p>` : ''}` +
      (event.countries?.length
        ? `<p class="muted">${escape(list.format(event.countries.map((code) => countryName(code, 'en'))))}</p>`
        : '') +
      `${sources(mission, event.sources)}</li>`;
    return `<div class="mw">${years
      .map(
        ({ year, events }) =>
          `<section><h3 id="${id}y${year}">${year}</h3><ol aria-labelledby="${id}y${year}">\n${events.map(item).join('\n')}\n</ol></section>`,
      )
      .join('\n')}</div>`;
  }

  function contributors(mission) {
    const { contributorFigure, firstArrival, fundingFigures } = helpers;
    const about = (figure) =>
      figure
        ? figure.approximate
          ? en.about(formatNumber(figure.count, 'en'))
          : formatNumber(figure.count, 'en')
        : '';
    const rows = mission.contributors
      .map((contributor) => ({
        contributor,
        name: countryName(contributor.country, 'en'),
        figures: ['deployed', 'preparing', 'pledged'].map((status) => contributorFigure(contributor, status)),
      }))
      .sort(
        (a, b) => (b.figures[0]?.count ?? -1) - (a.figures[0]?.count ?? -1) || a.name.localeCompare(b.name),
      );
    const body = rows.map(({ contributor, name, figures }) => {
      const arrival = firstArrival(contributor);
      const money = fundingFigures(contributor)
        .map((f) => `${formatMoney(f.amount, f.currency, 'en')} ${f.status}`)
        .join('<br>');
      const cited = [
        ...new Set([...contributor.personnel, ...contributor.funding].flatMap((s) => s.sources)),
      ];
      return `<tr><th scope="row">${escape(name)} (${contributor.country})</th><td>${contributor.role}${contributor.personnelKind ? `, ${contributor.personnelKind}` : ''}</td>${figures
        .map((figure) => `<td>${about(figure)}</td>`)
        .join(
          '',
        )}<td>${arrival ? `<time datetime="${arrival}">${formatDate(arrival.slice(0, 7), 'en')}</time>` : ''}</td><td>${money}</td><td>${sources(mission, cited)}</td></tr>`;
    });
    return `<div class="mw"><table><caption>Contributing countries</caption><thead><tr><th scope="col">Country</th><th scope="col">Role</th><th scope="col">Deployed</th><th scope="col">Preparing</th><th scope="col">Pledged</th><th scope="col">Since</th><th scope="col">Funding</th><th scope="col">Sources</th></tr></thead><tbody>\n${body.join('\n')}\n</tbody></table></div>`;
  }

  function counter(mission) {
    const { personnelTotal } = helpers;
    const deployed = personnelTotal(mission, 'deployed');
    const pledged = personnelTotal(mission, 'pledged');
    const figure = deployed.approximate
      ? en.about(formatNumber(deployed.count, 'en'))
      : formatNumber(deployed.count, 'en');
    return `<div class="mw"><p class="figure">${figure}</p><p>personnel deployed in ${countryName(mission.host, 'en')}, of ${formatNumber(pledged.count, 'en')} pledged, as of ${formatDate(deployed.date, 'en')}</p>${sources(mission, deployed.sources)}</div>`;
  }

  return { timeline, contributors, counter };
}

/**
 * Every case with its targets. `helpers` is the Node build of the data API (see build.mjs);
 * `entries` the script path of each bundle, `preloads` the chunks each entry imports. Returns `{ files, cases }`: files to serve (pages and
 * datasets), and per case its targets, each with its page and what the probe looks for.
 */
export function buildCases(helpers, entries, { only, preloads = {} } = {}) {
  const files = {};
  // A module entry, with a modulepreload for each chunk it imports, as Vite writes it.
  const moduleScript = (tag) =>
    [
      `<script type="module" src="${entries[tag]}"></script>`,
      ...(preloads[tag] ?? []).map((path) => `<link rel="modulepreload" href="${path}">`),
    ].join('\n');
  const data = (name, mission) => {
    const body = JSON.stringify(mission);
    if (Buffer.byteLength(body) >= helpers.MAX_BYTES) throw new Error(`${name} is over the data size limit`);
    files[`/data/${name}.json`] = body;
    return `/data/${name}.json`;
  };
  const valid = (mission) => helpers.validateMission(mission).data;
  const write = floor(helpers);
  const cases = [];
  const wanted = (id) => !only || only.includes(id);

  for (const count of [12, 1_000, 10_000]) {
    const id = `timeline-${count}`;
    if (!wanted(id)) continue;
    const mission = count === 12 ? SHIPPED : timelineMission(count);
    const src = data(count === 12 ? 'haiti-mss' : `timeline-${count}`, mission);
    const events = helpers.selectEvents(valid(mission));
    const [first, last] = [events[0], events.at(-1)];
    const title = helpers.localText(first.title, 'en', 'en');
    const tlData = data(`timelinejs-${count}`, toTimelineJS(events));
    const heading = `The mission in ${count.toLocaleString('en')} events`;
    const page = (target, html) => {
      files[`/${id}/${target}.html`] = html;
      return `/${id}/${target}.html`;
    };
    cases.push({
      id,
      title: `<event-timeline>, ${count.toLocaleString('en')} events`,
      description:
        `${count === 12 ? 'The shipped dataset' : 'Generated events (1990 to 2024)'} as \`<event-timeline src>\` from its npm entry, ` +
        (count === 12
          ? 'the same over its static HTML (`mission-widgets render`, no room reserved), in its iframe embed (dist/embed.html with the resize script, starting at the height the builder measures for this column), '
          : '') +
        'as static HTML, and in TimelineJS (the same events in its JSON format, its files served from this host, in its ' +
        "documented 600 px container). Content rendered: the first event's title present and visible; all content: the " +
        'last event in the DOM.' +
        (count === 10_000
          ? ' A no-op click on the page 50 ms after navigation, then every 100 ms until all content is in: input delay ' +
            "is from the click's timestamp to the host page's click handler."
          : ''),
      size: { events: count },
      click: count === 10_000,
      dataUrl: src,
      targets: {
        ours: {
          label: '<event-timeline> (npm entry)',
          path: page(
            'ours',
            article({
              title: heading,
              style: RESERVE_CSS,
              head: moduleScript('event-timeline'),
              embed: `<event-timeline src="${src}">${FALLBACK}</event-timeline>`,
            }),
          ),
          first: { host: 'event-timeline', selector: `#event-${first.id} h4`, text: title },
          done: [{ host: 'event-timeline', selector: `#event-${last.id}` }],
        },
        ...(count === 12 && {
          prerendered: {
            label: '<event-timeline> over its static HTML (mission-widgets render)',
            path: page(
              'prerendered',
              // No reserved room: the static HTML is the widget's own size.
              article({
                title: heading,
                head: moduleScript('event-timeline'),
                embed: helpers.staticTimeline,
              }),
            ),
            first: { host: 'event-timeline', selector: `#event-${first.id} h4`, text: title },
            done: [{ host: 'event-timeline', selector: `#event-${last.id}` }],
          },
        }),
        ...(count === 12 && {
          iframe: {
            label: '<event-timeline> in its iframe embed (dist/embed.html and the resize script)',
            path: page(
              'iframe',
              article({ title: heading, embed: frameEmbed('event-timeline', [['src', src]]) }),
            ),
            // The builder measures the widget in the chosen column and writes that height into
            // the snippet: the benchmark measures it in this article's column (run.mjs) and
            // serves the page again with it.
            withHeight: (height) =>
              article({ title: heading, embed: frameEmbed('event-timeline', [['src', src]], height) }),
            first: {
              frame: 'iframe',
              host: 'event-timeline',
              selector: `#event-${first.id} h4`,
              text: title,
            },
            done: [{ frame: 'iframe', host: 'event-timeline', selector: `#event-${last.id}` }],
          },
        }),
        static: {
          label: 'static HTML',
          path: page(
            'static',
            article({ title: heading, style: FLOOR_CSS, embed: write.timeline(valid(mission), events) }),
          ),
          first: { selector: `#event-${first.id} h4`, text: title },
          done: [{ selector: `#event-${last.id}` }],
        },
        timelinejs: {
          label: 'TimelineJS 3.9',
          path: page(
            'timelinejs',
            article({
              title: heading,
              // As Knight Lab's embed instructions have it, served from this host.
              head: `<link rel="stylesheet" href="/tl/css/timeline.css">\n<script src="/tl/js/timeline.js"></script>`,
              embed: `<div id="timeline-embed" style="width:100%;height:600px"></div>
<script>window.timeline = new TL.Timeline('timeline-embed', '${tlData}', { script_path: new URL('/tl/js/', location.href).href });</script>`,
            }),
          ),
          first: { selector: `#event-${first.id} .tl-headline`, text: title },
          done: [{ selector: `#event-${last.id}` }],
        },
      },
    });
  }

  if (wanted('contributors-200')) {
    const mission = contributorMission(200);
    const src = data('contributors-200', mission);
    const heading = 'Who sends people and money: 200 countries';
    files['/contributors-200/ours.html'] = article({
      style: RESERVE_CSS,
      title: heading,
      head: moduleScript('contributor-list'),
      embed: `<contributor-list src="${src}">${FALLBACK}</contributor-list>`,
    });
    files['/contributors-200/static.html'] = article({
      title: heading,
      style: FLOOR_CSS,
      embed: write.contributors(valid(mission)),
    });
    cases.push({
      id: 'contributors-200',
      title: '<contributor-list>, 200 contributors',
      description:
        'Generated contributors as `<contributor-list src>` from its npm entry (a table at this width), and as a static ' +
        'table. Content rendered: the first row visible; all content: the 200th row in the DOM.',
      size: { contributors: 200 },
      dataUrl: src,
      targets: {
        ours: {
          label: '<contributor-list> (npm entry)',
          path: '/contributors-200/ours.html',
          first: { host: 'contributor-list', selector: 'tbody > tr' },
          done: [{ host: 'contributor-list', selector: 'tbody > tr:nth-child(200)' }],
        },
        static: {
          label: 'static HTML',
          path: '/contributors-200/static.html',
          first: { selector: 'tbody > tr' },
          done: [{ selector: 'tbody > tr:nth-child(200)' }],
        },
      },
    });
  }

  const shipped = valid(SHIPPED);
  const shippedEvents = helpers.selectEvents(shipped);
  const rows = SHIPPED.contributors.length;
  for (const count of [1, 100]) {
    const id = `widgets-${count}`;
    if (!wanted(id)) continue;
    const src = data('haiti-mss', SHIPPED);
    // One widget: a troop counter. A hundred: the three kinds in turn, all naming one `src`.
    const kinds = Array.from(
      { length: count },
      (_, i) => ['troop-counter', 'contributor-list', 'event-timeline'][i % 3],
    );
    const tally = (tag) => kinds.filter((kind) => kind === tag).length;
    const heading = count === 1 ? 'One widget in an article' : 'A hundred widgets in one article';
    files[`/${id}/ours.html`] = article({
      title: heading,
      style: RESERVE_CSS,
      head: `<script src="${entries.dropIn}" defer></script>`,
      embed: kinds.map((tag) => `<${tag} src="${src}">${FALLBACK}</${tag}>`).join('\n'),
    });
    files[`/${id}/static.html`] = article({
      title: heading,
      style: FLOOR_CSS,
      embed: kinds
        .map((tag, i) =>
          tag === 'troop-counter'
            ? write.counter(shipped)
            : tag === 'contributor-list'
              ? write.contributors(shipped)
              : write.timeline(shipped, shippedEvents, `w${i}-`),
        )
        .join('\n')
        .concat('<p id="floor-end"></p>'),
    });
    const done = [
      { host: 'troop-counter', selector: '[part~="figure"]', count: tally('troop-counter') },
      {
        host: 'contributor-list',
        selector: `tbody > tr:nth-child(${rows})`,
        count: tally('contributor-list'),
      },
      {
        host: 'event-timeline',
        selector: `#event-${shippedEvents.at(-1).id}`,
        count: tally('event-timeline'),
      },
    ].filter((check) => check.count > 0);
    cases.push({
      id,
      title:
        count === 1 ? 'Drop-in, one <troop-counter>' : 'Drop-in, 100 widgets of the three kinds, one src',
      description:
        (count === 1
          ? 'The drop-in script (`defer`) and one `<troop-counter src>`'
          : 'The drop-in script (`defer`) and 100 widgets (troop counters, contributor lists and timelines in turn), all with the same `src`') +
        ', against the same content as static HTML. Content rendered: the first figure visible; all content: every widget rendered.',
      size: { widgets: count },
      dataUrl: src,
      targets: {
        ours: {
          label: 'drop-in script',
          path: `/${id}/ours.html`,
          first: { host: 'troop-counter', selector: '[part~="figure"]' },
          done,
        },
        static: {
          label: 'static HTML',
          path: `/${id}/static.html`,
          first: { selector: '.figure' },
          done: [{ selector: '#floor-end' }],
        },
      },
    });
  }
  return { files, cases };
}
