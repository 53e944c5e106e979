export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/cli/**', 'src/content-check/**', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
