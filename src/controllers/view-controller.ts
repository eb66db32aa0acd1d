import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MissionData } from '../data/schema.js';
import { languagePack } from '../i18n/languages.js';

/**
 * A widget's view (the pure function of `src/views/` for it), computed again only when one of
 * its inputs changed: the mission, a setting, the locale, the language pack that arrived. A
 * long list's view is thousands of words and dates; an update that changes none of its inputs
 * (a width, a scroll, a frame of progressive rendering) reuses the one it has. Inputs are
 * compared one by one with `===`, so each must be a value or an object that is replaced,
 * never changed in place (the store replaces a mission; a filter replaces its array).
 */
export class ViewController<Inputs extends unknown[], View> implements ReactiveController {
  private inputs?: readonly unknown[];
  private view?: View;
  /** What computing the view of the current inputs threw, if it did (kept, not thrown again). */
  failure?: { error: unknown };

  constructor(
    host: ReactiveControllerHost,
    /** What the view depends on, read at each update. */
    private readonly read: () => readonly [...Inputs],
    /** The view of those inputs. */
    private readonly compute: (...inputs: NoInfer<Inputs>) => View,
  ) {
    host.addController(this);
  }

  /**
   * The view of the inputs as they are now: a new object only when one of them changed. A view
   * that throws is `undefined`, with `failure` saying why, until an input changes: the host
   * shows its error state instead of the exception reaching the page (and it is not worked out
   * again at every update).
   */
  get value(): View {
    const inputs = this.read();
    if (this.changed(inputs)) {
      this.inputs = inputs;
      this.failure = undefined;
      try {
        this.view = this.compute(...inputs);
      } catch (error) {
        this.view = undefined;
        this.failure = { error };
      }
    }
    return this.view!;
  }

  /** Whether reading `value` now would compute the view again. */
  get stale(): boolean {
    return this.changed(this.read());
  }

  private changed(inputs: readonly unknown[]): boolean {
    return !this.inputs?.every((input, i) => input === inputs[i]);
  }

  /** Before each render, so that the view is current even where the host did not ask for it. */
  hostUpdate(): void {
    void this.value;
  }
}

/** A widget's view controller (`settingsView`): the mission, the locale and its language pack, then the widget's settings. */
export type MissionView<View> = ViewController<[unknown, unknown, unknown, ...unknown[]], View | undefined>;

/**
 * The view of a widget's mission (its `MissionController`), `compute(data, settings)` with its
 * locale (its `LocaleController`) and the `keys` of `host` as its settings: computed again only
 * when the data, the locale, its language pack (which brings new words, country names among
 * them) or one of those settings changed; `undefined` without data.
 */
export function settingsView<Host extends ReactiveControllerHost, Key extends keyof Host, View>(
  host: Host,
  source: { readonly mission?: { readonly data: MissionData } },
  language: { readonly locale: string },
  keys: readonly Key[],
  compute: (data: MissionData, settings: Pick<Host, Key> & { locale: string }) => View,
): MissionView<View> {
  return new ViewController<[unknown, unknown, unknown, ...unknown[]], View | undefined>(
    host,
    () => {
      const { locale } = language;
      return [source.mission?.data, locale, languagePack(locale), ...keys.map((key) => host[key])];
    },
    (data, locale, _pack, ...values) => {
      const settings: Record<PropertyKey, unknown> = { locale };
      keys.forEach((key, i) => (settings[key] = values[i]));
      return data
        ? compute(data as MissionData, settings as Pick<Host, Key> & { locale: string })
        : undefined;
    },
  );
}
