/**
 * What an embed page shows, read from its URL: `?widget=event-timeline&src=…&filters`. Only
 * the three widgets and their documented attributes pass; everything else is named in a
 * warning and ignored. Values stay text: the page sets them with `setAttribute`, never as markup.
 */
import { FRAME_ID } from './protocol.js';

/** Each widget's own attributes, as README documents them. */
export const WIDGET_ATTRIBUTES = {
  'troop-counter': ['country', 'status', 'as-of', 'label', 'history', 'casualties'],
  'contributor-list': ['sort', 'country', 'show', 'as-of'],
  'event-timeline': ['layout', 'order', 'from', 'to', 'as-of', 'category', 'filters', 'collapsed'],
} as const;

export type WidgetTag = keyof typeof WIDGET_ATTRIBUTES;

/** The attributes every widget shares. */
export const SHARED_ATTRIBUTES = ['src', 'locale', 'theme', 'refresh', 'loading'] as const;

/** Attributes that are on when present: `&filters`, `&filters=true`; `&filters=false` leaves them off. */
export const BOOLEAN_ATTRIBUTES: ReadonlySet<string> = new Set([
  'history',
  'casualties',
  'filters',
  'collapsed',
]);

/** The embed page's own parameters: which widget, the parent's origin, the frame's id. */
export const PAGE_PARAMETERS = ['widget', 'parent', 'frame'] as const;

export interface EmbedSettings {
  /** The element to create; undefined when `widget` is missing or unknown (see `error`). */
  tag?: WidgetTag;
  /** Attribute name and value pairs, in the order given. */
  attributes: [string, string][];
  /** Where height messages go: the `parent` origin, or `'*'`. */
  targetOrigin: string;
  /** The `frame` parameter, echoed in every height message. */
  frameId: string;
  /** Parameters ignored, each with why. */
  warnings: string[];
  /** Why no widget can be shown. */
  error?: string;
}

const isWidget = (name: string): name is WidgetTag => Object.hasOwn(WIDGET_ATTRIBUTES, name);

/** The origin `value` names (`https://news.example`), or undefined when it names none. */
function originOf(value: string): string | undefined {
  try {
    const url = new URL(value);
    const bare = value.replace(/\/$/, '');
    return /^https?:$/.test(url.protocol) && url.origin === bare ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Reads `location.search` (or any query string) into what the embed page shows. */
export function readEmbedParameters(query: string): EmbedSettings {
  const parameters = new URLSearchParams(query);
  const settings: EmbedSettings = { attributes: [], targetOrigin: '*', frameId: '', warnings: [] };
  const { warnings } = settings;
  const widget = parameters.get('widget') ?? '';
  if (isWidget(widget)) settings.tag = widget;
  else
    settings.error = widget
      ? `"${widget}" is not a widget: use troop-counter, contributor-list or event-timeline`
      : 'the widget parameter is missing: add widget=troop-counter, contributor-list or event-timeline';
  const known = new Set<string>([
    ...SHARED_ATTRIBUTES,
    ...(settings.tag ? WIDGET_ATTRIBUTES[settings.tag] : []),
  ]);
  const seen = new Set<string>();

  for (const [name, value] of parameters) {
    if (seen.has(name)) {
      warnings.push(`${name}: given more than once, the first value is used`);
      continue;
    }
    seen.add(name);
    if (name === 'widget') continue;
    if (name === 'parent') {
      const origin = originOf(value);
      if (origin) settings.targetOrigin = origin;
      else
        warnings.push(
          `parent: "${value}" is not an origin such as https://news.example; messages go to any parent`,
        );
    } else if (name === 'frame') {
      if (FRAME_ID.test(value)) settings.frameId = value;
      else warnings.push('frame: use at most 64 letters, digits, "-" or "_"; ignored');
    } else if (!known.has(name)) {
      warnings.push(
        settings.tag ? `${name}: not an attribute of <${settings.tag}>, ignored` : `${name}: ignored`,
      );
    } else if (BOOLEAN_ATTRIBUTES.has(name)) {
      if (value === '' || value === 'true' || value === name) settings.attributes.push([name, '']);
      else if (value !== 'false') warnings.push(`${name}: "${value}" is neither true nor false, ignored`);
    } else settings.attributes.push([name, value]);
  }
  return settings;
}
