/**
 * `TroopCounter` without registration: define it under any name, in any registry (a scoped
 * `new CustomElementRegistry()` included), with `define()`.
 */
import { TroopCounter } from '../components/troop-counter.js';
import { defineAs, type ElementRegistry } from '../define.js';

export { TroopCounter };

/** Registers `TroopCounter` as `tag` (`troop-counter` by default) in `registry` (the page's by default); returns the registered class (a subclass when the class already has another name there). */
export const define = (tag = 'troop-counter', registry?: ElementRegistry): CustomElementConstructor =>
  defineAs(tag, TroopCounter, registry);
