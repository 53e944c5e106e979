// `npm run dev`: serves the repository with the demo pages running straight from src/ (esbuild strips the
// types per request; nothing is bundled or rebuilt) and reloads the page when a file changes.
// The pages load the bundle from dist/; here each bundle URL is redirected to its entry in src/, so the
// pages stay as they are and `npm start` still serves the real build.
import { esbuildPlugin } from '@web/dev-server-esbuild';

/** Bundle URL → the source module it is built from (rollup.config.mjs's inputs). */
const BUNDLE_SOURCES = {
  // The autoloader needs chunk lists only Rollup writes: in development every element loads at once.
  '/dist/defence-learning.js': '/src/index.ts',
  '/dist/quiz.js': '/src/quiz/index.ts',
  '/dist/fact-card.js': '/src/fact-card/index.ts',
  '/dist/acronym-tip.js': '/src/acronym-tip/index.ts',
};

/**
 * A redirect, not a rewrite: the browser then resolves the module's relative imports (and
 * `import.meta.url`, from which built-in content is found in questions/) against its place in src/.
 */
async function bundlesFromSource(ctx, next) {
  const source = BUNDLE_SOURCES[ctx.path];
  if (source) {
    ctx.redirect(source);
    return;
  }
  await next();
}

export default {
  rootDir: '.',
  open: process.env.CI ? false : '/demo/',
  watch: true,
  nodeResolve: true,
  port: Number(process.env.PORT ?? 8000),
  middleware: [bundlesFromSource],
  plugins: [esbuildPlugin({ ts: true, target: 'esnext', tsconfig: 'tsconfig.json' })],
};
