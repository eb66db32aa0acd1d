/** `npm run manifest`: custom-elements.json from the components' JSDoc. */
export default {
  globs: ['src/components/*.ts'],
  exclude: ['src/components/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
