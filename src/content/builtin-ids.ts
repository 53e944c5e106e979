/**
 * What is built in (the ids of the banks and decks, the glossary) and where a page may point the
 * elements for it instead: shared by both ways of reaching the files (builtin-content.ts).
 */

/** The built-in banks (`<defence-quiz bank="…">`). */
export const BUILTIN_BANKS = ['csdp', 'eu-nato-cooperation', 'eu-uk-partnership', 'partnerships', 'sample'] as const;
/** The built-in decks (`<fact-card deck="…">`). */
export const BUILTIN_DECKS = ['csdp', 'eu-nato-cooperation', 'eu-uk-partnership', 'partnerships'] as const;

export type BuiltinKind = 'bank' | 'deck' | 'glossary';

/** A built-in file: a URL to fetch, or a module to import. */
export type BuiltinFile = { url: URL } | { load: () => Promise<unknown> };

/** Whether `id` names built-in content of this kind (the glossary has no id). */
export function isBuiltin(kind: BuiltinKind, id: string): boolean {
  const ids: readonly string[] = kind === 'bank' ? BUILTIN_BANKS : kind === 'deck' ? BUILTIN_DECKS : [''];
  return ids.includes(id);
}

/** The file's path inside the content folder. */
export const builtinPath = (kind: BuiltinKind, id: string) => (kind === 'bank' ? `${id}.json` : kind === 'deck' ? `decks/${id}.json` : 'glossary.json');

let basePath: URL | undefined;

/**
 * Loads built-in content from `url` (a folder holding `<bank>.json`, `decks/<deck>.json` and
 * `glossary.json`, relative to the page) instead of the copy that ships with the package.
 */
export function setBasePath(url: string | URL): void {
  basePath = new URL(String(url).replace(/\/?$/, '/'), globalThis.document?.baseURI);
}

/** The folder set with `setBasePath()`, if any. */
export function getBasePath(): URL | undefined {
  return basePath;
}
