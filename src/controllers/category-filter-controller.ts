import type { ReactiveControllerHost } from 'lit';
import type { Category } from '../data/schema.js';
import { reportReader } from './reader-events.js';

/**
 * The timeline's category toggles: which categories the reader picked (none: every category),
 * each press told to the publisher's analytics (`mission-widget-interact`, action `filter`). It
 * needs no lifecycle: the buttons call it, and it asks the host to update when the pick changes.
 */
export class CategoryFilterController {
  /** The categories picked, in the order pressed; a new array at each change (a view's input). */
  picked: Category[] = [];

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {}

  /** Shows every category again (the "All" button). */
  readonly showAll = (): void => {
    if (!this.picked.length) return;
    this.pick([], 'all', true);
  };

  /** Picks `category`, or releases it when it was picked. */
  readonly toggle = (category: Category): void => {
    const { picked } = this;
    const pressed = !picked.includes(category);
    this.pick(pressed ? [...picked, category] : picked.filter((c) => c !== category), category, pressed);
  };

  private pick(picked: Category[], category: string, pressed: boolean): void {
    this.picked = picked;
    this.host.requestUpdate();
    reportReader(this.host, 'mission-widget-interact', 'filter', { category, pressed });
  }
}
