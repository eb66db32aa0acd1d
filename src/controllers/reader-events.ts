import type { ReactiveControllerHost } from 'lit';
import { dispatchMissionEvent } from './events.js';
import { VisibilityController } from './visibility-controller.js';

export interface ReaderEventsHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** What a reader saw or did; `extra` tells more of it. Nothing is sent anywhere by us. */
export function reportReader(
  host: HTMLElement,
  type: 'mission-widget-view' | 'mission-widget-interact',
  action: string,
  extra?: Record<string, unknown>,
): void {
  dispatchMissionEvent(host, type, { widget: host.localName, action, ...extra });
}

/**
 * What the reader saw and did, told to the publisher's own analytics: `mission-widget-view` the
 * first time the widget is at least half visible, and `mission-widget-interact` when the reader
 * follows a source link (widgets report their own actions, a filter, an expanded summary, with
 * `reportReader`).
 */
export function followReader(host: ReaderEventsHost): void {
  new VisibilityController(host, () => reportReader(host, 'mission-widget-view', 'view'));
  host.addEventListener('click', (event) => {
    const link = event
      .composedPath()
      .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (link && host.renderRoot.contains(link))
      reportReader(host, 'mission-widget-interact', 'source', { url: link.href });
  });
}
