/**
 * Finds glossary terms in plain text. One regular expression covers every term and alias, built as
 * a trie so the engine tests one set of first letters per position instead of each term in turn:
 * a 1 MB article is scanned once, however long the glossary.
 *
 * Terms match case-sensitively ("IT" is not "it") and only as whole words: the characters on
 * either side must not be letters, digits or combining marks in any script, so "éCSDP" and
 * "CSDPé" do not match while "NATO's", "NATO’s", "(CSDP)" and "EU-NATO" do. Where terms overlap
 * ("EU" and "EU Global Strategy"), the longer one wins. A space in a term matches any run of
 * white space, so "SHADE MED" is found across a line break or a no-break space.
 */

/** One term found in a text: `text.slice(start, end)` is what to annotate, `name` the term or alias it matched. */
export interface TermHit {
  start: number;
  end: number;
  name: string;
}

export interface TermMatcher {
  /** The terms and aliases it looks for, white space normalised, longest first. */
  readonly names: readonly string[];
  /** The length of the shortest of them: a shorter text holds none. */
  readonly shortest: number;
  /** Every whole-word occurrence in `text`, in order, never overlapping. */
  find(text: string): TermHit[];
}

const WORD_CHAR_BEFORE = /[\p{L}\p{N}\p{M}]$/u;
const SPACES = /\s+/gu;

/** Longest term or alias looked for: the pattern is built by recursion, one level per character. */
export const MAX_TERM_LENGTH = 100;

/** A term worth looking for: with a letter or digit (not empty, blank or zero-width), and not too long. */
export const isUsableTerm = (name: string) => name.length <= MAX_TERM_LENGTH && /[\p{L}\p{N}]/u.test(name);

/** The form a term is looked up by: trimmed, each run of white space a single space. */
export function normaliseTerm(text: string): string {
  return text.replace(SPACES, ' ').trim();
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

const escapeChar = (c: string) => (c === ' ' ? '\\s+' : /[\\^$.*+?()[\]{}|/]/.test(c) ? `\\${c}` : c);

/** Where a term ends and a longer one goes on, the rest is optional: greedy matching tries the longer first. */
function trieSource(node: TrieNode): string {
  const branches = [...node.next].map(([c, child]) => escapeChar(c) + trieSource(child));
  const [only, ...others] = branches;
  if (only === undefined) return '';
  const body = others.length === 0 ? only : `(?:${branches.join('|')})`;
  return node.end ? `(?:${body})?` : body;
}

export function buildTermMatcher(terms: Iterable<string>): TermMatcher {
  const names = [...new Set([...terms].map(normaliseTerm).filter(isUsableTerm))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const root: TrieNode = { end: false, next: new Map() };
  for (const name of names) {
    let node = root;
    for (const c of name) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  // Checking the left boundary in code, not with a lookbehind, keeps the pattern's first
  // character a plain set of letters, which the engine scans for quickly.
  const pattern = names.length ? new RegExp(`${trieSource(root)}(?![\\p{L}\\p{N}\\p{M}])`, 'gu') : null;

  return {
    names,
    shortest: names.at(-1)?.length ?? Infinity,
    find(text) {
      const hits: TermHit[] = [];
      if (!pattern) return hits;
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
        const start = m.index;
        if (start > 0 && WORD_CHAR_BEFORE.test(text.slice(Math.max(0, start - 2), start))) {
          pattern.lastIndex = start + 1;
          continue;
        }
        hits.push({ start, end: start + m[0].length, name: normaliseTerm(m[0]) });
      }
      return hits;
    },
  };
}
