/** The Custom Elements Manifest (`custom-elements.json`), read from the element's JSDoc. */
export default {
  globs: ['src/**/*.ts'],
  outdir: '.',
  litelement: true,
};
