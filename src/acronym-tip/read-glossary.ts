/**
 * Reads a glossary file for the tips, trusting nothing in it. This is a hand-written twin of
 * `validateGlossary` (src/schema/glossary-schema.ts): zod would cost the standalone tip bundle
 * about half its size budget. Where `validateGlossary` rejects the whole file, this keeps every
 * entry that is sound and lists the problems with the others, so one bad entry in a site's
 * glossary does not switch off every tip. tests/read-glossary.test.ts checks both agree.
 */
import type { ValidationIssue } from '../schema/validation-issues.js';
import { isUsableTerm, MAX_TERM_LENGTH, normaliseTerm } from './term-matcher.js';

/** Where an entry comes from, ready to show: a source document, or an official page and a note. */
export type TipSource = { title: string; publisher: string; date: string } | { url: string; note: string };

/** What a tip shows for a term. */
export interface TipEntry {
  term: string;
  expansion?: string;
  definition: string;
  source?: TipSource;
}

export interface GlossaryIndex {
  /** The glossary's language, for the tip's `lang`. */
  lang?: string;
  /** Each term and alias, white space normalised, to its entry. */
  byName: Map<string, TipEntry>;
  /** How many entries were kept. */
  size: number;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isId = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(v);
/** An absolute http or https address, as the schema requires: a tip never shows a `javascript:` source. */
const isUrl = (v: unknown): v is string => {
  if (typeof v !== 'string') return false;
  try {
    return /^https?:$/.test(new URL(v).protocol);
  } catch {
    return false;
  }
};
const trim = (v: unknown) => (v as string).trim();
const words = (s: string) => s.trim().split(/\s+/).length;

/** The names of `object`'s fields that are not in `allowed`. */
const unknownKeys = (object: Json, allowed: string[]) => Object.keys(object).filter((k) => !allowed.includes(k));

/** Reports a problem with a field (a path below the thing being read). */
type Report = (field: string, message: string) => void;

const SOURCE_SHAPE = 'must be {ref, quote} or {url, note}';

/** An entry's source, ready to show; undefined, with the problem reported, when it is unusable. */
function sourceOf(s: unknown, sources: Map<string, TipSource>, bad: Report): TipSource | undefined {
  if (isObject(s) && 'ref' in s) {
    if (unknownKeys(s, ['ref', 'quote']).length || !isId(s.ref) || !isText(s.quote)) bad('source', SOURCE_SHAPE);
    else if (!sources.has(s.ref)) bad('source.ref', `no source with id "${s.ref}" in "sources"`);
    else return sources.get(s.ref);
    return undefined;
  }
  if (isObject(s) && unknownKeys(s, ['url', 'note']).length === 0 && isUrl(s.url) && isText(s.note)) return { url: s.url, note: trim(s.note) };
  bad('source', SOURCE_SHAPE);
  return undefined;
}

/** The sound source documents by id; each unsound one is reported. */
function readSources(list: unknown, problem: Report): Map<string, TipSource> {
  const sources = new Map<string, TipSource>();
  if (!Array.isArray(list) || list.length === 0) {
    problem('sources', 'must be a list of at least one source document');
    return sources;
  }
  list.forEach((s: unknown, i) => {
    const sound =
      isObject(s) &&
      unknownKeys(s, ['id', 'title', 'publisher', 'date', 'url']).length === 0 &&
      isId(s.id) &&
      isText(s.title) &&
      isText(s.publisher) &&
      isText(s.date) &&
      (s.url === undefined || isUrl(s.url));
    if (sound) sources.set(s.id as string, { title: trim(s.title), publisher: trim(s.publisher), date: trim(s.date) });
    else problem(`sources[${i}]`, 'must have an id, title, publisher and date (and an optional url), and nothing else');
  });
  return sources;
}

/** An entry ready to show, or undefined when any of its fields is unsound (each reported through `bad`). */
function readEntry(e: unknown, sources: Map<string, TipSource>, bad: Report): TipEntry | undefined {
  if (!isObject(e)) {
    bad('', 'must be an object');
    return undefined;
  }
  const verdict = { sound: true };
  const fail: Report = (field, message) => {
    verdict.sound = false;
    bad(field, message);
  };
  for (const key of unknownKeys(e, ['term', 'expansion', 'definition', 'aliases', 'source'])) fail(key, 'is not an entry field');
  const NAME = `must have a letter or digit, in at most ${MAX_TERM_LENGTH} characters`;
  if (!isText(e.term)) fail('term', 'must be non-empty text');
  else if (!isUsableTerm(normaliseTerm(e.term))) fail('term', NAME);
  if (e.expansion !== undefined && !isText(e.expansion)) fail('expansion', 'must be non-empty text when given');
  if (!isText(e.definition)) fail('definition', 'must be non-empty text');
  else if (words(e.definition) > 40) fail('definition', `must be at most 40 words (has ${words(e.definition)})`);
  if (e.aliases !== undefined && !(Array.isArray(e.aliases) && e.aliases.every(isText))) fail('aliases', 'must be a list of non-empty texts');
  else if (e.aliases?.some((alias: string) => !isUsableTerm(normaliseTerm(alias)))) fail('aliases', NAME);
  const cited = sourceOf(e.source, sources, fail);
  if (!verdict.sound) return undefined;
  const entry: TipEntry = { term: trim(e.term), definition: trim(e.definition), source: cited };
  if (e.expansion !== undefined) entry.expansion = trim(e.expansion);
  return entry;
}

export function readGlossary(input: unknown): { index: GlossaryIndex; problems: ValidationIssue[] } {
  const problems: ValidationIssue[] = [];
  const problem: Report = (path, message) => problems.push({ path, message });
  const byName = new Map<string, TipEntry>();
  let size = 0;

  if (!isObject(input)) {
    problem('(root)', 'must be an object with "lang", "sources" and "entries"');
    return { index: { byName, size }, problems };
  }
  for (const key of unknownKeys(input, ['$schema', 'lang', 'sources', 'entries'])) problem(key, 'is not a glossary field');
  const lang = typeof input.lang === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(input.lang) ? input.lang : undefined;
  if (!lang) problem('lang', 'must be a language tag such as "en"');
  const sources = readSources(input.sources, problem);

  const entries = Array.isArray(input.entries) ? input.entries : [];
  if (entries.length === 0) problem('entries', 'must be a list of at least one entry');
  entries.forEach((e: unknown, i) => {
    const bad: Report = (field, message) => problem(`entries[${i}]${field && '.'}${field}`, message);
    const entry = readEntry(e, sources, bad);
    if (!entry) return;
    const names = [entry.term, ...(((e as Json).aliases as string[] | undefined) ?? [])].map(normaliseTerm);
    const taken = names.find((n) => byName.has(n));
    if (taken) return bad('term', `"${taken}" is already defined by an earlier entry`);
    for (const name of names) byName.set(name, entry);
    size++;
  });

  return { index: { lang, byName, size }, problems };
}
