/**
 * A name with its acronym in brackets, either way round: "Permanent Structured Cooperation (PESCO)",
 * "PESCO (Permanent Structured Cooperation)". Learners write answers so; see `matchText` for when it counts.
 */

/** The part before the brackets and the part inside them, or null when the text does not end with one bracketed part. */
export function bracketedParts(raw: string): [outside: string, inside: string] | null {
  // Read by hand rather than by a regular expression, which could backtrack for seconds on a long pasted answer.
  let end = raw.length;
  while (end > 0 && /[\s.!]/u.test(raw.charAt(end - 1))) end--;
  const close = raw.charAt(end - 1);
  if (close !== ')' && close !== ']') return null;
  const open = raw.lastIndexOf(close === ')' ? '(' : '[', end - 2);
  if (open < 0) return null;
  const [outside, inside] = [raw.slice(0, open).trim(), raw.slice(open + 1, end - 1).trim()];
  const hasText = (part: string) => /[\p{L}\p{N}]/u.test(part) && !/[()[\]]/.test(part);
  return hasText(outside) && hasText(inside) ? [outside, inside] : null;
}

/** Longer acronyms, or names of more words, are not read as such (and the search below stays small). */
const LONGEST_ACRONYM = 12;
const LONGEST_NAME = 30;

/**
 * Whether `acronym` (normalised, no spaces) abbreviates the normalised `words`: it splits into
 * prefixes of the words in order, starting with the first word, and any later word may be skipped.
 * "pesco" is PErmanent Structured COoperation, "card" Coordinated Annual Review (on) Defence;
 * "eda" is not European Defence Fund, nor "cfsp" Common Security and Defence Policy.
 */
export function abbreviates(acronym: string, words: readonly string[]): boolean {
  const letters = [...acronym];
  if (letters.length < 2 || letters.length > LONGEST_ACRONYM || words.length < 2 || words.length > LONGEST_NAME) return false;
  const memo = new Map<string, boolean>();
  // Can letters[i…] be read from words[w…], the next prefix taken from word w or a later one?
  const from = (i: number, w: number): boolean => {
    if (i === letters.length) return true;
    const wordAt = words[w];
    if (wordAt === undefined) return false;
    const key = `${i},${w}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = [...wordAt];
    let result = w > 0 && from(i, w + 1);
    for (let k = 1; !result && k <= word.length && i + k <= letters.length && word[k - 1] === letters[i + k - 1]; k++) {
      result = from(i + k, w + 1);
    }
    memo.set(key, result);
    return result;
  };
  return from(0, 0);
}
