/** The drop-in's files, named by the build (rollup.config.mjs, `dropInFiles`). */
declare module 'mission-widgets:files' {
  const files: {
    version: string;
    /** In every file name: `mission-widgets.<name>.<hash>.js`. */
    hash: string;
    /** Each element's modules, dependencies first. */
    elements: Record<string, string[]>;
    /** One file with every module of a set of elements, by their names sorted and joined with `,`. */
    bundles: Record<string, string>;
    /** What is loaded on demand: `validate`, `data` (the shipped dataset) and each language. */
    parts: Record<string, string>;
  };
  export default files;
}
