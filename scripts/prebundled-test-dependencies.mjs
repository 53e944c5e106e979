// A Web Test Runner plugin that serves some of the tests' dependencies as one module each (bundled by esbuild
// on first request, then kept in memory), as Vite pre-bundles dependencies. Unbundled, zod, fast-check and
// @open-wc/testing are some 150 modules that every test page requested one by one, which was most of a test
// file's page load (and a large share of `npm test`'s time in Firefox). Lit stays unbundled and shared: the
// test helpers and the elements must use one copy of it; axe-core stays a lazy import of chai-a11y-axe.
import { build } from 'esbuild';

const PREFIX = '/__prebundled/';
const EXTERNAL = ['lit', 'lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*', '@lit/*', 'axe-core', 'axe-core/*'];

/** @param {string[]} packages bare specifiers to serve bundled, e.g. 'zod/mini' */
export function prebundledTestDependencies(packages) {
  const bundles = new Map();

  function bundle(specifier) {
    if (!bundles.has(specifier)) {
      bundles.set(
        specifier,
        build({
          entryPoints: [specifier],
          bundle: true,
          write: false,
          format: 'esm',
          platform: 'browser',
          target: 'esnext',
          // As web-test-runner.config.mjs resolves the rest: production builds.
          conditions: ['production'],
          external: EXTERNAL,
          // chai-a11y-axe takes a `require` function for webpack's; in the browser it imports axe itself.
          define: { require: 'undefined' },
          logLevel: 'silent',
        }).then((result) => result.outputFiles[0].text),
      );
    }
    return bundles.get(specifier);
  }

  return {
    name: 'prebundled-test-dependencies',
    resolveImport({ source }) {
      return packages.includes(source) ? `${PREFIX}${encodeURIComponent(source)}.js` : undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const specifier = decodeURIComponent(context.path.slice(PREFIX.length, -'.js'.length));
      if (!packages.includes(specifier)) return undefined;
      return { body: await bundle(specifier), type: 'js' };
    },
  };
}
