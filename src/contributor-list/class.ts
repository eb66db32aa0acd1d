/**
 * `ContributorList` without registration: define it under any name, in any registry (a scoped
 * `new CustomElementRegistry()` included), with `define()`.
 */
import { ContributorList } from '../components/contributor-list.js';
import { defineAs, type ElementRegistry } from '../define.js';

export { ContributorList };

/** Registers `ContributorList` as `tag` (`contributor-list` by default) in `registry` (the page's by default); returns the registered class (a subclass when the class already has another name there). */
export const define = (tag = 'contributor-list', registry?: ElementRegistry): CustomElementConstructor =>
  defineAs(tag, ContributorList, registry);
