export default {
  // The elements' own folders: their classes, events and JSDoc are what tools and editors need.
  globs: ['src/quiz/*.ts', 'src/fact-card/*.ts', 'src/acronym-tip/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // The analyzer would otherwise point package.json's "customElements" at wherever it wrote, which
  // the staleness test (tests/node/generated-files.test.mjs) does in a temporary folder.
  packagejson: false,
};
