/**
 * How the built-in content (banks, decks, the glossary) is reached.
 *
 * In the npm package each file is a JSON module imported on demand, with a literal path: bundlers
 * (Vite, webpack, esbuild, Rollup) see it and ship the file with the app, in dev and in build, and
 * Node imports it as is, so no base path needs setting. The drop-in build (dist/*.js) swaps in
 * builtin-content.drop-in.ts (rollup.config.mjs), which fetches the files from dist/questions/
 * beside the script, so that content is fetched as data and not counted as script. A folder set
 * with `setBasePath()` wins in both.
 */
import { type BuiltinFile, type BuiltinKind, builtinPath, getBasePath, isBuiltin } from './builtin-ids.js';

type JsonModule = Promise<{ default: unknown }>;
// One literal import per file, so that every bundler finds each of them.
const importers = new Map<string, () => JsonModule>([
  ['csdp.json', () => import('../../questions/csdp.json', { with: { type: 'json' } })],
  ['eu-nato-cooperation.json', () => import('../../questions/eu-nato-cooperation.json', { with: { type: 'json' } })],
  ['eu-uk-partnership.json', () => import('../../questions/eu-uk-partnership.json', { with: { type: 'json' } })],
  ['partnerships.json', () => import('../../questions/partnerships.json', { with: { type: 'json' } })],
  ['sample.json', () => import('../../questions/sample.json', { with: { type: 'json' } })],
  ['decks/csdp.json', () => import('../../questions/decks/csdp.json', { with: { type: 'json' } })],
  ['decks/eu-nato-cooperation.json', () => import('../../questions/decks/eu-nato-cooperation.json', { with: { type: 'json' } })],
  ['decks/eu-uk-partnership.json', () => import('../../questions/decks/eu-uk-partnership.json', { with: { type: 'json' } })],
  ['decks/partnerships.json', () => import('../../questions/decks/partnerships.json', { with: { type: 'json' } })],
  ['glossary.json', () => import('../../questions/glossary.json', { with: { type: 'json' } })],
]);

/** A built-in bank, deck or the glossary; undefined for an id that is not built in (never a path). */
export function builtinFile(kind: BuiltinKind, id = ''): BuiltinFile | undefined {
  if (!isBuiltin(kind, id)) return undefined;
  const path = builtinPath(kind, id);
  const base = getBasePath();
  if (base) return { url: new URL(path, base), trusted: false };
  // Every built-in id has its importer (tests/builtin-content.test.ts loads each one).
  const importer = importers.get(path)!;
  return { path, load: () => importer().then((module) => module.default), trusted: true };
}
