/**
 * The drop-in build's builtin-content.ts (rollup.config.mjs swaps it in): the files are fetched from
 * `questions/` beside the script (dist/questions/), or from the folder set with `setBasePath()`.
 */
import { type BuiltinFile, type BuiltinKind, builtinPath, getBasePath, isBuiltin } from './builtin-ids.js';

/** dist/questions/: the build writes in its path from the chunk that holds this module. */
const BESIDE_SCRIPT = new URL('__DEFENCE_LEARNING_CONTENT_DIR__', import.meta.url);

export function builtinFile(kind: BuiltinKind, id = ''): BuiltinFile | undefined {
  if (!isBuiltin(kind, id)) return undefined;
  const base = getBasePath();
  return { url: new URL(builtinPath(kind, id), base ?? BESIDE_SCRIPT), trusted: !base };
}
