/**
 * The iframe and amp-iframe snippets (README, "Embedding without a script"): the embed page
 * beside the script, with the widget's attributes as URL parameters. Pure functions (no DOM),
 * so that Node tests them as they are.
 */
import { escapeHtml } from './snippet.js';

/** A height that shows most of each widget when the frame cannot follow its content. */
export const FRAME_HEIGHTS = { 'troop-counter': 420, 'contributor-list': 640, 'event-timeline': 640 };

/** AMP ignores a height below this (src/frame/protocol.ts, AMP_MIN_HEIGHT). */
const AMP_MIN_HEIGHT = 100;

/**
 * The height a frame that follows its content starts at: the widget's own, as the builder
 * measured it in the chosen column (a whole number of pixels), so that the page does not move
 * when the frame takes its content's height; without a measure, the widget's usual height.
 */
export function startHeight(tag, measured) {
  return Number.isInteger(measured) && measured > 0 && measured <= 100_000 ? measured : FRAME_HEIGHTS[tag];
}

const SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';
const NAMES = {
  'troop-counter': 'Troop counter',
  'contributor-list': 'Contributor list',
  'event-timeline': 'Event timeline',
};

/** The origin of an address (`https://news.example/2024/story` → `https://news.example`), or ''. */
export function originOf(address) {
  try {
    const url = new URL(address.trim());
    return /^https?:$/.test(url.protocol) ? url.origin : '';
  } catch {
    return '';
  }
}

/**
 * The script's address as a base for the files beside it. An address that does not parse yet
 * (typed half-way: "http:", "http:/") stands for the placeholder CDN instead of throwing; the
 * builder says what is wrong with it beside the field.
 */
function scriptBase(scriptUrl) {
  try {
    return new URL(scriptUrl, 'https://cdn.example/');
  } catch {
    return new URL('https://cdn.example/');
  }
}

/** embed.html beside the script, showing `tag` with `attributes` (name, value pairs). */
export function embedPageUrl(scriptUrl, tag, attributes, { parent = '', amp = false } = {}) {
  const url = new URL('embed.html', scriptBase(scriptUrl));
  url.search = new URLSearchParams([['widget', tag], ...attributes]).toString();
  // AMP pages live on caches' origins: no parent origin there.
  if (parent && !amp) url.searchParams.set('parent', parent);
  return url.href;
}

/**
 * The iframe snippet, with the resize script after it when `resize`; it then starts at
 * `height` (the builder's measure of the widget), which a frame that cannot follow its content
 * does not take: a reader's narrower column would cut it.
 */
export function frameSnippetText({ scriptUrl, tag, attributes, title, parent = '', resize, height }) {
  const src = embedPageUrl(scriptUrl, tag, attributes, { parent: resize ? parent : '' });
  const label = title || NAMES[tag];
  const frame = [
    '<iframe',
    ...(resize ? ['  data-mission-widget'] : []),
    `  title="${escapeHtml(label)}"`,
    `  src="${escapeHtml(src)}"`,
    '  width="100%"',
    `  height="${resize ? startHeight(tag, height) : FRAME_HEIGHTS[tag]}"`,
    '  loading="lazy"',
    `  sandbox="${SANDBOX}"`,
    '  style="display: block; border: 0"',
    '></iframe>',
  ].join('\n');
  if (!resize) return `${frame}\n`;
  const script = new URL('mission-widgets-frame.js', scriptBase(scriptUrl)).href;
  return `${frame}\n<script src="${escapeHtml(script)}" defer></script>\n`;
}

/**
 * The amp-iframe snippet: the extension script for the head, then the element, starting at
 * `height` (the builder's measure; AMP refuses to resize a frame in view, and below 100 px).
 */
export function ampSnippetText({ scriptUrl, tag, attributes, title, height }) {
  const src = embedPageUrl(scriptUrl, tag, attributes, { amp: true });
  const name = NAMES[tag].toLowerCase();
  return [
    '<!-- In the page’s <head>, once: -->',
    '<script async custom-element="amp-iframe" src="https://cdn.ampproject.org/v0/amp-iframe-0.1.js"></script>',
    '',
    '<amp-iframe',
    `  title="${escapeHtml(title || NAMES[tag])}"`,
    `  src="${escapeHtml(src)}"`,
    '  layout="fixed-height"',
    `  height="${Math.max(AMP_MIN_HEIGHT, startHeight(tag, height))}"`,
    `  sandbox="${SANDBOX}"`,
    '  frameborder="0"',
    '  resizable',
    '>',
    `  <p placeholder>Loading the ${name}…</p>`,
    `  <button overflow type="button">Show the whole ${name}</button>`,
    '</amp-iframe>',
    '',
  ].join('\n');
}
