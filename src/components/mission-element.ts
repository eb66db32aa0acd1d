import {
  html,
  LitElement,
  type nothing,
  type PropertyValues,
  type TemplateResult,
  type PropertyDeclarations,
} from 'lit';
import { dispatchMissionEvent, type MissionWidgetEventDetail } from '../controllers/events.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { ViewController } from '../controllers/view-controller.js';
import { languagePack } from '../i18n/languages.js';
import { MissionController, type MissionStatus } from '../controllers/mission-controller.js';
import { ThemeController, type Theme } from '../controllers/theme-controller.js';
import { afterPaint } from '../scheduling/after-paint.js';
import { laterTurn, updateTurn } from '../scheduling/update-slices.js';
import { warmUp } from '../i18n/warm-up.js';
import { VisibilityController } from '../controllers/visibility-controller.js';
import type { LoadedMission } from '../data/load.js';
import type { MissionData, Source } from '../data/schema.js';
import { common, statusMessages } from '../i18n/common.js';
import { formatDate } from '../i18n/format.js';
import { localText, messagesFor } from '../i18n/locale.js';
import { base } from '../styles/base.js';
import { adoptStylesAgain } from './adopted-styles.js';
import { readAttributes, type Checks } from './attributes.js';
import { root, shown, sourceList, status } from './mission-element.parts.js';
import { isolate } from '../data/isolate.js';
import { tokens } from '../styles/tokens.js';

export type { Theme, MissionWidgetEventDetail };

/** A widget's view controller (`viewOf`): the mission, the locale and its language pack, then the widget's settings. */
export type MissionView<View> = ViewController<[unknown, unknown, unknown, ...unknown[]], View | undefined>;

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
    loading: {},
  };

  static override styles = [tokens, base];

  /** The checks of the widget's own attribute values (./attributes.ts has those all widgets share). */
  static checks: Checks = {};

  /** URL of a mission JSON document; without it, inline JSON or the shipped dataset. */
  src?: string;

  /** BCP 47 locale; defaults to the nearest `lang` attribute, then the browser's language. */
  locale?: string;

  /** `auto`: the page's own colours, dark only when the page is; `light` or `dark`: the widget's own box. */
  theme: Theme = 'auto';

  /** Seconds between checks of `src` for a new version (at least 15); no polling when absent. */
  refresh?: number;

  /** `lazy`: load and render only once near the viewport (or printed), showing the fallback until then; `eager` (default): at once. */
  loading?: 'eager' | 'lazy';

  /** `loading="lazy"` only: set once the widget has come near the viewport (`whenNear`). */
  private near = false;
  protected readonly data = new MissionController(this);
  protected readonly localeController = new LocaleController(this, () => this.data.mission?.data.language);

  constructor() {
    super();
    new ThemeController(this);
    new VisibilityController(this, () => this.report('mission-widget-view', 'view'));
    // A reader following a source link is an interaction the publisher may want to count.
    this.addEventListener('click', (event) => {
      const link = event
        .composedPath()
        .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
      if (link && this.renderRoot.contains(link))
        this.report('mission-widget-interact', 'source', { url: link.href });
    });
  }

  /** Moved into another document (a same-origin iframe): its styles are adopted there again. */
  adoptedCallback(): void {
    adoptStylesAgain(this);
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
  // Every attribute read one way in every widget (./attributes.ts); each unusable value warned of once.
  private readonly warnedAttributes = new Set<string>();

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    readAttributes(this, this.warnedAttributes, (this.constructor as typeof MissionElement).checks);
    this.localeController.load();
    const { mission } = this.data;
    if (mission === this.shownMission) return;
    const previous = this.shownMission;
    this.shownMission = mission;
    this.refreshAnnouncement =
      previous && mission && previous.origin === mission.origin ? this.announce(previous, mission) : '';
  }

  /**
   * The sentence announced when a refresh replaces `previous` with `next`; a widget that has a
   * better sentence, or its own live region, overrides it.
   */
  protected announce(_previous: LoadedMission, next: LoadedMission): string {
    return this.common.updated(formatDate(next.data.updated, this.resolvedLocale));
  }

  /**
   * The widget's view, `compute(data, settings)` with the locale and these properties as its
   * settings: computed again only when the mission, the locale, its language pack (which brings
   * new words, country names among them) or one of the properties changed; `undefined` without data.
   */
  protected viewOf<Key extends keyof this, View>(
    keys: readonly Key[],
    compute: (data: MissionData, settings: Pick<this, Key> & { locale: string }) => View,
  ): MissionView<View> {
    const view = new ViewController<[unknown, unknown, unknown, ...unknown[]], View | undefined>(
      this,
      () => {
        const locale = this.resolvedLocale;
        return [this.data.mission?.data, locale, languagePack(locale), ...keys.map((key) => this[key])];
      },
      (data, locale, _pack, ...values) => {
        const settings: Record<PropertyKey, unknown> = { locale };
        keys.forEach((key, i) => (settings[key] = values[i]));
        return data
          ? compute(data as MissionData, settings as Pick<this, Key> & { locale: string })
          : undefined;
      },
    );
    this.viewControllers.push(view);
    return view;
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
    return this.localeController.loading && this.data.status === 'complete' ? 'pending' : this.data.status;
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
    } else if (this.getAttribute('loading')?.trim() === 'lazy') {
      // Until its data is there, a lazy widget shows the publisher's fallback, not a loading state.
      root.append((this.placeholder = document.createElement('slot')));
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
  private readonly viewControllers: MissionView<unknown>[] = [];
  private placeholder?: HTMLSlotElement;

  protected override update(changed: PropertyValues<this>): void {
    if (this.takingOver && this.state === 'complete') {
      for (const node of this.prerendered) node.remove();
      this.prerendered = [];
    }
    if (this.state !== 'pending') this.placeholder = void this.placeholder?.remove();
    super.update(changed);
  }

  override render(): TemplateResult {
    const { state, common } = this;
    const { mission, failing } = this.data;
    if (this.prerendered.length || this.placeholder) return html``;
    return root(
      state,
      state === 'complete' && mission
        ? shown(
            this.renderMission(mission),
            this.refreshAnnouncement,
            failing && common.stale(formatDate(mission.data.updated, this.resolvedLocale)),
          )
        : status(state === 'error', messagesFor(statusMessages, this.resolvedLocale)),
    );
  }

  /** Many widgets on a page take turns, so that their updates never make one long task. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (!this.hasUpdated && this.loading?.trim() === 'lazy' && !this.near)
      return this.whenNear().then(() => this.scheduleUpdate());
    // Static HTML needs nothing urgent: the browser paints it before the widget's first work.
    if (this.takingOver && !this.staticPainted) {
      this.staticPainted = true;
      return afterPaint().then(() => this.scheduleUpdate());
    }
    // The locale's formatters first, one per task, rather than inside the first render.
    const formatters = this.hasUpdated ? undefined : warmUp(this.resolvedLocale);
    if (formatters) return formatters.then(() => this.scheduleUpdate());
    const turn = updateTurn();
    return turn ? turn.then(() => this.renderTurn()) : this.renderTurn();
  }

  /** A new view is worked out in this turn and rendered in a later one: two shorter tasks. */
  private renderTurn(): void | Promise<unknown> {
    const computed = this.viewControllers.filter((view) => view.stale && view.value !== undefined);
    return computed.length ? laterTurn().then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /**
   * Resolves once the widget has come near the viewport (or the page is printed). It never
   * rejects: without its observer (a file that could not be fetched) the widget loads at once,
   * with one warning, rather than never.
   */
  private async whenNear(): Promise<void> {
    // A page without lazy widgets never loads the observer (about 150 B gzip of every bundle).
    try {
      const { NearViewController } = await import('../controllers/near-view-controller.js');
      await new NearViewController(this).whenNear();
    } catch (cause) {
      console.warn('mission-widgets: loading="lazy" could not load its observer; loading now', cause);
    }
    this.near = true;
  }

  /** Resolves once everything is in the DOM: a long list renders over several frames. */
  protected get rendered(): Promise<void> {
    return Promise.resolve();
  }

  /** `updateComplete` waits for every item of a long list, not only the first ones. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // Strings in another language arrive in their own module, and render once more.
    while (this.localeController.loading) {
      await this.localeController.loading;
      result = await super.getUpdateComplete();
    }
    await this.rendered;
    return result;
  }

  protected abstract renderMission(mission: LoadedMission): TemplateResult;

  /** Links to the cited sources, in order, skipping unknown ids. */
  protected renderSources(ids: readonly string[]): TemplateResult | typeof nothing {
    const locale = this.resolvedLocale;
    const sources = ids
      .map((id) => this.data.mission?.data.sources.find((source) => source.id === id))
      .filter((source): source is Source => source !== undefined);
    return sourceList(
      sources,
      (source) =>
        this.common.source(isolate(source.publisher), source.date && formatDate(source.date, locale)),
      (source) => this.text(source.title),
    );
  }
}
