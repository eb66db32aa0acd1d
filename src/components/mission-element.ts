import {
  adoptStyles,
  html,
  LitElement,
  nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
  type CSSResultOrNative,
} from 'lit';
import { dispatchMissionEvent, type MissionWidgetEventDetail } from '../controllers/events.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { MissionController, type MissionStatus } from '../controllers/mission-controller.js';
import { ThemeController, type Theme } from '../controllers/theme-controller.js';
import { afterPaint } from '../scheduling/after-paint.js';
import { updateTurn } from '../scheduling/update-slices.js';
import { VisibilityController } from '../controllers/visibility-controller.js';
import type { LoadedMission } from '../data/load.js';
import type { Source } from '../data/schema.js';
import { common } from '../i18n/common.js';
import { formatDate } from '../i18n/format.js';
import { loadLanguage } from '../i18n/languages.js';
import { localText, messagesFor } from '../i18n/locale.js';
import { base } from '../styles/base.js';
import { attributeProblem, usableLocale } from './attributes.js';
import { isolate } from '../data/isolate.js';
import { tokens } from '../styles/tokens.js';

export type { Theme, MissionWidgetEventDetail };

/**
 * What every mission widget shares: where its data comes from (`src`, inline JSON, or the
 * shipped dataset), its locale and theme, and the loading and error states that keep the
 * publisher's fallback content. Subclasses render the loaded mission.
 *
 * @slot - Fallback content: shown when the script does not run or the data fails, hidden once the widget renders.
 * @csspart root - The widget's content box.
 * @csspart status - The loading or error message.
 * @csspart stale - The note shown while refreshes fail and the last good data stays on screen.
 * @csspart sources - Each list of source links.
 * @fires mission-data-load - The data is loaded and valid; `detail: { origin, warnings }`.
 * @fires mission-data-error - The data could not be loaded or refreshed; `detail: { origin, kind, messages }`.
 * @fires mission-widget-view - The first time the widget is at least half visible; `detail: { widget, action }`.
 * @fires mission-widget-interact - A reader's action (source link, filter, expand); `detail: { widget, action, … }`.
 */
export abstract class MissionElement extends LitElement {
  // Reactive properties are declared here and in each widget's `static properties`, not with
  // `@property()`: Lit's decorator code would cost the drop-in about 440 B gzip.
  static override properties: PropertyDeclarations = {
    src: {},
    locale: {},
    theme: { reflect: true },
    refresh: { type: Number },
  };

  static override styles = [tokens, base];

  /** URL of a mission JSON document; without it, inline JSON or the shipped dataset. */
  src?: string;

  /** BCP 47 locale; defaults to the nearest `lang` attribute, then the browser's language. */
  locale?: string;

  /** `auto`: the page's own colours, dark only when the page is; `light` or `dark`: the widget's own box. */
  theme: Theme = 'auto';

  /** Seconds between checks of `src` for a new version (at least 15); no polling when absent. */
  refresh?: number;

  protected readonly data = new MissionController(this);
  protected readonly localeController = new LocaleController(this, () => this.data.mission?.data.language);
  protected readonly themeController = new ThemeController(this);
  protected readonly visibility = new VisibilityController(this, () =>
    this.report('mission-widget-view', 'view'),
  );

  constructor() {
    super();
    // A reader following a source link is an interaction the publisher may want to count.
    this.addEventListener('click', (event) => {
      const link = event
        .composedPath()
        .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
      if (link && this.renderRoot.contains(link))
        this.report('mission-widget-interact', 'source', { url: link.href });
    });
  }

  /**
   * Moved into another document (a same-origin iframe, and back): the browser drops adopted
   * style sheets made in another document, so the widget adopts its styles again, as sheets of
   * the new document's own window. Without them, visually hidden text would show.
   */
  adoptedCallback(): void {
    const root = this.renderRoot;
    if (!(root instanceof ShadowRoot) || !('adoptedStyleSheets' in root)) return;
    const styles = (this.constructor as typeof LitElement).elementStyles;
    const view = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    if (this.ownerDocument === document) adoptStyles(root, styles);
    else if (view?.CSSStyleSheet) root.adoptedStyleSheets = styles.map((style) => sheetIn(view, style));
  }

  /** Tells the publisher's own analytics what happened; nothing is sent anywhere by us. */
  protected report(
    type: 'mission-widget-view' | 'mission-widget-interact',
    action: string,
    extra: Record<string, unknown> = {},
  ): void {
    dispatchMissionEvent(this, type, { widget: this.localName, action, ...extra });
  }

  /** What screen readers hear once after a refresh brought a new version (polite, never on first render). */
  private refreshAnnouncement = '';
  private shownMission?: LoadedMission;
  /** The widget's interface strings while they load (a language other than English, first time). */
  private language?: Promise<void>;

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.readAttributes();
    const language = loadLanguage(this.resolvedLocale);
    if (language !== this.language) {
      this.language = language;
      void language?.then(() => {
        if (this.language === language) this.language = undefined;
        this.requestUpdate();
      });
    }
    const { mission } = this.data;
    if (mission === this.shownMission) return;
    const previous = this.shownMission;
    this.shownMission = mission;
    this.refreshAnnouncement =
      previous && mission && previous.origin === mission.origin ? this.announce(previous, mission) : '';
  }

  private readonly warnedAttributes = new Set<string>();

  /**
   * Every attribute read one way in every widget (./attributes.ts): padded values trimmed, an
   * unusable `locale` read as absent, and a console warning, once, for each value that cannot be used.
   */
  private readAttributes(): void {
    const type = this.constructor as typeof LitElement;
    const self = this as unknown as Record<PropertyKey, unknown>;
    for (const [property, options] of type.elementProperties) {
      const value = self[property];
      if (!options.state && typeof value === 'string' && value !== value.trim())
        self[property] = value.trim();
    }
    if (!usableLocale(this.locale)) this.locale = undefined;
    for (const name of type.observedAttributes) {
      const line = attributeProblem(this.localName, name, this.getAttribute(name));
      if (line && !this.warnedAttributes.has(line)) {
        this.warnedAttributes.add(line);
        console.warn(line);
      }
    }
  }

  /**
   * The sentence announced when a refresh replaces `previous` with `next`; a widget that has a
   * better sentence, or its own live region, overrides it.
   */
  protected announce(_previous: LoadedMission, next: LoadedMission): string {
    return this.common.updated(formatDate(next.data.updated, this.resolvedLocale));
  }

  /** The resolved locale used for text and `Intl`. */
  protected get resolvedLocale(): string {
    return this.localeController.locale;
  }

  protected get common() {
    return messagesFor(common, this.resolvedLocale);
  }

  /** A data text in the widget's locale, isolated from the widget's own words around it. */
  protected text(value: Parameters<typeof localText>[0]): string {
    return isolate(localText(value, this.localeController.requested, this.data.mission?.data.language));
  }

  /** What the widget shows: `pending` until both its data and its language's strings are there. */
  protected get state(): MissionStatus {
    return this.language && this.data.status === 'complete' ? 'pending' : this.data.status;
  }

  /**
   * Static HTML from `mission-widgets render` (a declarative shadow root): it stays on screen
   * while the data and strings load, and as the fallback when they fail; the first complete
   * render replaces it in the same task, so the reader sees no loading state and no jump.
   */
  private prerendered: ChildNode[] = [];

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const prerendered = this.shadowRoot ? [...this.shadowRoot.childNodes] : [];
    const root = super.createRenderRoot();
    if (prerendered.length) {
      this.prerendered = prerendered;
      // Lit would render before the first static node, which is removed on taking over.
      this.renderOptions.renderBefore = null;
    }
    return root;
  }

  /**
   * Whether static HTML is still on screen: what renders until it is replaced renders whole and
   * still (no progressive list, no count-up), so that replacing it moves nothing.
   */
  protected get takingOver(): boolean {
    return this.prerendered.length > 0;
  }

  private staticPainted = false;

  protected override update(changed: PropertyValues<this>): void {
    if (this.takingOver && this.state === 'complete') {
      for (const node of this.prerendered) node.remove();
      this.prerendered = [];
    }
    super.update(changed);
  }

  override render(): TemplateResult {
    const { state } = this;
    if (this.prerendered.length) return html``;
    return html`<div class="root" part="root" data-state=${state}>
      ${this.renderState(state, this.data.mission)}
    </div>`;
  }

  private renderState(status: MissionStatus, mission?: LoadedMission): TemplateResult {
    if (status === 'complete' && mission) {
      return html`${this.renderMission(mission)}
        <p class="visually-hidden" aria-live="polite">${this.refreshAnnouncement}</p>
        ${
          this.data.refreshState.failing
            ? html`<p class="muted" part="stale">
                ${this.common.stale(formatDate(mission.data.updated, this.resolvedLocale))}
              </p>`
            : nothing
        }`;
    }
    if (status === 'error') {
      return html`<p class="status" part="status">${this.common.unavailable}</p>
        <slot></slot>`;
    }
    return html`<p class="status" part="status">${this.common.loading}</p>`;
  }

  /** Many widgets on a page take turns, so that their updates never make one long task. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    // Static HTML needs nothing urgent: the browser paints it before the widget's first work.
    if (this.takingOver && !this.staticPainted) {
      this.staticPainted = true;
      return afterPaint().then(() => this.scheduleUpdate());
    }
    const turn = updateTurn();
    return turn ? turn.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Resolves once everything is in the DOM: a long list renders over several frames. */
  protected get rendered(): Promise<void> {
    return Promise.resolve();
  }

  /** `updateComplete` waits for every item of a long list, not only the first ones. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // Strings in another language arrive in their own module, and render once more.
    while (this.language) {
      await this.language;
      result = await super.getUpdateComplete();
    }
    await this.rendered;
    return result;
  }

  protected abstract renderMission(mission: LoadedMission): TemplateResult;

  /** Links to the cited sources, in order, skipping unknown ids. */
  protected renderSources(ids: readonly string[]): TemplateResult | typeof nothing {
    const sources = ids
      .map((id) => this.data.mission?.data.sources.find((source) => source.id === id))
      .filter((source): source is Source => source !== undefined);
    if (!sources.length) return nothing;
    return html`<ul class="sources" part="sources">
      ${sources.map(
        (source) =>
          html`<li>
            <a href=${source.url} rel="noopener noreferrer" title=${this.text(source.title)}
              >${this.common.source(isolate(source.publisher), source.date && formatDate(source.date, this.resolvedLocale))}</a
            >
          </li>`,
      )}
    </ul>`;
  }
}

/** Each style's copy made in another window, made once per window. */
const copies = new WeakMap<Window, Map<CSSResultOrNative, CSSStyleSheet>>();
function sheetIn(view: Window & typeof globalThis, style: CSSResultOrNative): CSSStyleSheet {
  let made = copies.get(view);
  if (!made) copies.set(view, (made = new Map()));
  let sheet = made.get(style);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    const text =
      style instanceof CSSStyleSheet
        ? [...style.cssRules].map((rule) => rule.cssText).join('\n')
        : (style as { cssText: string }).cssText;
    sheet.replaceSync(text);
    made.set(style, sheet);
  }
  return sheet;
}
