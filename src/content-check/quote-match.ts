/**
 * Whether a cited passage occurs verbatim in its source document. "Verbatim" forgives only what
 * typing cannot show: runs of whitespace (line breaks, no-break spaces), the dash a keyboard lacks
 * (‐‑‒–—―− are all `-`), curly versus straight quotes and primes, and `…` versus `...`. Case, words,
 * punctuation and their order must be the document's own.
 */

const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g;
// Invisible characters that copy-paste carries along: soft hyphen, zero-width space/joiners, BOM.
const INVISIBLE = /\u00AD|\u200B|\u200C|\u200D|\uFEFF/g;

export function normaliseText(text: string): string {
  return text
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(DASHES, '-')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words as a reader counts them: list bullets, dashes and `...` on their own are not words. */
export function quoteWords(text: string): string[] {
  return normaliseText(text)
    .split(' ')
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

export const MAX_QUOTE_WORDS = 40;
/**
 * A quote shorter than this must occur only once in its document: "EU" occurs everywhere and shows
 * nothing, while "Bruxelles, 04/06/2018" points at one place.
 */
export const MIN_QUOTE_WORDS = 3;

/**
 * The parts of a quote that must each occur. An author may elide with `...` (or `…`): each part
 * must then occur in order, and be at least three words long so an elision cannot stitch a
 * "quote" out of scattered single words.
 */
export function quoteSegments(quote: string): string[] {
  return normaliseText(quote)
    .split(/\s*\.\.\.\s*/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export const MIN_ELIDED_SEGMENT_WORDS = 3;

export type QuoteMatch = { found: true } | { found: false; reason: string };

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Where `needle` occurs in `haystack` at or after `from` without cutting a word in two: "he EU"
 * is not a passage of "The EU". -1 when it does not.
 */
export function indexOfPassage(haystack: string, needle: string, from = 0): number {
  for (let at = haystack.indexOf(needle, from); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const cutsBefore = WORD_CHAR.test(needle.charAt(0)) && at > 0 && WORD_CHAR.test(haystack.charAt(at - 1));
    const end = at + needle.length;
    const cutsAfter = WORD_CHAR.test(needle.charAt(needle.length - 1)) && end < haystack.length && WORD_CHAR.test(haystack.charAt(end));
    if (!cutsBefore && !cutsAfter) return at;
  }
  return -1;
}

/** How many times a passage occurs in a document (normalised, whole words). */
export function countPassages(document: string, passage: string): number {
  const doc = normaliseText(document);
  const needle = normaliseText(passage);
  if (!needle) return 0;
  let count = 0;
  for (let at = indexOfPassage(doc, needle); at >= 0; at = indexOfPassage(doc, needle, at + 1)) count++;
  return count;
}

export function matchQuote(quote: string, document: string): QuoteMatch {
  const doc = normaliseText(document);
  const whole = normaliseText(quote);
  if (whole.length === 0) return { found: false, reason: 'the quote is empty' };
  if (indexOfPassage(doc, whole) >= 0) return { found: true };
  if (doc.includes(whole)) return { found: false, reason: 'it occurs only as part of a longer word: quote whole words' };
  const segments = quoteSegments(quote);
  const elided = segments.length > 1 || whole.startsWith('...') || whole.endsWith('...');
  if (!elided || segments.length === 0) return { found: false, reason: closestMiss(whole, doc) };
  let from = 0;
  for (const segment of segments) {
    if (quoteWords(segment).length < MIN_ELIDED_SEGMENT_WORDS) {
      return { found: false, reason: `the part "${segment}" between elisions (...) is shorter than ${MIN_ELIDED_SEGMENT_WORDS} words` };
    }
    const at = indexOfPassage(doc, segment, from);
    if (at < 0) {
      const anywhere = indexOfPassage(doc, segment) >= 0;
      return { found: false, reason: anywhere ? `the part "${segment}" occurs, but not after the part before it` : closestMiss(segment, doc) };
    }
    from = at + segment.length;
  }
  return { found: true };
}

/**
 * Says where a quote departs from the document, so an author can fix it without hunting: the
 * longest run of the quote's words that does occur, and what follows it in each.
 */
function closestMiss(quote: string, doc: string): string {
  const words = quote.split(' ').slice(0, 200);
  let best = { start: 0, end: 0 };
  for (let start = 0; start < words.length; start++) {
    // Only runs longer than the best so far matter, and a run that fails cannot grow.
    let end = start + best.end - best.start + 1;
    if (end > words.length) break;
    while (end <= words.length && doc.includes(words.slice(start, end).join(' '))) end++;
    if (end - 1 - start > best.end - best.start) best = { start, end: end - 1 };
  }
  if (best.end === best.start) return 'none of its words occur in the document';
  const found = words.slice(best.start, best.end).join(' ');
  const afterInQuote = words.slice(best.end, best.end + 6).join(' ');
  const at = doc.indexOf(found);
  const afterInDoc = doc
    .slice(at + found.length)
    .trim()
    .split(' ')
    .slice(0, 6)
    .join(' ');
  const shown = found.split(' ').length > 12 ? `... ${found.split(' ').slice(-12).join(' ')}` : found;
  if (best.end < words.length) {
    return `the longest part found is "${shown}"; after it the quote has "${afterInQuote}" where the document has "${afterInDoc}"`;
  }
  const beforeInQuote = words.slice(Math.max(0, best.start - 6), best.start).join(' ');
  return `the longest part found is "${shown}"; the quote's opening words "${beforeInQuote}" do not precede it in the document`;
}
