// Imports a TypeScript module of src/ into a node:test file: esbuild bundles it (with its imports)
// into one ES module, loaded from a data: URL so nothing is written to disk.
import { build } from 'esbuild';

const root = new URL('../../../', import.meta.url).pathname;

export async function importTs(path) {
  const result = await build({ entryPoints: [root + path], bundle: true, platform: 'node', format: 'esm', target: 'node20', write: false, logLevel: 'error' });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
