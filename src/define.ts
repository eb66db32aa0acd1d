import { VERSION } from './version.js';

const VERSION_KEY = Symbol.for('mission-widgets.version');

type VersionedConstructor = CustomElementConstructor & { [VERSION_KEY]?: string };

/**
 * Registers an element once. A second copy of this library on the page (two snippets, or the
 * drop-in beside the npm package) is a no-op; a different version already owning the name gets
 * one console warning naming both versions, and the first registration stays.
 */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(name) as VersionedConstructor | undefined;
  if (!existing) {
    (constructor as VersionedConstructor)[VERSION_KEY] = VERSION;
    customElements.define(name, constructor);
    return;
  }
  const other = existing[VERSION_KEY];
  if (existing !== constructor && other !== VERSION) {
    console.warn(
      `mission-widgets: <${name}> is already defined by ${other ? `mission-widgets ${other}` : 'another script'}; ` +
        `mission-widgets ${VERSION} leaves it in place.`,
    );
  }
}
