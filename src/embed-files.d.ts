/** The drop-in's files, named by the build (rollup.config.mjs, `dropInFiles`). */
declare module 'mission-widgets:files' {
  const files: {
    version: string;
    /** In every file name: `mission-widgets.<name>.<hash>.js`. */
    hash: string;
    /**
     * Each element's modules, dependencies first. For every set of elements there is also one
     * file with all of their modules: `bundle-` and their names sorted and joined with `_`, or
     * `bundle-all` for every element (mission-widgets.files.json lists them as `bundles`).
     */
    elements: Record<string, string[]>;
    /** What is loaded on demand: `validate`, `data` (the shipped dataset) and each language. */
    parts: Record<string, string>;
  };
  export default files;
}
