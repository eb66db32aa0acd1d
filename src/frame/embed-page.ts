/**
 * The script of dist/embed.html: one widget from the page's URL, and its height told to the
 * framing page. It runs after the drop-in (both `defer`), so the element upgrades as it is made.
 */
import { readEmbedParameters } from './params.js';
import { inAmpFrame } from './protocol.js';
import { reportHeight, reportReady } from './report-height.js';

const TITLES = {
  'troop-counter': 'Troop counter',
  'contributor-list': 'Contributor list',
  'event-timeline': 'Event timeline',
};

const settings = readEmbedParameters(location.search);
for (const warning of settings.warnings) console.warn(`mission-widgets embed: ${warning}`);

const slot = document.getElementById('widget') ?? document.body;
let widget: HTMLElement | undefined;
if (settings.tag) {
  widget = document.createElement(settings.tag);
  for (const [name, value] of settings.attributes) widget.setAttribute(name, value);
  slot.replaceChildren(widget);
  document.title = `${TITLES[settings.tag]} · mission-widgets`;
} else {
  console.error(`mission-widgets embed: ${settings.error}.`);
  const message = document.createElement('p');
  message.className = 'problem';
  message.textContent = 'This graphic is not available.';
  slot.replaceChildren(message);
}

// The page's language: the widget's locale when it is a language tag, else the reader's own.
const locale = settings.attributes.find(([name]) => name === 'locale')?.[1] ?? '';
let lang = navigator.language || 'en';
try {
  [lang = lang] = Intl.getCanonicalLocales(locale || lang);
} catch {
  console.warn(`mission-widgets embed: locale: "${locale}" is not a language tag`);
}
document.documentElement.lang = lang;

/**
 * Heights are told once the widget has rendered its data (or its error), not before: until then
 * the frame keeps the height its snippet gives, the builder's measure of the widget, where the
 * empty page or the loading state would make it collapse and grow again, moving the article.
 */
function whenRendered(element: HTMLElement | undefined, then: () => void): void {
  if (!element) return then();
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    const rendered = (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
    if (rendered) void rendered.then(then);
    else then();
  };
  element.addEventListener('mission-data-load', start, { once: true });
  element.addEventListener('mission-data-error', start, { once: true });
}

if (window.parent !== window) {
  const amp = inAmpFrame(location.hash);
  whenRendered(widget, () =>
    reportHeight(document.documentElement, { parent: window.parent, ...settings, amp }),
  );
  if (amp && widget) reportReady(widget, window.parent);
}
