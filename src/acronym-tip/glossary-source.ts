/**
 * Glossaries for the tips, loaded once per URL however many tips use them. A glossary that cannot
 * be fetched, is not JSON, or holds no usable entry is reported once in the console and read as
 * none: the terms then stay plain text. Nothing here throws.
 */
import { builtinFile } from '../content/builtin-content.js';
import { type BuiltinFile, getBasePath } from '../content/builtin-ids.js';
import { fetchFailureText, fetchJson, type LoadMessages } from '../content/fetch-json.js';
import type { Validated } from '../schema/validation-issues.js';
import { indexTrustedGlossary } from './index-glossary.js';
import type { GlossaryIndex, readGlossary } from './read-glossary.js';

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
  const known = objectKeys.get(glossary);
  if (known !== undefined) return known;
  const key = `defence-learning:glossary-object:${++objectCount}`;
  objectKeys.set(glossary, key);
  // Read once, when first given, by the reader that trusts nothing (loaded on demand): tips wait for it as for a file.
  const load = readWithReader(glossary).then((result) => usableIndex(key, result));
  pending.set(key, load);
  void load.then((index) => settled.set(key, index));
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

type ReadResult = ReturnType<typeof readGlossary>;

let reader: Promise<typeof readGlossary> | undefined;

/** Reads a glossary that is not the package's own with read-glossary.ts, which trusts nothing in it, loaded the first time one is given. */
function readWithReader(json: unknown): Promise<Validated<ReadResult>> {
  reader ??= import('./read-glossary.js').then((module) => module.readGlossary);
  return reader.then(
    (read): Validated<ReadResult> => ({ ok: true, value: read(json) }),
    (error: unknown) => failure(`the glossary reader could not be loaded (${error instanceof Error ? error.message : String(error)})`),
  );
}

/** The package's own glossary, validated when the library was built: indexed as it is. */
const trusted = (json: unknown): Validated<ReadResult> => ({ ok: true, value: { index: indexTrustedGlossary(json), problems: [] } });

const failure = (message: string): Validated<ReadResult> => ({ ok: false, issues: [{ path: 'glossary', message }] });

/**
 * Fetches and reads a glossary file with the fetch the other elements' ContentLoader uses (fetch-json.ts).
 * The tips do without that class, whose sharing of requests `loadGlossary` already does here: it would cost the
 * standalone tip bundle a tenth of its size budget. Never a failure once read: readGlossary keeps every sound
 * entry and lists the problems with the others.
 */
async function fetchGlossary(url: URL, isTrusted: boolean): Promise<Validated<ReadResult>> {
  const fetched = await fetchJson(url);
  if (!fetched.ok) return failure(fetchFailureText(fetched, url.href, consoleMessages));
  return isTrusted ? trusted(fetched.json) : readWithReader(fetched.json);
}

/** The built-in glossary by its key, any other by its URL; null for a reference that is no URL. */
function fetchOrImport(url: string): Promise<Validated<ReadResult>> | null {
  const { file, key } = builtinGlossary();
  if (url === key && !('url' in file)) {
    return file.load().then(
      (json) => (file.trusted ? trusted(json) : readWithReader(json)),
      () => failure(consoleMessages.network(file.path)),
    );
  }
  try {
    return fetchGlossary(new URL(url), url === key && file.trusted);
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
