/**
 * What a tip explains: from its own attributes, else from a glossary (at once when that glossary
 * is loaded, which it is for all but the first tips of a page). No DOM but the attributes read.
 */
import { glossaryUrl, loadedGlossary, loadGlossary, warnOnce } from './glossary-source.js';
import type { GlossaryIndex, TipEntry } from './read-glossary.js';
import { normaliseTerm } from './term-matcher.js';

/** What the element's attributes and text ask for. */
export interface TipQuery {
  /** The term, white space normalised: the `term` attribute, else the element's text. */
  term: string;
  definition?: string;
  expansion?: string;
  glossary: string | null;
}

export interface TipLookup {
  /** Undefined for a term nobody explains: it stays plain text. */
  entry?: TipEntry;
  /** The glossary's language, for the tip's `lang`; absent for a tip that explains itself. */
  lang?: string;
}

export function tipQuery(element: Element): TipQuery {
  return {
    term: normaliseTerm(element.getAttribute('term') ?? element.textContent),
    definition: element.getAttribute('definition')?.trim(),
    expansion: element.getAttribute('expansion')?.trim(),
    glossary: element.getAttribute('glossary'),
  };
}

/** A key that changes when, and only when, the lookup's answer may change. */
export const queryKey = (q: TipQuery) => `${q.term}\n${q.definition}\n${q.expansion}\n${q.glossary}`;

function fromGlossary(index: GlossaryIndex | null, url: string, term: string): TipLookup {
  const entry = index?.byName.get(term);
  // An unusable glossary was reported once already; an unknown term is reported once per term.
  if (index && !entry) warnOnce(`${url}#${term}`, `"${term}" is not in the glossary ${url}; it is shown as plain text.`);
  return { entry, lang: index?.lang ?? '' };
}

/** The entry at once when it is known now, else a promise of it (the glossary is being fetched). */
export function lookUpTip(query: TipQuery): TipLookup | Promise<TipLookup> {
  const { term, definition, expansion } = query;
  if (definition) return { entry: { term, definition, ...(expansion ? { expansion } : {}) } };
  if (!term) return {};
  const url = glossaryUrl(query.glossary);
  const loaded = loadedGlossary(url);
  if (loaded !== undefined) return fromGlossary(loaded, url, term);
  return loadGlossary(url).then((index) => fromGlossary(index, url, term));
}
