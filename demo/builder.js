/**
 * The embed-code builder: the form's choices set the attributes of a live preview element and
 * write the snippet (script tag, element, fallback text from the data). The snippet is only
 * ever text in a textarea.
 */
import { fetchMission, loadDefaultMission } from '../dist/data.js';
import { fallbackText } from './fallback-text.js';
import { ampSnippetText, EMBEDS, frameSnippetText, originOf } from './frame-snippet.js';
import { renderCommandText } from './static-snippet.js';
import { DEFAULTS, integrityValue, snippetText, widgetAttributes, WIDGET_OPTIONS } from './snippet.js';

const OPTION_NAMES = ['country', 'status', 'as-of', 'layout', 'locale', 'theme', 'src'];

const form = document.getElementById('options');
const field = (name) => form.elements.namedItem(name);
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const say = (id, text) => (document.getElementById(id).textContent = text);

/** The validated data behind the chosen data URL, when it loaded. */
let mission;
let integrity = '';
/** The attributes last set on the preview element. */
let applied = new Map();
// Answers to superseded requests are dropped.
let dataRequest = 0;
let hashRequest = 0;

function update() {
  const tag = field('widget').value;
  for (const wrapper of form.querySelectorAll('[data-option]')) {
    wrapper.hidden = !WIDGET_OPTIONS[tag].includes(wrapper.dataset.option);
  }
  const values = Object.fromEntries(OPTION_NAMES.map((name) => [name, field(name).value]));
  const attributes = widgetAttributes(tag, values);
  showPreview(tag, new Map(attributes));
  const embed = field('embed').value;
  for (const wrapper of form.querySelectorAll('[data-embed]'))
    wrapper.hidden = wrapper.dataset.embed !== embed;
  say('embed-hint', EMBEDS[embed]);
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
  };
  if (embed === 'amp') return ampSnippetText(options);
  const parent = originOf(field('parent').value);
  return frameSnippetText({ ...options, parent, resize: embed === 'frame-resize' });
}

/** Updates the preview element's attributes in place (a new element for another widget). */
function showPreview(tag, attributes) {
  let element = preview.firstElementChild;
  if (element?.localName !== tag) {
    element = document.createElement(tag);
    preview.replaceChildren(element);
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
}

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

form.addEventListener('input', ({ target }) => onChange[target.name] || update());
form.addEventListener('change', ({ target }) => onChange[target.name]?.());
form.addEventListener('submit', (event) => event.preventDefault());
document.getElementById('copy').addEventListener('click', copy);

field('script-url').value = new URL('../dist/mission-widgets.js', location.href).href;
update();
loadData();
