import type { LitElement, ReactiveController } from 'lit';
import { afterPaint } from '../scheduling/after-paint.js';
import type { MissionStatus } from './mission-controller.js';

export interface StandInHost extends LitElement {
  loading?: string;
}

/**
 * What stands in for a widget until it has something to show, and what its updates wait for
 * meanwhile:
 * - static HTML from `mission-widgets render` (a declarative shadow root) stays on screen while
 *   the data and strings load, and as the fallback when they fail; the first complete render
 *   replaces it in the same task, so the reader sees no loading state and no jump. The browser
 *   paints it before the widget's first update, which is not urgent;
 * - `loading="lazy"` without static HTML: the publisher's fallback (a `<slot>`), not a loading
 *   state, and no update before the widget comes near the viewport (or the page is printed).
 */
export class StandInController implements ReactiveController {
  private prerendered?: ChildNode[];
  private placeholder?: HTMLSlotElement;
  private near?: boolean;
  private painted?: boolean;

  constructor(
    private readonly host: StandInHost,
    /** What the widget would show now: its stand-in goes once that is more than `pending`. */
    private readonly state: () => MissionStatus,
  ) {
    host.addController(this);
  }

  /**
   * Puts the stand-in in `root`, the host's new render root: `prerendered`, the static nodes it
   * had before Lit made it its own, or the fallback slot of a lazy widget.
   */
  place(root: HTMLElement | DocumentFragment, prerendered: ChildNode[]): HTMLElement | DocumentFragment {
    if (prerendered.length) {
      this.prerendered = prerendered;
      // Lit would render before the first static node, which is removed on taking over.
      this.host.renderOptions.renderBefore = null;
    } else if (this.host.getAttribute('loading')?.trim() === 'lazy')
      root.append((this.placeholder = document.createElement('slot')));
    return root;
  }

  /** Whether static HTML is still on screen. */
  get takingOver(): boolean {
    return !!this.prerendered;
  }

  /** Whether a stand-in is on screen: the host renders nothing of its own until it goes. */
  get shown(): boolean {
    return this.takingOver || !!this.placeholder;
  }

  /** What the host's update waits for first, if anything: the viewport's edge, or a paint. */
  wait(): Promise<void> | undefined {
    if (!this.host.hasUpdated && this.host.loading?.trim() === 'lazy' && !this.near) return this.whenNear();
    if (this.takingOver && !this.painted) {
      this.painted = true;
      return afterPaint();
    }
    return undefined;
  }

  hostUpdate(): void {
    const state = this.state();
    if (this.takingOver && state === 'complete') {
      for (const node of this.prerendered!) node.remove();
      this.prerendered = undefined;
    }
    if (state !== 'pending') this.placeholder = void this.placeholder?.remove();
  }

  /**
   * Resolves once the host has come near the viewport (or the page is printed). It never
   * rejects: without its observer (a file that could not be fetched) the widget loads at once,
   * with one warning, rather than never.
   */
  private async whenNear(): Promise<void> {
    // A page without lazy widgets never loads the observer (about 150 B gzip of every bundle).
    try {
      const { NearViewController } = await import('./near-view-controller.js');
      await new NearViewController(this.host).whenNear();
    } catch (cause) {
      console.warn('mission-widgets: loading="lazy" could not load its observer; loading now', cause);
    }
    this.near = true;
  }
}
