/**
 * The glossary an annotation uses: the built-in one, a site's own file instead of it, or a site's
 * file added to it (`glossaryMode: 'extend'`), less the terms a page excludes. Combined indexes are
 * made once per choice, so the term matcher built for one is reused.
 */
import type { GlossaryInput } from '../schema/glossary-schema.js';
import { glossaryUrl, loadedGlossary, loadGlossary } from './glossary-source.js';
import type { GlossaryIndex, TipEntry } from './read-glossary.js';
import { normaliseTerm } from './term-matcher.js';

export interface GlossaryChoice {
  /** URL of a glossary file, or a glossary object (the format of questions/glossary.schema.json); the built-in glossary when absent. */
  glossary?: string | URL | GlossaryInput | null;
  /** 'replace' (the default): the file instead of the built-in glossary; 'extend': its entries added to the built-in ones, winning where both define a term. */
  glossaryMode?: 'replace' | 'extend';
  /** Terms never annotated, each with its aliases (e.g. `['EU']` on a defence site, where it is everywhere). */
  exclude?: readonly string[];
}

export interface ChosenGlossary {
  index: GlossaryIndex;
  /** The `glossary` attribute of the tips it makes; null for the built-in glossary. */
  glossary: string | null;
  /** When extending: the built-in entries, whose tips name no glossary. */
  builtin?: ReadonlySet<TipEntry>;
}

const chosen = new Map<string, ChosenGlossary | null>();

function combine(own: GlossaryIndex | null, base: GlossaryIndex | null, glossary: string | null, exclude: string[]): ChosenGlossary | null {
  if (!base && !own) return null;
  if (!base && exclude.length === 0) return { index: own!, glossary };
  const byName = new Map(base?.byName);
  for (const [name, entry] of own?.byName ?? []) byName.set(name, entry);
  const excluded = new Set(exclude.map((name) => byName.get(name)));
  for (const [name, entry] of byName) if (excluded.has(entry)) byName.delete(name);
  const index = { lang: own?.lang ?? base?.lang, byName, size: new Set(byName.values()).size };
  return index.size ? { index, glossary, builtin: base ? new Set(base.byName.values()) : undefined } : null;
}

/** The choice's glossary if what it needs has loaded (null: nothing usable), undefined if not yet. */
export function chosenGlossary(choice: GlossaryChoice): ChosenGlossary | null | undefined {
  const own = choice.glossary ? glossaryUrl(choice.glossary) : null;
  const base = !own || choice.glossaryMode === 'extend' ? glossaryUrl() : null;
  const exclude = [...new Set((choice.exclude ?? []).map(normaliseTerm).filter(Boolean))].sort();
  const key = JSON.stringify([own, base, exclude]);
  if (chosen.has(key)) return chosen.get(key);
  const ownIndex = own ? loadedGlossary(own) : null;
  const baseIndex = base ? loadedGlossary(base) : null;
  if (ownIndex === undefined || baseIndex === undefined) return undefined;
  const result = own && base ? combine(ownIndex, baseIndex, own, exclude) : combine(ownIndex ?? baseIndex, null, own, exclude);
  chosen.set(key, result);
  return result;
}

/** The choice's glossary, loading what it needs; null when nothing usable is left (reported in the console). */
export async function chooseGlossary(choice: GlossaryChoice): Promise<ChosenGlossary | null> {
  const own = choice.glossary ? glossaryUrl(choice.glossary) : null;
  await Promise.all([own && loadGlossary(own), (!own || choice.glossaryMode === 'extend') && loadGlossary(glossaryUrl())]);
  return chosenGlossary(choice) ?? null;
}
