import type { ReactiveControllerHost } from 'lit';
import { dispatchMissionEvent } from './events.js';
import { VisibilityController } from './visibility-controller.js';

export interface ReaderEventsHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * What the reader saw and did, told to the publisher's own analytics (nothing is sent anywhere
 * by us): `mission-widget-view` the first time the widget is at least half visible, and
 * `mission-widget-interact` when the reader follows a source link, or does what the widget
 * reports itself (`report`: a filter, an expanded summary).
 */
export class ReaderEventsController {
  constructor(private readonly host: ReaderEventsHost) {
    new VisibilityController(host, () => this.report('mission-widget-view', 'view'));
    host.addEventListener('click', (event) => {
      const link = event
        .composedPath()
        .find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
      if (link && host.renderRoot.contains(link))
        this.report('mission-widget-interact', 'source', { url: link.href });
    });
  }

  /** Fires `type` with the widget's name, the `action` and whatever `extra` tells of it. */
  report(
    type: 'mission-widget-view' | 'mission-widget-interact',
    action: string,
    extra: Record<string, unknown> = {},
  ): void {
    dispatchMissionEvent(this.host, type, { widget: this.host.localName, action, ...extra });
  }
}
