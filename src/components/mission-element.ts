import { html, isServer, LitElement, type nothing } from 'lit';
import type { PropertyDeclarations, PropertyValues, TemplateResult } from 'lit';
import type { MissionWidgetEventDetail } from '../controllers/events.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { MissionController, type MissionStatus } from '../controllers/mission-controller.js';
import { followReader, reportReader } from '../controllers/reader-events.js';
import { RefreshAnnouncer } from '../controllers/refresh-announcer.js';
import { StandInController } from '../controllers/stand-in-controller.js';
import { ThemeController, type Theme } from '../controllers/theme-controller.js';
import { settingsView, type MissionView } from '../controllers/view-controller.js';
import { warmUp } from '../i18n/warm-up.js';
import { laterTurn, updateTurn } from '../scheduling/update-slices.js';
import type { LoadedMission } from '../data/load.js';
import type { MissionData, Source } from '../data/schema.js';
import { common, statusMessages } from '../i18n/common.js';
import { formatDate } from '../i18n/format.js';
import { localText, messagesFor } from '../i18n/locale.js';
import { isolate } from '../data/isolate.js';
import { base } from '../styles/base.js';
import { adoptStylesAgain } from './adopted-styles.js';
import { readAttributes, type Checks } from './attributes.js';
import { root, shown, sourceList, status } from './mission-element.parts.js';
import { tokens } from '../styles/tokens.js';

export type { Theme, MissionWidgetEventDetail, MissionView };

/**
 * What every mission widget shares: where its data comes from (`src`, inline JSON, or the
 * shipped dataset), its locale and theme, and the loading and error states that keep the
 * publisher's fallback content. Subclasses render the loaded mission.
 *
 * Its parts and events are what every element renders and fires; an element documents its own
 * besides, and `mission-widget-interact` again where it reports more of a reader's actions, naming
 * each (test/components/mission-element.test.ts holds each to what the element fires).
 *
 * @slot - Fallback content: shown when the script does not run or the data fails, hidden once the widget renders.
 * @csspart root - The widget's content box.
 * @csspart status - The loading or error message.
 * @csspart stale - The note shown while refreshes fail and the last good data stays on screen.
 * @fires mission-data-load - The data is loaded and valid; `detail: { origin, warnings }`.
 * @fires mission-data-error - The data could not be loaded or refreshed; `detail: { origin, kind, messages }`.
 * @fires mission-widget-view - The first time the widget is at least half visible, or, taller than the screen, fills half of it (`action: 'view'`); `detail: { widget, action }`.
 * @fires mission-widget-interact - A reader followed a source link (`action: 'source'`, `url`); `detail: { widget, action, … }`.
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

  protected readonly data = new MissionController(this);
  protected readonly localeController = new LocaleController(this, () => this.data.mission?.data.language);
  private readonly standIn = new StandInController(this, () => this.state);
  private readonly refreshed = new RefreshAnnouncer((previous, next) => this.announce(previous, next));
  // Every attribute read one way in every widget (./attributes.ts); each unusable value warned of once.
  private readonly warnedAttributes = new Set<string>();

  constructor() {
    super();
    new ThemeController(this);
    followReader(this);
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
    reportReader(this, type, action, extra);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    readAttributes(this, this.warnedAttributes, (this.constructor as typeof MissionElement).checks);
    this.localeController.load();
    this.refreshed.show(this.data.mission);
  }

  /**
   * The sentence announced when a refresh replaces `previous` with `next` (`''`: nothing to say);
   * a widget that has a better sentence overrides it, with a template that marks the data texts
   * in it where they are in another language (`marked`).
   */
  protected announce(_previous: LoadedMission, next: LoadedMission): unknown {
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
    const view = settingsView(this, this.data, this.localeController, keys, compute);
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

  /** What the widget waits for beside its data: its language's strings (a widget adds its own code loaded on demand). */
  protected get waitingFor(): Promise<void> | undefined {
    return this.localeController.loading;
  }

  /** What the widget shows: `pending` until both its data and what it waits for (`waitingFor`) are there. */
  protected get state(): MissionStatus {
    return this.waitingFor && this.data.status === 'complete' ? 'pending' : this.data.status;
  }

  /** Static HTML from `mission-widgets render`, or a lazy widget's fallback, stands in for it at first. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const prerendered = this.shadowRoot ? [...this.shadowRoot.childNodes] : [];
    return this.standIn.place(super.createRenderRoot(), prerendered);
  }

  /**
   * Whether static HTML is still on screen: what renders until it is replaced renders whole and
   * still (no progressive list, no count-up), so that replacing it moves nothing.
   */
  protected get takingOver(): boolean {
    return this.standIn.takingOver;
  }

  private readonly viewControllers: MissionView<unknown>[] = [];

  /**
   * The mission, or, if a view or the template threw, the error state with the publisher's
   * fallback, as for bad data: a bug in what the widget shows, or a hostile page, leaves no blank
   * hole and no uncaught exception (what a widget works out in `willUpdate` is not covered). The
   * console says why, once for the same failure.
   */
  override render(): TemplateResult {
    const { mission, failing } = this.data;
    if (this.standIn.shown) return html``;
    let { state } = this;
    let content: TemplateResult | undefined;
    if (state === 'complete' && mission)
      try {
        const broken = this.viewControllers.find((view) => view.failure);
        if (broken) throw broken.failure!.error;
        content = shown(
          this.renderMission(mission),
          this.refreshed.sentence,
          failing && this.common.stale(formatDate(mission.data.updated, this.resolvedLocale)),
        );
        this.toldFailure = '';
      } catch (error) {
        // On a server (`mission-widgets render`) the failure is the command's, not static HTML of the error state.
        if (isServer) throw error;
        state = 'error';
        // Told by its message: a thrown Symbol or a page's broken `toString` cannot throw here.
        const told = error instanceof Error ? error.message : typeof error;
        if (told !== this.toldFailure)
          console.error(`mission-widgets: <${this.localName}> could not show its data`, error);
        this.toldFailure = told;
      }
    this.drawn = !!content;
    return root(
      state,
      content ?? status(state === 'error', messagesFor(statusMessages, this.resolvedLocale)),
      this.resolvedLocale,
    );
  }

  private toldFailure = '';

  /** Whether the last render showed the mission (a list's rows), not a loading or error state. */
  protected drawn = false;

  /** Many widgets on a page take turns, so that their updates never make one long task. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const first = this.standIn.wait();
    if (first) return first.then(() => this.scheduleUpdate());
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

  /** Resolves once everything is in the DOM: a long list renders over several frames. */
  protected get rendered(): Promise<void> {
    return Promise.resolve();
  }

  /** `updateComplete` waits for every item of a long list, not only the first ones. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    // Strings in another language (or a widget's own code) arrive in their own module, and render once more.
    while (this.waitingFor) {
      await this.waitingFor;
      result = await super.getUpdateComplete();
    }
    await this.rendered;
    return result;
  }

  protected abstract renderMission(mission: LoadedMission): TemplateResult;

  /**
   * Links to the cited sources, in order, skipping unknown ids: part `sources`, which each element
   * that renders them documents (the list numbers its sources instead).
   */
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
