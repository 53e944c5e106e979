/**
 * Where the built-in banks, decks and glossary live: `questions/` at the repository's root when
 * running from source, `dist/questions/` beside the bundle (rollup.config.mjs rewrites the path).
 */
const BUILTIN_CONTENT_BASE = new URL('../../questions/', import.meta.url);

/** The URL of a built-in content file, e.g. `builtinContentUrl('csdp.json')`. */
export function builtinContentUrl(file: string): URL {
  return new URL(file, BUILTIN_CONTENT_BASE);
}
