// The npm build: dist/esm/, one ES module per source file (esbuild strips the types: fast) and the
// declarations beside them (tsc, without checking again: `npm run typecheck` did). Dependencies stay
// imports, so an app's bundler dedupes Lit & co.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist/esm');
// Not in the package's modules: the CLI and the drop-in's autoloader are bundled on their own (build-cli.mjs,
// rollup.config.mjs), and the GIFT parser's users (the CLI, dist/authoring.js) bundle it.
const skip = ['src/cli/', 'src/cdn/', 'src/content-check/', 'src/authoring/', 'src/gift/convert-gift.ts'];

function sources(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}
const entryPoints = sources(join(root, 'src')).filter((file) => !skip.some((prefix) => relative(root, file).startsWith(prefix)));

await build({
  entryPoints,
  outdir: out,
  outbase: join(root, 'src'),
  format: 'esm',
  target: 'es2022',
  supported: { 'import-attributes': true },
  tsconfig: join(root, 'tsconfig.json'),
  logLevel: 'warning',
});

execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json'), '--emitDeclarationOnly', '--noCheck'], {
  stdio: 'inherit',
});

// tsc names the types Lit's templates return after the package that defines them (lit-html), which
// the package does not depend on; `lit` re-exports each of them under the same name.
const LIT_HTML_REFERENCE = /import\("lit-html"\)\./g;
(function fix(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) fix(path);
    else if (name.endsWith('.d.ts')) {
      const text = readFileSync(path, 'utf8');
      const fixed = text.replace(LIT_HTML_REFERENCE, 'import("lit").');
      if (/["']lit-html[/"']/.test(fixed)) throw new Error(`${relative(root, path)} refers to lit-html in a way this script does not map to lit`);
      if (fixed !== text) writeFileSync(path, fixed);
    }
  }
})(out);
console.log(`built dist/esm/ (${entryPoints.length} modules)`);
