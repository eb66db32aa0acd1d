/// <reference types="node" />
/**
 * Static HTML of a widget, rendered in Node by Lit's own server renderer from the same element
 * classes, views and templates the browser runs: the words, figures, sources and languages are
 * the live widget's, and every redesign of a template reaches the static output by itself.
 */
import './dom-shim.js';
import { render as renderLit } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, type TemplateResult } from 'lit';
import { ContributorList } from '../components/contributor-list.js';
import { EventTimeline } from '../components/event-timeline.js';
import type { MissionController } from '../controllers/mission-controller.js';
import { loadCounterHistory, TroopCounter } from '../components/troop-counter.js';
import type { LoadedMission } from '../data/load.js';
import { ContainerWidthController } from '../controllers/container-width-controller.js';
import { loadLanguage } from '../i18n/languages.js';
import { plainHtml } from './plain.js';
import { responsiveMarkup } from './responsive.js';

export const WIDGETS = ['troop-counter', 'contributor-list', 'event-timeline'] as const;
export type WidgetName = (typeof WIDGETS)[number];

/** What a static embed is for: `dsd` for pages (the script takes over), `plain` for newsletters, RSS and apps. */
export type StaticFormat = 'dsd' | 'plain';

/** The mission the next server-side element shows (the renderer constructs elements itself). */
let current: LoadedMission | undefined;

/** Hands the mission to a server-side element: on the server nothing is fetched. */
function preload(data: MissionController): void {
  if (!current) return;
  data.mission = current;
  data.status = 'complete';
}

// The widgets' own classes, given their data up front.
class ServerCounter extends TroopCounter {
  constructor() {
    super();
    preload(this.data);
  }
}
class ServerList extends ContributorList {
  constructor() {
    super();
    preload(this.data);
  }
}
class ServerTimeline extends EventTimeline {
  constructor() {
    super();
    preload(this.data);
  }
}
const SERVER_CLASSES: Record<WidgetName, typeof ServerCounter | typeof ServerList | typeof ServerTimeline> = {
  'troop-counter': ServerCounter,
  'contributor-list': ServerList,
  'event-timeline': ServerTimeline,
};
for (const [name, widget] of Object.entries(SERVER_CLASSES)) {
  if (!customElements.get(name)) customElements.define(name, widget);
}

/**
 * The styles a widget's class writes into its static HTML. A counter's history adds its own to
 * them once it shows a chart (as in a browser, for the counters made after it): on a server that
 * renders many widgets, the addition must end with the widget that made it.
 */
function classStyles(name: WidgetName): unknown[] {
  const widget = SERVER_CLASSES[name];
  void widget.observedAttributes; // Lit makes a class's styles when this is first read.
  return widget.elementStyles;
}

const ATTRIBUTE = /^[a-z][a-z0-9-]*$/;

/**
 * `<name a="…" b="…"></name>` as a Lit template. Lit accepts only literal template strings,
 * so that no data can become markup: the names here are checked against a closed pattern, and
 * every value is a binding, escaped by the renderer.
 */
function elementTemplate(name: WidgetName, attributes: Record<string, string>): TemplateResult {
  const names = Object.keys(attributes);
  for (const attribute of names) {
    if (!ATTRIBUTE.test(attribute)) throw new Error(`not an attribute name: ${JSON.stringify(attribute)}`);
  }
  const strings = names.length
    ? [`<${name} ${names[0]}=`, ...names.slice(1).map((attribute) => ` ${attribute}=`), `></${name}>`]
    : [`<${name}></${name}>`];
  const literal = Object.assign(strings, { raw: strings }) as unknown as TemplateStringsArray;
  return html(literal, ...names.map((attribute) => attributes[attribute]));
}

export interface StaticOptions {
  /** The widget's attributes, as on the live element (`locale`, `as-of`, `filters`…). */
  attributes?: Record<string, string>;
  /** `dsd` (default): a declarative shadow root the script takes over; `plain`: light HTML only. */
  format?: StaticFormat;
  /**
   * The dataset as JSON text, put inside the element for the script to read (`dsd` only):
   * without it and without `src`, the live widget shows the shipped dataset.
   */
  inlineJson?: string;
  /**
   * `plain` only: the contributor list's table (for columns 48rem wide or more, 30rem with only
   * the personnel or the funding) instead of its cards. The `dsd` format holds both, each shown
   * by a container query, as the live widget does.
   */
  wide?: boolean;
}

/** The attributes a widget reads, as the browser would observe them. */
export function attributesOf(name: WidgetName): string[] {
  return [
    ...((SERVER_CLASSES[name] as unknown as { observedAttributes: string[] }).observedAttributes ?? []),
  ];
}

/** Lit's hydration markers: this output is taken over by the widget itself, not by `hydrate()`. */
const MARKERS = /<!--\/?lit-part[^>]*-->|<!--lit-node \d+-->|<\?[^>]*>/g;

/**
 * The static HTML of a widget showing `mission`. Every text is escaped by Lit's renderer, the
 * links are the validated http(s) sources: data never becomes markup.
 */
export async function renderStatic(
  name: WidgetName,
  mission: LoadedMission,
  options: StaticOptions = {},
): Promise<string> {
  const { format = 'dsd', wide = false } = options;
  const attributes: Record<string, string> = { locale: mission.data.language ?? 'en', ...options.attributes };
  // Buttons that need the script would do nothing in a newsletter.
  if (format === 'plain') delete attributes.filters;
  await loadLanguage(attributes.locale);
  await loadCounterHistory();
  const once = (inWide: boolean) => {
    const styles = classStyles(name);
    const kept = styles.length;
    current = mission;
    ContainerWidthController.serverWide = inWide;
    ContainerWidthController.serverAsked = undefined;
    try {
      return collectResultSync(renderLit(elementTemplate(name, attributes))).replace(MARKERS, '');
    } finally {
      styles.length = kept;
      current = undefined;
      ContainerWidthController.serverWide = false;
    }
  };
  if (format === 'plain') return plainHtml(name, once(wide), attributes.locale);
  // For a page, both layouts of a widget that has two, each shown by a container query.
  let markup = once(false);
  const threshold = ContainerWidthController.serverAsked;
  if (threshold !== undefined) markup = responsiveMarkup(name, markup, once(true), threshold);
  const json = options.inlineJson === undefined ? '' : inlineScript(options.inlineJson);
  return `${markup.slice(0, -`</${name}>`.length)}${json}</${name}>\n`;
}

/** JSON inside a script element: `<` escaped, so that no `</script>` in a text can end it. */
function inlineScript(json: string): string {
  return `<script type="application/json">${JSON.stringify(JSON.parse(json)).replace(/</g, '\\u003c')}</script>`;
}
