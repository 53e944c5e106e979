import { abbreviates, bracketedParts } from './bracketed-acronym.js';
import { matchingDate, parseDateAnswer } from './date-answer.js';
import { withoutLeadingArticle } from './leading-articles.js';

/**
 * Free-text comparison for `text` and typed `cloze` answers. A learner who knows the answer is not
 * marked wrong for how they wrote it:
 * - case, accents, punctuation, spacing and invisible characters (zero-width, soft hyphens) are ignored;
 * - a leading article in the bank's language is ignored ("the European Defence Fund");
 * - a name with its acronym in brackets counts when one part is accepted and the other is accepted
 *   too or abbreviates it ("Permanent Structured Cooperation (PESCO)");
 * - when an accepted answer is a date, any usual written form of that date counts (see date-answer.ts);
 * - typos: see `typosBetween`. The match says when one was forgiven, so the learner can be shown
 *   the spelling ("Correct — spelled Kallas").
 */

export interface TextMatch {
  /** The accepted answer the response matched, as the bank writes it. */
  accepted: string;
  /** Whether the match needed a forgiven typo (then show the learner `accepted`). */
  typo: boolean;
}

/** Letters that carry no accent mark to drop but that learners type without their stroke or ligature. */
const FOLDED: Readonly<Record<string, string>> = { ß: 'ss', ø: 'o', ł: 'l', æ: 'ae', œ: 'oe', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower case, accents, invisible characters and punctuation removed, words separated by single spaces. */
export function normaliseAnswer(value: string): string {
  return value
    .replace(/\p{Cf}+/gu, '')
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßøłæœđðþı]/g, (c) => FOLDED[c] ?? c)
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/**
 * Whether a learner could type an accepted answer: some letter or digit is left after normalisation.
 * ".*", "%" or an emoji normalise to nothing, so a question accepting only them could never be answered.
 */
export function isTypeableAnswer(accepted: string): boolean {
  return /[\p{L}\p{N}]/u.test(normaliseAnswer(accepted));
}

/** True when `a` becomes `b` by at most one substitution, insertion, deletion, or swap of two neighbouring letters. */
export function withinOneEdit(a: string, b: string): boolean {
  const ca = [...a];
  const cb = [...b];
  if (Math.abs(ca.length - cb.length) > 1) return false;
  if (ca.length === cb.length) {
    const i = ca.findIndex((c, k) => c !== cb[k]);
    if (i < 0) return true;
    if (ca[i] === cb[i + 1] && ca[i + 1] === cb[i] && ca.slice(i + 2).join('') === cb.slice(i + 2).join('')) return true;
  }
  const [shorter, longer] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < shorter.length && j < longer.length) {
    if (shorter[i] === longer[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (shorter.length === longer.length) i++;
    j++;
  }
  return edits + (longer.length - j) <= 1;
}

/** Shorter words are never forgiven a typo: "EDA" is not "EDF". */
const SHORTEST_FORGIVEN_WORD = 4;
/** The whole answer is forgiven one typo per this many letters: none in "NATO", one in "Kallas", two in "Kaja Kallas". */
const LETTERS_PER_TYPO = 5;

const forgivable = (word: string) => [...word].length >= SHORTEST_FORGIVEN_WORD && !/\p{N}/u.test(word);

/**
 * The typo policy. Typos needed to read the `given` words as the `expected` ones, or null when they
 * are not forgiven. A typo is one wrong, missing or extra letter, or two neighbouring letters
 * swapped. Forgiven: at most one per word, only in words of four letters or more with no digit
 * (numbers, years and short acronyms must be exact), and at most one per five letters of the
 * accepted answer. Words are compared in order; words run together or split ("HRVP", "EU NATO")
 * are no typo.
 */
export function typosBetween(given: readonly string[], expected: readonly string[]): number | null {
  if (given.join('') === expected.join('')) return 0;
  if (given.length !== expected.length) return null;
  let typos = 0;
  for (const [i, word] of expected.entries()) {
    const typed = given[i];
    if (typed === word) continue;
    if (typed === undefined || !forgivable(word) || /\p{N}/u.test(typed) || !withinOneEdit(typed, word)) return null;
    typos++;
  }
  return typos <= Math.floor([...expected.join('')].length / LETTERS_PER_TYPO) ? typos : null;
}

/** How much longer than the longest accepted answer a response may be (articles, brackets, invisible characters) and still be read. */
const LONGEST_EXTRA = 200;

interface AcceptedForm {
  text: string;
  words: readonly string[];
}

const wordsOf = (text: string, lang: string | undefined) => withoutLeadingArticle(normaliseAnswer(text).split(' ').filter(Boolean), lang);

/** The accepted form read with the fewest typos, an exact one first. */
function closest(given: readonly string[], forms: readonly AcceptedForm[]): (TextMatch & { words: readonly string[] }) | null {
  if (given.length === 0) return null;
  let best: { form: AcceptedForm; typos: number } | null = null;
  for (const form of forms) {
    const typos = typosBetween(given, form.words);
    if (typos !== null && (best === null || typos < best.typos)) best = { form, typos };
    if (typos === 0) break;
  }
  return best && { accepted: best.form.text, typo: best.typos > 0, words: best.form.words };
}

/**
 * Which accepted answer a typed response matches, or null. `lang` is the bank's language, for its
 * leading articles (absent: English).
 */
export function matchText(response: string, accept: readonly string[], lang?: string): TextMatch | null {
  // An answer far longer than every accepted one cannot match any: a pasted page is refused without being read.
  if (response.length > LONGEST_EXTRA + Math.max(0, ...accept.map((text) => text.length))) return null;
  // A date is compared as a date, however either side writes it.
  const dates = accept.filter((text) => parseDateAnswer(text) !== null);
  if (dates.length > 0 && parseDateAnswer(response) !== null) {
    const accepted = matchingDate(response, dates);
    return accepted === null ? null : { accepted, typo: false };
  }
  const forms = accept.map((text) => ({ text, words: wordsOf(text, lang) })).filter((form) => form.words.length > 0);
  const whole = closest(wordsOf(response, lang), forms);
  if (whole) return { accepted: whole.accepted, typo: whole.typo };
  // "Name (ACRONYM)" or "ACRONYM (Name)": one part accepted, and the other accepted too or its abbreviation.
  const parts = bracketedParts(response);
  if (!parts) return null;
  const [outside, inside] = [wordsOf(parts[0], lang), wordsOf(parts[1], lang)];
  const [outer, inner] = [closest(outside, forms), closest(inside, forms)];
  if (outer && inner) return outer.typo || !inner.typo ? { accepted: outer.accepted, typo: outer.typo } : { accepted: inner.accepted, typo: true };
  const known = outer ?? inner;
  if (!known) return null;
  const other = outer ? inside : outside;
  const abbreviated = abbreviates(other.join(''), known.words) || abbreviates(known.words.join(''), other);
  return abbreviated ? { accepted: known.accepted, typo: known.typo } : null;
}

/** Whether a typed answer matches one accepted answer (English articles). */
export function matchesAccepted(response: string, accepted: string): boolean {
  return matchText(response, [accepted]) !== null;
}

/** What a cloze blank's entry matches: a choice list's answer exactly, a typed answer as `matchText` does. */
export function matchBlank(blank: { accept: readonly string[]; options?: readonly string[] }, given: string | undefined, lang?: string): TextMatch | null {
  if (typeof given !== 'string') return null;
  if (blank.options) return blank.accept.includes(given) ? { accepted: given, typo: false } : null;
  return matchText(given, blank.accept, lang);
}
