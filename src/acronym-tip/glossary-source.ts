/**
 * Glossaries for the tips, loaded once per URL however many tips use them. A glossary that cannot
 * be fetched, is not JSON, or holds no usable entry is reported once in the console and read as
 * none: the terms then stay plain text. Nothing here throws.
 */
import { builtinFile } from '../content/builtin-content.js';
import { type BuiltinFile, getBasePath } from '../content/builtin-ids.js';
import { ContentLoader, type LoadMessages } from '../content/content-loader.js';
import { type GlossaryIndex, readGlossary } from './read-glossary.js';

// Never a failure: readGlossary keeps every sound entry and lists the problems with the others.
const glossaries = new ContentLoader((json) => ({ ok: true, value: readGlossary(json) }));

/** Console wording, for the page's developer (a tip itself shows no error). */
const consoleMessages: LoadMessages = {
  notFound: (url, status) => `could not fetch the glossary ${url} (HTTP ${status})`,
  notJson: (url) => `the glossary ${url} is not valid JSON:`,
  network: (url) => `could not fetch the glossary ${url}: the request failed`,
};

/** What each glossary URL came to: its index, or null when unusable (reported once, never fetched again). */
const pending = new Map<string, Promise<GlossaryIndex | null>>();
const settled = new Map<string, GlossaryIndex | null>();
const warned = new Set<string>();

/** Logs `message` the first time it is given for `key`, so a page with a thousand tips logs a problem once. */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`acronym-tip: ${message}`);
}

/** The built-in glossary, and the key that stands for it (its URL, or its path when it is a module), remembered per base path: every tip asks. */
let builtin: { base: URL | undefined; file: BuiltinFile; key: string } | undefined;
const resolved = new Map<string, string>();

function builtinGlossary(): { file: BuiltinFile; key: string } {
  const base = getBasePath();
  if (builtin && builtin.base === base) return builtin;
  const file = builtinFile('glossary')!;
  builtin = { base, file, key: 'url' in file ? file.url.href : `defence-learning:${file.path}` };
  return builtin;
}

/** A glossary: a URL (relative to the page), or a glossary object given from script; none means the built-in glossary. */
export type GlossaryRef = string | URL | object | null | undefined;

/**
 * Glossary objects, each under a key of its own: a URL of a scheme no fetch uses, so it can stand in a
 * `glossary` attribute (annotation copies one attribute onto thousands of tips). Read once, when first given.
 */
const objectKeys = new WeakMap<object, string>();
let objectCount = 0;

function objectKey(glossary: object): string {
  let key = objectKeys.get(glossary);
  if (key === undefined) {
    key = `defence-learning:glossary-object:${++objectCount}`;
    objectKeys.set(glossary, key);
    const index = usableIndex(key, { ok: true, value: readGlossary(glossary) });
    settled.set(key, index);
    pending.set(key, Promise.resolve(index));
  }
  return key;
}

/** The absolute URL a glossary reference stands for (a key, for the built-in one when it is a module, and for an object); no reference means the built-in glossary. Remembered: every tip asks. */
export function glossaryUrl(ref?: GlossaryRef): string {
  if (ref === undefined || ref === null || ref === '') return builtinGlossary().key;
  if (typeof ref === 'object' && !(ref instanceof URL)) return objectKey(ref);
  const base = document.baseURI;
  const key = `${base} ${ref}`;
  let url = resolved.get(key);
  if (url === undefined) {
    try {
      url = new URL(ref, base).href;
    } catch {
      url = String(ref);
    }
    resolved.set(key, url);
  }
  return url;
}

/** The built-in glossary by its key, any other by its URL; null for a reference that is no URL. */
function fetchOrImport(url: string) {
  const builtinNow = builtinGlossary();
  if (url === builtinNow.key) return glossaries.loadBuiltin(builtinNow.file, 'glossary', consoleMessages);
  try {
    return glossaries.load(new URL(url), 'glossary', consoleMessages);
  } catch {
    return null;
  }
}

async function usableGlossary(url: string): Promise<GlossaryIndex | null> {
  return usableIndex(url, await fetchOrImport(url));
}

/** The index a glossary gave, with its problems reported once; null when it has no usable entry. */
function usableIndex(url: string, result: Awaited<ReturnType<typeof fetchOrImport>>): GlossaryIndex | null {
  if (result === null) {
    warnOnce(url, `${consoleMessages.network(url)}; its terms are shown as plain text.`);
    return null;
  }
  if (!result.ok) {
    warnOnce(url, `${result.issues.map((issue) => issue.message).join(' ')}; its terms are shown as plain text.`);
    return null;
  }
  const { index, problems } = result.value;
  const list = problems.map((p) => `\n  ${p.path}: ${p.message}`).join('');
  if (index.size === 0) {
    warnOnce(url, `the glossary ${url} has no usable entry; its terms are shown as plain text.${list}`);
    return null;
  }
  if (problems.length) warnOnce(url, `the glossary ${url} has problems; the entries concerned are left out:${list}`);
  return index;
}

/** The glossary at `url` (absolute, see `glossaryUrl`), fetched on first use; `null` when it is unusable. */
export function loadGlossary(url: string): Promise<GlossaryIndex | null> {
  let load = pending.get(url);
  if (!load) {
    load = usableGlossary(url).then((index) => {
      settled.set(url, index);
      return index;
    });
    pending.set(url, load);
  }
  return load;
}

/** The glossary at `url` if it has finished loading (`null`: unusable), `undefined` if not yet. */
export function loadedGlossary(url: string): GlossaryIndex | null | undefined {
  return settled.get(url);
}
