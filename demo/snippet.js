/**
 * The embed snippet as text: the script tag, the element with the chosen attributes, and its
 * fallback. Pure functions (no DOM), so that Node tests them as they are.
 */

/** Each widget's attributes the builder offers, in snippet order, with their defaults. */
export const WIDGET_OPTIONS = {
  'troop-counter': ['country', 'status', 'as-of'],
  'contributor-list': ['country', 'as-of'],
  'event-timeline': ['layout', 'as-of'],
};
export const SHARED_OPTIONS = ['locale', 'theme', 'src'];
export const DEFAULTS = { status: 'deployed', layout: 'vertical', theme: 'auto' };

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a double-quoted attribute. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * The attributes to write for a widget: its own options, then the shared ones, leaving out what
 * is empty or the default.
 */
export function widgetAttributes(tag, values) {
  const names = [...(WIDGET_OPTIONS[tag] ?? []), ...SHARED_OPTIONS];
  return names
    .map((name) => [name, (values[name] ?? '').trim()])
    .filter(([name, value]) => value !== '' && value !== DEFAULTS[name]);
}

/** `sha384-…` from a SHA-384 digest, as the `integrity` attribute expects it. */
export function integrityValue(digest) {
  const bytes = new Uint8Array(digest);
  return `sha384-${btoa(String.fromCharCode(...bytes))}`;
}

/** The whole snippet: script tag, element, fallback paragraph. */
export function snippetText({ scriptUrl, integrity, tag, attributes, fallback }) {
  const scriptAttributes = [['src', scriptUrl]];
  if (integrity) scriptAttributes.push(['integrity', integrity], ['crossorigin', 'anonymous']);
  const script = `<script ${attributeText(scriptAttributes)} defer></script>`;
  const open = attributes.length ? `<${tag} ${attributeText(attributes)}>` : `<${tag}>`;
  const body = fallback ? `\n  <p>${escapeHtml(fallback)}</p>\n` : '';
  return `${script}\n${open}${body}</${tag}>\n`;
}

const attributeText = (pairs) => pairs.map(([name, value]) => `${name}="${escapeHtml(value)}"`).join(' ');
