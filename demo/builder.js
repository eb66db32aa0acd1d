/**
 * The embed-code builder: the form's choices set the attributes of a live preview element, in an
 * article page of the chosen width (preview.html, same origin), and write the snippet (script
 * tag, element, fallback text from the data). The snippet is only ever text in a textarea.
 */
import { fetchMission, loadDefaultMission } from '../dist/data.js';
import { fallbackText } from './fallback-text.js';
import { ampSnippetText, frameSnippetText, originOf } from './frame-snippet.js';
import { renderCommandText } from './static-snippet.js';
import { DEFAULTS, integrityValue, localAddressProblem, snippetText, widgetAttributes } from './snippet.js';

const form = document.getElementById('options');
const field = (name) => form.elements.namedItem(name);
const frame = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const say = (id, text) => (document.getElementById(id).textContent = text);

/** The validated data behind the chosen data URL, when it loaded. */
let mission;
let integrity = '';
/** The attributes last set on the preview element. */
let applied = new Map();
/** The preview widget's height in its column, in whole pixels (0 before it has rendered). */
let measured = 0;
// Answers to superseded requests are dropped.
let dataRequest = 0;
let hashRequest = 0;

/** The value of each attribute control for `tag` (`data-attribute`), by attribute name. */
function optionValues(tag) {
  const values = {};
  for (const control of form.querySelectorAll('[data-attribute]')) {
    const wrapper = control.closest('[data-widgets]');
    if (wrapper && !wrapper.dataset.widgets.split(' ').includes(tag)) continue;
    const name = control.dataset.attribute;
    if (control.localName === 'fieldset') {
      const ticked = [...control.querySelectorAll('input:checked')].map((box) => box.value);
      values[name] = ticked.join(' ');
    } else values[name] = control.type === 'checkbox' ? control.checked : control.value;
  }
  return values;
}

function update() {
  const tag = field('widget').value;
  for (const wrapper of form.querySelectorAll('[data-widgets]')) {
    wrapper.hidden = !wrapper.dataset.widgets.split(' ').includes(tag);
  }
  const values = optionValues(tag);
  const attributes = widgetAttributes(tag, values);
  showPreview(tag, new Map(attributes));
  const embed = field('embed').value;
  for (const wrapper of form.querySelectorAll('[data-embed]'))
    wrapper.hidden = wrapper.dataset.embed !== embed;
  checkScriptUrl();
  if (embed.startsWith('static')) {
    snippet.value = renderCommandText({ tag, attributes, format: embed === 'static' ? 'dsd' : 'plain' });
    say('copy-status', '');
    return;
  }
  if (embed !== 'script') {
    snippet.value = frameSnippet(embed, tag, attributes);
    say('copy-status', '');
    return;
  }
  snippet.value = snippetText({
    scriptUrl: field('script-url').value.trim(),
    integrity: field('sri').checked ? integrity : '',
    tag,
    attributes,
    fallback: mission ? fallbackText(tag, mission.data, values) : '',
  });
  say('copy-status', '');
}

/** The iframe or amp-iframe snippet, titled with the widget and the mission it shows. */
function frameSnippet(embed, tag, attributes) {
  const name = mission?.data.name;
  const text = typeof name === 'string' ? name : (name?.en ?? Object.values(name ?? {})[0]);
  const widget = field('widget').selectedOptions[0].text.split(':')[0];
  const options = {
    scriptUrl: field('script-url').value.trim(),
    tag,
    attributes,
    title: text ? `${widget}: ${text}` : widget,
    // The frame starts as tall as the widget it will hold, so that the article does not move.
    height: measured || undefined,
  };
  if (embed === 'amp') return ampSnippetText(options);
  const parent = originOf(field('parent').value);
  return frameSnippetText({ ...options, parent, resize: embed === 'frame-resize' });
}

/** Says next to the script field why its address cannot be copied for readers, or nothing. */
function checkScriptUrl() {
  const problem = localAddressProblem(field('script-url').value);
  const input = field('script-url');
  input.setAttribute('aria-invalid', String(Boolean(problem)));
  const status = document.getElementById('script-status');
  if (status.textContent !== problem) status.textContent = problem;
  return problem;
}

/**
 * Updates the preview element's attributes in place (a new element for another widget), inside
 * the preview page once it has loaded: its own document, so that its own copy of the script
 * upgrades it, and its page colours are the host's.
 */
function showPreview(tag, attributes) {
  const slot = frame.contentDocument?.getElementById('slot');
  if (!slot) return;
  let element = slot.firstElementChild;
  if (element?.localName !== tag) {
    element = frame.contentDocument.createElement(tag);
    slot.replaceChildren(element);
    applied = new Map();
  }
  for (const name of applied.keys()) {
    if (attributes.has(name)) continue;
    element.removeAttribute(name);
    // Back to the default, as on an element that never had the attribute.
    if (name in DEFAULTS) element[name] = DEFAULTS[name];
  }
  for (const [name, value] of attributes) element.setAttribute(name, value);
  applied = attributes;
  // In a frame the widget has the embed page's font (src/frame/embed.css), not the article's:
  // the preview shows it so, and measures the height the frame snippets start at in it.
  element.style.fontFamily = /^(frame|amp)/.test(field('embed').value) ? EMBED_FONT : '';
}

const EMBED_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

async function loadData() {
  const request = ++dataRequest;
  const src = field('src').value.trim();
  say('src-status', src ? 'Loading…' : '');
  let loaded;
  let problem = '';
  try {
    loaded = src ? await fetchMission(new URL(src, location.href).href) : await loadDefaultMission();
  } catch (error) {
    problem = error.messages?.slice(0, 4).join('\n') ?? error.message;
  }
  if (request !== dataRequest) return;
  mission = loaded;
  if (loaded && src) {
    const { contributors, events } = loaded.data;
    say('src-status', `Loaded: ${contributors.length} contributors, ${events.length} events.`);
  } else if (!loaded) {
    say('src-status', `This data cannot be used, so the snippet has no fallback text. ${problem}`);
  }
  listCountries();
  update();
}

function listCountries() {
  const select = field('country');
  const chosen = select.value;
  const names = new Intl.DisplayNames(document.documentElement.lang, { type: 'region' });
  const options = (mission?.data.contributors ?? [])
    .map(({ country }) => new Option(`${names.of(country)} (${country})`, country))
    .sort((a, b) => a.text.localeCompare(b.text));
  select.replaceChildren(select.options[0], ...options);
  select.value = options.some((option) => option.value === chosen) ? chosen : '';
}

/** The SHA-384 of the script at the chosen URL, as its server sends it now. */
async function hashScript() {
  const request = ++hashRequest;
  integrity = '';
  say('sri-status', field('sri').checked ? 'Hashing the script…' : '');
  update();
  if (!field('sri').checked) return;
  let hash = '';
  let status;
  try {
    const response = await fetch(field('script-url').value.trim(), { cache: 'no-store' });
    if (!response.ok) throw new Error(`the server answered ${response.status}`);
    hash = integrityValue(await crypto.subtle.digest('SHA-384', await response.arrayBuffer()));
    status = 'Hash of the file at this address, fetched just now: make a new snippet for each new version.';
  } catch (error) {
    status = `Could not fetch the script to hash it (${error.message}), so the snippet has no hash. Its server must send Access-Control-Allow-Origin (CORS) for an integrity hash.`;
  }
  if (request !== hashRequest) return;
  integrity = hash;
  say('sri-status', status);
  update();
}

async function copy() {
  const problem = checkScriptUrl();
  if (problem && !field('embed').value.startsWith('static')) {
    say('copy-status', 'Not copied: the script address is not one readers can load (see above).');
    field('script-url').focus();
    return;
  }
  try {
    await navigator.clipboard.writeText(snippet.value);
    say('copy-status', 'Copied.');
  } catch {
    snippet.focus();
    snippet.select();
    say('copy-status', 'Selected: press Ctrl+C (⌘C on a Mac) to copy.');
  }
}

const onChange = { src: loadData, 'script-url': hashScript, sri: hashScript };

// The script address shows in the snippet as it is typed; its hash is made on change.
form.addEventListener('input', ({ target }) => {
  if (!onChange[target.name] || target.name === 'script-url') update();
});
form.addEventListener('change', ({ target }) => onChange[target.name]?.());
form.addEventListener('submit', (event) => event.preventDefault());
document.getElementById('copy').addEventListener('click', copy);

/** The preview page's width and colours: a real article column of the chosen width, scaled to fit. */
const stage = document.getElementById('stage');
const sizer = document.getElementById('sizer');
const chosen = (name) => document.querySelector(`input[name="${name}"]:checked`).value;

function layoutPreview() {
  const width = Number(chosen('width'));
  const room = stage.clientWidth;
  const scale = Math.min(1, room / width);
  // The page's own height (its root box), not its scroll height, which is never less than the frame.
  const root = frame.contentDocument?.documentElement;
  const height = root ? Math.ceil(root.getBoundingClientRect().height) : 0;
  frame.style.inlineSize = `${width}px`;
  frame.style.blockSize = `${height}px`;
  frame.style.transform = scale < 1 ? `scale(${scale})` : '';
  sizer.style.inlineSize = `${width * scale}px`;
  sizer.style.blockSize = `${height * scale}px`;
  const widget = frame.contentDocument?.querySelector('#slot > *');
  const box = widget?.getBoundingClientRect();
  const tall = box?.height ? Math.ceil(box.height) : 0;
  if (tall !== measured) {
    measured = tall;
    // The frame snippets start at this height: written again with the new one.
    const embed = field('embed').value;
    if (embed.startsWith('frame') || embed === 'amp') {
      const tag = field('widget').value;
      snippet.value = frameSnippet(embed, tag, widgetAttributes(tag, optionValues(tag)));
    }
  }
  // The room to reserve for it in a column of this width (README, "No layout shift").
  say(
    'preview-size',
    box?.height
      ? `In this column: ${Math.round(box.width)} × ${tall} px; reserve min-block-size: ${tall}px.`
      : '\u00a0',
  );
}

function paintHost() {
  frame.contentDocument?.documentElement.classList.toggle('dark', chosen('host') === 'dark');
}

for (const radio of document.querySelectorAll('input[name="width"], input[name="host"]')) {
  radio.addEventListener('change', () => {
    paintHost();
    layoutPreview();
  });
}
new ResizeObserver(layoutPreview).observe(stage);

function previewLoaded() {
  const page = frame.contentDocument;
  if (!page?.getElementById('slot')) return;
  applied = new Map();
  paintHost();
  new ResizeObserver(layoutPreview).observe(page.documentElement);
  update();
}
frame.addEventListener('load', previewLoaded);

/** The versioned jsDelivr address of this build (README, "Hosting"). */
async function defaultScriptUrl() {
  try {
    const { version } = await (await fetch('../dist/mission-widgets.files.json')).json();
    return `https://cdn.jsdelivr.net/npm/mission-widgets@${version}/dist/mission-widgets.js`;
  } catch {
    return '';
  }
}

field('script-url').value = await defaultScriptUrl();
update();
if (frame.contentDocument?.readyState === 'complete') previewLoaded();
loadData();
