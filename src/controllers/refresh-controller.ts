import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { dispatchMissionEvent } from './events.js';
import type { RefreshState, Watcher } from './poller.js';
import { refreshSeconds } from './refresh-timing.js';
import { remoteData, remoteDataLoaded } from './remote-data.js';

export type { RefreshState };

export interface RefreshHost extends ReactiveControllerHost, HTMLElement {
  /** Seconds between checks of the data URL; polling is off when absent. */
  refresh?: number;
}

/**
 * Polls the host's data URL every `refresh` seconds (15 s to a day), through the page's one
 * poller per URL (./poller.ts, which loads with the code for `src` data). New versions reach the
 * host through the shared store; this controller only follows the failure state.
 */
export class RefreshController implements ReactiveController {
  state: RefreshState = { failing: false, failures: 0 };
  private stop?: () => void;
  private key?: string;

  constructor(
    private readonly host: RefreshHost,
    /** The absolute data URL, or undefined for inline or shipped data. */
    private readonly url: () => string | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostUpdated(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.unwatch();
    this.key = undefined;
  }

  /** Watches the current URL at the current interval, and only while the host is on the page. */
  private sync(): void {
    const url = this.url();
    const seconds = refreshSeconds(this.host.refresh);
    const key = url && this.host.isConnected && seconds ? `${seconds} ${url}` : undefined;
    if (key === this.key) return;
    this.unwatch();
    this.key = key;
    if (!key || !url || !seconds) return;
    const watcher: Watcher = { seconds, onState: (state) => this.onState(state) };
    const remote = remoteDataLoaded();
    if (remote) {
      this.stop = remote.watchMission(url, watcher);
      return;
    }
    // The code for `src` data is still on its way: watch once it is here, unless stopped first.
    let stop: (() => void) | undefined;
    let stopped = false;
    this.stop = () => {
      stopped = true;
      stop?.();
    };
    void remoteData().then((loaded) => {
      if (!stopped) stop = loaded.watchMission(url, watcher);
    });
  }

  private onState(state: RefreshState): void {
    const changed = state.failing !== this.state.failing;
    this.state = state;
    if (changed) this.host.requestUpdate();
    if (state.error) {
      const { origin, kind, messages } = state.error;
      dispatchMissionEvent(this.host, 'mission-data-error', { origin, kind, messages });
    }
  }

  private unwatch(): void {
    this.stop?.();
    this.stop = undefined;
  }
}
