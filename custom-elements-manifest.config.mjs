/** `npm run manifest`: custom-elements.json from the components' JSDoc. */
export default {
  globs: ['src/components/*.ts'],
  exclude: ['src/components/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [
    {
      // Events dispatched through a helper (`new CustomEvent(type, …)`) are documented with
      // @fires instead; drop the analyzer's guess named after the variable.
      name: 'drop-dynamic-event-names',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events)
              declaration.events = declaration.events.filter((event) => event.name !== 'type');
          }
        }
      },
    },
  ],
};
