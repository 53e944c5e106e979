export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cli/**', 'src/content-check/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // The analyzer would otherwise point package.json's "customElements" at wherever it wrote, which
  // the staleness test (tests/node/generated-files.test.mjs) does in a temporary folder.
  packagejson: false,
};
