import { VERSION } from './version.js';

const VERSION_KEY = Symbol.for('mission-widgets.version');

type VersionedConstructor = CustomElementConstructor & { [VERSION_KEY]?: string };

/**
 * What `defineElement` needs of a registry: the page's `customElements`, a scoped
 * `new CustomElementRegistry()`, or a polyfill's.
 */
export type ElementRegistry = Pick<CustomElementRegistry, 'define' | 'get'>;

/**
 * Registers an element once in `registry` (the page's by default) and returns the class that
 * owns the name. A second copy of this library on the page (two snippets, or the drop-in beside
 * the npm package) is a no-op; a different version already owning the name gets one console
 * warning naming both versions, and the first registration stays.
 */
export function defineElement(
  name: string,
  constructor: CustomElementConstructor,
  registry: ElementRegistry = customElements,
): CustomElementConstructor {
  const existing = registry.get(name) as VersionedConstructor | undefined;
  if (!existing) {
    (constructor as VersionedConstructor)[VERSION_KEY] = VERSION;
    registry.define(name, constructor);
    return constructor;
  }
  const other = existing[VERSION_KEY];
  if (existing !== constructor && other !== VERSION) {
    console.warn(
      `mission-widgets: <${name}> is already defined by ${other ? `mission-widgets ${other}` : 'another script'}; ` +
        `mission-widgets ${VERSION} leaves it in place.`,
    );
  }
  return existing;
}

/**
 * `defineElement` for the class entries' `define(tag, registry)`. A registry takes each class
 * once: a class that already has another name there (`<troop-counter>`, then `news-counter`)
 * is registered as a subclass of itself. Not in the registering entries, which never need it.
 */
export function defineAs(
  name: string,
  constructor: CustomElementConstructor,
  registry: ElementRegistry = customElements,
): CustomElementConstructor {
  try {
    return defineElement(name, constructor, registry);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'NotSupportedError')) throw error;
    return defineElement(name, class extends constructor {}, registry);
  }
}
