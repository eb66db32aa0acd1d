import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { MissionDataError } from '../data/errors.js';
import { formatIssue } from '../data/issues.js';
import type { LoadedMission } from '../data/load.js';
import { loadDefaultMission } from '../data/shipped.js';
import { dispatchMissionEvent, type MissionDataErrorDetail, type MissionDataLoadDetail } from './events.js';
import type { Follower, RefreshState } from './mission-source.js';
import { refreshSeconds } from './refresh-timing.js';
import { remoteData, remoteDataLoaded } from './remote-data.js';

export type { MissionDataErrorDetail, MissionDataLoadDetail, RefreshState };

export interface MissionHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  /** Seconds between checks of the data URL; polling is off when absent. */
  refresh?: number;
}

export type MissionStatus = 'pending' | 'complete' | 'error';

const warned = new WeakSet<LoadedMission>();

/** The key of an empty `src`: not a URL, and never the shipped data. */
const EMPTY_SRC = 'empty src';

/**
 * A widget's dataset: from `src`, through the page's one mission source for that URL
 * (./mission-source.ts: request, good copy, refresh timer, failures), from an inline
 * `<script type="application/json">` child, or the shipped default. Explicit states, and a
 * superseded request never overwrites a newer one.
 */
export class MissionController implements ReactiveController, Follower {
  status: MissionStatus = 'pending';
  mission?: LoadedMission;
  error?: MissionDataError;
  /** The last check for `refresh` failed: the last good data stays, and says so. */
  failing = false;
  private key?: string;
  /** The interval this widget asks its source for, in seconds. */
  seconds?: number;
  private generation = 0;
  /** Stops following the URL's source. */
  private unfollow?: () => void;
  /** Gives up the request under way: the widget left the page, or its source changed. */
  private cancel?: AbortController;

  constructor(private readonly host: MissionHost) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.key === undefined) this.host.requestUpdate();
    else this.follow();
  }

  hostDisconnected(): void {
    this.stopFollowing();
    if (this.status !== 'pending' && !this.cancel) return;
    // Still away after this task's script (a move is a removal and an insertion at once): forget
    // the request under way, abort it unless another widget waits for it, and render nothing for
    // it. Reconnecting starts again.
    const { generation } = this;
    queueMicrotask(() => {
      if (this.host.isConnected || generation !== this.generation) return;
      this.generation++;
      this.key = undefined;
      this.cancel?.abort();
      this.cancel = undefined;
    });
  }

  /** Before each update: load when the source changed; follow it at the interval asked for. */
  hostUpdate(): void {
    // `src=""` (a CMS field left blank) is an error that keeps the fallback, never the shipped story.
    const src = this.host.src == null ? undefined : String(this.host.src).trim();
    const key = src === '' ? EMPTY_SRC : src ? this.absolute(src) : this.inlineJson() ? 'inline' : 'default';
    const seconds = refreshSeconds(this.host.refresh);
    if (seconds !== this.seconds) {
      this.seconds = seconds;
      this.stopFollowing();
      this.follow();
    }
    if (key === this.key) return;
    this.key = key;
    void this.load(key);
  }

  /** The absolute data URL, when the data comes from `src`. */
  get url(): string | undefined {
    return this.key === 'default' || this.key === 'inline' || this.key === EMPTY_SRC ? undefined : this.key;
  }

  private async load(key: string): Promise<void> {
    const generation = ++this.generation;
    this.cancel?.abort();
    const cancel = (this.cancel = new AbortController());
    this.stopFollowing();
    if (!this.mission) this.status = 'pending';
    this.follow();
    try {
      const mission = await this.request(key, cancel.signal);
      if (generation !== this.generation) return;
      this.accept(mission);
    } catch (cause) {
      if (generation !== this.generation) return;
      this.fail(cause, key);
    } finally {
      if (this.cancel === cancel) this.cancel = undefined;
    }
  }

  private async request(key: string, signal: AbortSignal): Promise<LoadedMission> {
    if (key === 'default') return loadDefaultMission();
    const remote = await remoteData();
    if (key === 'inline') return remote.parseMissionGradually(this.inlineJson() ?? '', 'inline');
    remote.checkDataUrl(key === EMPTY_SRC ? '' : key);
    return remote.getMission(key, signal);
  }

  /** A version of the mission: the first, or a new one from the source. */
  accept(mission: LoadedMission): void {
    if (mission === this.mission) return;
    this.mission = mission;
    this.error = undefined;
    this.status = 'complete';
    this.host.requestUpdate();
    const warnings = mission.warnings.map(formatIssue);
    if (warnings.length && !warned.has(mission)) {
      warned.add(mission);
      console.warn(
        `mission-widgets: ${mission.origin} has ${warnings.length} warning(s):\n${warnings.join('\n')}`,
      );
    }
    dispatchMissionEvent(this.host, 'mission-data-load', { origin: mission.origin, warnings });
  }

  private fail(cause: unknown, origin: string): void {
    const error =
      cause instanceof MissionDataError
        ? cause
        : new MissionDataError('network', cause instanceof Error ? cause.message : String(cause), origin);
    this.error = error;
    this.mission = undefined;
    this.status = 'error';
    this.host.requestUpdate();
    console.error(`mission-widgets: ${error.messages.join('\n')}`);
    this.report(error);
  }

  /** Tells the page that loading or a check failed. */
  private report({ origin, kind, messages }: MissionDataError): void {
    dispatchMissionEvent(this.host, 'mission-data-error', { origin, kind, messages });
  }

  /**
   * Follows the URL's source while on the page: every new version (a refresh, a reload, a
   * retry after a failure) and the outcome of every check.
   */
  private follow(): void {
    const { url } = this;
    if (!url || this.unfollow || !this.host.isConnected) return;
    const remote = remoteDataLoaded();
    if (!remote) {
      void remoteData().then(() => this.follow());
      return;
    }
    this.unfollow = remote.followMission(url, this);
  }

  private stopFollowing(): void {
    this.unfollow?.();
    this.unfollow = undefined;
  }

  /** How a check of the source went. */
  checked(state: RefreshState): void {
    if (state.failing !== this.failing) this.host.requestUpdate();
    this.failing = state.failing;
    if (state.error) this.report(state.error);
  }

  private inlineJson(): string | undefined {
    return this.host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
  }

  private absolute(src: string): string {
    try {
      return new URL(src, document.baseURI).href;
    } catch {
      return src;
    }
  }
}
