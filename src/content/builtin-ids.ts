/**
 * What is built in (the ids of the banks and decks, the glossary) and where a page may point the
 * elements for it instead: shared by both ways of reaching the files (builtin-content.ts).
 */

/** The built-in banks (`<defence-quiz bank="…">`). */
export const BUILTIN_BANKS = ['csdp', 'eu-nato-cooperation', 'eu-uk-partnership', 'partnerships', 'sample'] as const;
/** The built-in decks (`<fact-card deck="…">`). */
export const BUILTIN_DECKS = ['csdp', 'eu-nato-cooperation', 'eu-uk-partnership', 'partnerships'] as const;

export type BuiltinKind = 'bank' | 'deck' | 'glossary';

/**
 * A built-in file: a URL to fetch, or a JSON module to import (`path` names it in messages and caches).
 * `trusted`: the package's own copy, validated when the library was built (`npm run check:content`, the
 * schema tests), so a loader may skip validating it; not a copy in a folder set with `setBasePath()`.
 */
export type BuiltinFile = ({ url: URL } | { path: string; load: () => Promise<unknown> }) & { trusted: boolean };

/** The ids built in for a kind (the glossary has one, the empty id). */
export const builtinIds = (kind: BuiltinKind): readonly string[] => (kind === 'bank' ? BUILTIN_BANKS : kind === 'deck' ? BUILTIN_DECKS : ['']);

/** Whether `id` names built-in content of this kind. */
export const isBuiltin = (kind: BuiltinKind, id: string): boolean => builtinIds(kind).includes(id);

/** The file's path inside the content folder. */
export const builtinPath = (kind: BuiltinKind, id: string) => (kind === 'bank' ? `${id}.json` : kind === 'deck' ? `decks/${id}.json` : 'glossary.json');

let basePath: URL | undefined;

/**
 * Loads built-in content from `url` (a folder holding `<bank>.json`, `decks/<deck>.json` and
 * `glossary.json`, relative to the page) instead of the copy that ships with the package.
 */
export function setBasePath(url: string | URL): void {
  basePath = new URL(String(url).replace(/\/?$/, '/'), (globalThis as { document?: Document }).document?.baseURI);
}

/** The folder set with `setBasePath()`, if any. */
export function getBasePath(): URL | undefined {
  return basePath;
}
