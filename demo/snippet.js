/**
 * The embed snippet as text: the script tag, the element with the chosen attributes, and its
 * fallback. Pure functions (no DOM), so that Node tests them as they are.
 */

/** Each widget's attributes the builder offers, in snippet order, with their defaults. */
export const WIDGET_OPTIONS = {
  'troop-counter': ['country', 'status', 'as-of', 'label', 'history', 'casualties'],
  'contributor-list': ['country', 'sort', 'show', 'as-of'],
  'event-timeline': ['layout', 'order', 'from', 'to', 'as-of', 'category', 'filters', 'collapsed'],
};
export const SHARED_OPTIONS = ['locale', 'theme', 'src', 'refresh', 'loading'];
export const DEFAULTS = {
  status: 'deployed',
  layout: 'vertical',
  theme: 'auto',
  sort: 'personnel',
  show: 'all',
  order: 'asc',
  loading: 'eager',
};

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe inside an element or a double-quoted attribute. */
export function escapeHtml(text) {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/**
 * The attributes to write for a widget: its own options, then the shared ones, leaving out what
 * is empty or the default. A boolean option is `true` (written bare: `history`) or `false`.
 */
export function widgetAttributes(tag, values) {
  const names = [...(WIDGET_OPTIONS[tag] ?? []), ...SHARED_OPTIONS];
  return names
    .map((name) => {
      const value = values[name];
      if (typeof value === 'boolean') return [name, value ? '' : undefined];
      return [name, (value ?? '').trim().replace(/\s+/g, ' ') || undefined];
    })
    .filter(([name, value]) => value !== undefined && value !== DEFAULTS[name]);
}

/**
 * Why readers could not load a script from `address`, or '' when they can: a relative path, a
 * file, or a host on the editor's own machine or private network works in the editor's browser
 * only, so every reader would see the fallback.
 */
export function localAddressProblem(address) {
  const text = address.trim();
  if (!text) return 'Give the full https:// address where readers’ browsers load the script.';
  let url;
  try {
    url = new URL(text);
  } catch {
    return 'This is a relative path: it works on this server only. Give the full https:// address readers load the script from.';
  }
  if (url.protocol === 'file:')
    return 'A file: address is a file on your computer; readers cannot load it. Give the https:// address where it is hosted.';
  if (!/^https?:$/.test(url.protocol)) return 'The script address must start with https://.';
  const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (isLocalHost(host))
    return `${url.host} is your own computer or private network: readers’ browsers cannot reach it, and would see only the fallback. Give a public address, such as jsDelivr’s.`;
  return '';
}

function isLocalHost(host) {
  if (host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return true;
  if (host.endsWith('.internal') || host.endsWith('.lan') || host.endsWith('.home.arpa')) return true;
  if (host.includes(':')) {
    // IPv6: loopback, unspecified, unique local (fc00::/7), link-local (fe80::/10), IPv4-mapped.
    if (host === '::1' || host === '::') return true;
    if (/^f[cd][0-9a-f]{2}:/.test(host) || /^fe[89ab][0-9a-f]:/.test(host)) return true;
    const mapped = /^::ffff:(.+)$/.exec(host);
    if (!mapped) return false;
    const tail = mapped[1];
    if (tail.includes('.')) return isLocalHost(tail);
    // The URL parser writes ::ffff:127.0.0.1 as ::ffff:7f00:1.
    const [high, low] = tail.split(':').map((part) => parseInt(part, 16));
    return isLocalHost([high >> 8, high & 255, low >> 8, low & 255].join('.'));
  }
  const parts = host.split('.').map(Number);
  if (parts.length !== 4 || parts.some((part) => !Number.isInteger(part))) return false;
  const [a, b] = parts;
  return (
    a === 127 ||
    a === 10 ||
    a === 0 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127)
  );
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

/** `name="value"` pairs; an empty value (a boolean attribute) is written bare. */
const attributeText = (pairs) =>
  pairs.map(([name, value]) => (value === '' ? name : `${name}="${escapeHtml(value)}"`)).join(' ');
