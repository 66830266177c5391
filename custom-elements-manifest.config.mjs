// The custom elements manifest (dist/custom-elements.json) is generated from the classes' JSDoc: editors read
// it for completions, and scripts/docs.mjs renders README's API tables from it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
