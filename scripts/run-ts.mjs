// Runs a TypeScript module from src/ under Node (for the CLI checks and generators): esbuild bundles
// it to an ES module, which is then imported with the remaining arguments in process.argv.
// The bundle is kept in node_modules/.cache/run-ts/ and reused while none of the files it was built
// from has changed, so a test suite that runs the CLI a dozen times bundles it once.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { build, version as esbuildVersion } from 'esbuild';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <file.ts> [args…]');
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;
const cacheDir = join(root, 'node_modules/.cache/run-ts');
const key = createHash('sha256')
  .update(`${esbuildVersion}\0${resolve(entry)}`)
  .digest('hex')
  .slice(0, 16);
const outfile = join(cacheDir, `${key}.mjs`);
const stampsFile = join(cacheDir, `${key}.json`);

/** Modification time and size of each input file, relative to the repository. */
const stamp = (file) => {
  const stats = statSync(join(root, file));
  return `${stats.mtimeMs}:${stats.size}`;
};

function cachedBundleIsFresh() {
  try {
    const stamps = JSON.parse(readFileSync(stampsFile, 'utf8'));
    statSync(outfile);
    return Object.entries(stamps).every(([file, recorded]) => stamp(file) === recorded);
  } catch {
    return false;
  }
}

if (!cachedBundleIsFresh()) {
  mkdirSync(cacheDir, { recursive: true });
  // Written under a name of its own and renamed: runs started side by side never read a half-written file.
  const partial = `${outfile}.${process.pid}.tmp`;
  const result = await build({
    entryPoints: [resolve(entry)],
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: partial,
    metafile: true,
    logLevel: 'error',
    packages: 'bundle',
  });
  const stamps = Object.fromEntries(Object.keys(result.metafile.inputs).map((file) => [file, stamp(file)]));
  renameSync(partial, outfile);
  writeFileSync(`${stampsFile}.${process.pid}.tmp`, JSON.stringify(stamps));
  renameSync(`${stampsFile}.${process.pid}.tmp`, stampsFile);
}
process.argv = [process.argv[0], resolve(entry), ...args];
await import(pathToFileURL(outfile).href);
