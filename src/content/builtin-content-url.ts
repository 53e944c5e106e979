/**
 * Where the built-in banks, decks and glossary live: `questions/` at the repository's root when
 * running from source, `dist/questions/` beside the bundle (rollup.config.mjs rewrites the path).
 */
const BUILTIN_CONTENT_BASE = new URL('../../questions/', import.meta.url);

/**
 * The one rule for the id of a built-in bank or deck: it names a file, so lower-case letters,
 * digits and "-" only, never a path (no "/", no "..").
 */
export const BUILTIN_ID = /^[a-z0-9][a-z0-9-]*$/;

/** The URL of a built-in content file, e.g. `builtinContentUrl('glossary.json')`. */
export function builtinContentUrl(file: string): URL {
  return new URL(file, BUILTIN_CONTENT_BASE);
}

/** The URL of built-in content by id (`builtinIdUrl('decks/', 'csdp')`), or null for a name that is not a built-in id. */
export function builtinIdUrl(folder: '' | 'decks/', id: string): URL | null {
  return BUILTIN_ID.test(id) ? builtinContentUrl(`${folder}${id}.json`) : null;
}
