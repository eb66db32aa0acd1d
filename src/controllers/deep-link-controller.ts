import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { reveal } from './reveal.js';

export interface DeepLinkHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * Fragment links into a shadow root, which the browser's own fragment navigation cannot
 * reach: when the page URL's fragment (on load, or on `hashchange`) is the id of an element the
 * host renders, starting with `prefix`, that element is scrolled into view and focused. The
 * link waits through the host's updates until it is found or `ready()` says all is rendered.
 */
export class DeepLinkController implements ReactiveController {
  private target?: string;
  private readonly follow = () => {
    // Ids here are letters, digits, "-", "_" and ".": nothing a URL needs to encode.
    const id = location.hash.slice(1);
    this.target = id.startsWith(this.prefix) ? id : undefined;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: DeepLinkHost,
    private readonly prefix: string,
    private readonly ready: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('hashchange', this.follow);
    this.follow();
  }

  hostDisconnected(): void {
    removeEventListener('hashchange', this.follow);
  }

  hostUpdated(): void {
    if (!this.target) return;
    const element = this.host.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(this.target)}`);
    if (element) reveal(element, 'center');
    if (element || this.ready()) this.target = undefined;
  }
}
