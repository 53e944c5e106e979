/**
 * The built-in glossary's index, built without checking the file: it was validated when the library was
 * built (`npm run check:content`), so the tips' page loads no reader for it. Every other glossary (a URL, an
 * object, a folder set with `setBasePath()`) goes through read-glossary.ts, loaded when first needed, which
 * trusts nothing. tests/index-glossary.test.ts checks that both give the same index for the built-in glossary.
 */
import type { GlossaryInput } from '../schema/glossary-schema.js';
import type { GlossaryIndex, TipEntry, TipSource } from './read-glossary.js';
import { normaliseTerm } from './term-matcher.js';

export function indexTrustedGlossary(json: unknown): GlossaryIndex {
  const glossary = json as GlossaryInput;
  const sources = new Map<string, TipSource>(glossary.sources.map(({ id, title, publisher, date }) => [id, { title, publisher, date }]));
  const byName = new Map<string, TipEntry>();
  for (const { term, expansion, definition, aliases, source } of glossary.entries) {
    const entry: TipEntry = { term, definition, source: 'ref' in source ? sources.get(source.ref) : { url: source.url, note: source.note } };
    if (expansion !== undefined) entry.expansion = expansion;
    for (const name of [term, ...(aliases ?? [])]) byName.set(normaliseTerm(name), entry);
  }
  return { lang: glossary.lang, byName, size: glossary.entries.length };
}
