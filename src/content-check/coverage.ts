import { normaliseText, quoteSegments } from './quote-match.js';

/**
 * Which statements of a source document the content's quotes reach.
 *
 * The source texts hold one paragraph per line. Each line is one of:
 * - page furniture, skipped: an image line ("Image available in …", "• Image") and the caption
 *   line under a bare image marker, or a dateline ("13/11/2017 - 11:34");
 * - a heading, skipped: no sentence-ending punctuation (. ! ? : ; or a closing quote after one)
 *   and not a list item. Titles and headings restate the paragraphs under them;
 * - a list item ("- …", "• …", "1. …"): one unit, always fact-bearing (it is part of a list);
 * - a paragraph: split into sentences; a sentence that enumerates "1. … ; 2. …" inline is split
 *   into its lead-in and one unit per item, so every item of a list must be reached.
 *
 * A unit is fact-bearing when it has a number (digits or a number word), a date (a month, a year,
 * dd/mm/yyyy), a proper name (a capitalised word that is not the first of the sentence nor the first
 * after a colon or opening quote, and not a month), an acronym (two or more capitals) or a list (a list item, or three or more comma-separated
 * items of up to four words each).
 *
 * A quote overlaps a unit when their normalised, lower-cased words share a run of
 * min(6, unit length, quote length) consecutive words, and that run is at least three words long
 * unless it is the whole unit. So a long sentence needs six words of it quoted; a quote shorter
 * than six words must sit inside the sentence; a one-word list item ("Peacebuilding") is reached by
 * a quote that includes it; and a one- or two-word quote cannot claim a long sentence. An elided
 * quote ("a ... b") overlaps through any of its parts.
 */

export type FactReason = 'number' | 'date' | 'name' | 'acronym' | 'list';

export interface SourceUnit {
  /** As it reads in the document (whitespace collapsed). */
  text: string;
  /** 1-based line of the document it is on. */
  line: number;
  listItem: boolean;
  reasons: FactReason[];
}

const LIST_MARKER = /^(?:[-*•\u2022\u2013\u2014]|\d{1,2}[.)])\s+/;
const INLINE_ITEM = /(?:^|[:;]\s*)(\d{1,2})\.\s+(?=\p{Ll})/gu;
const DATELINE = /\b\d{1,2}\/\d{1,2}\/\d{2,4}\s*-\s*\d{1,2}:\d{2}\b/;
const IMAGE_LINE = /^(?:[•\u2022*-]\s*)?Image\b/;
const SENTENCE_END = /[.!?:;…]["'”’)]*$/;
const ABBREVIATIONS = /\b(?:e\.g|i\.e|etc|Mr|Mrs|Ms|Dr|St|No|Art|para|vs|cf)\.$/i;

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
// A day and month, a month and year, a month alone, a dd/mm/yyyy date or a year.
const DATE = new RegExp(`\\b(?:\\d{1,2}(?:[-–]\\d{1,2})? (?:${MONTHS})|(?:${MONTHS})(?: \\d{1,4})?|\\d{1,2}/\\d{1,2}/\\d{2,4}|(?:1[89]|20)\\d{2})\\b`, 'u');
const MONTH = new RegExp(`^(?:${MONTHS})\\b`);
const NUMBER_WORDS =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozens?)\b/i;
const ACRONYM = /(?<![\p{L}\p{N}])\p{Lu}{2,}(?![\p{Ll}])/u;
const COMMA_LIST = /(?:[\p{L}\p{N}'’-]+(?: [\p{L}\p{N}'’-]+){0,3}, ){2,}(?:and |or )?[\p{L}\p{N}'’-]+/u;

/** Splits a paragraph into sentences at . ! ? followed by a capital, a digit or an opening quote. */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?]["'”’)]*\s+(?=["'“‘(]?[\p{Lu}\p{N}€£$])/gu;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].trimEnd().length;
    const candidate = text.slice(start, end);
    // "1. Protecting …" inside a sentence, or an abbreviation, is not a sentence end.
    if (ABBREVIATIONS.test(candidate) || /(?:^|\s)\d{1,2}\.$/.test(candidate)) continue;
    sentences.push(candidate.trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** A sentence that enumerates "…: 1. a; 2. b; 3. c." becomes its lead-in and one part per item. */
function splitInlineList(sentence: string): { text: string; listItem: boolean }[] {
  const markers = [...sentence.matchAll(INLINE_ITEM)];
  const [first, second] = markers;
  if (!first || !second) return [{ text: sentence, listItem: false }];
  const parts: { text: string; listItem: boolean }[] = [];
  const lead = sentence.slice(0, first.index).trim();
  if (lead) parts.push({ text: lead, listItem: false });
  markers.forEach((m, i) => {
    const from = m.index + m[0].length;
    const to = markers[i + 1]?.index ?? sentence.length;
    const item = sentence.slice(from, to).trim();
    if (item) parts.push({ text: item, listItem: true });
  });
  return parts;
}

function stripMarker(text: string): string {
  return text.replace(LIST_MARKER, '');
}

export function factReasons(text: string, listItem: boolean): FactReason[] {
  const body = normaliseText(stripMarker(text));
  const reasons: FactReason[] = [];
  const withoutDates = body.replace(new RegExp(DATE.source, 'gu'), ' ');
  if (DATE.test(body)) reasons.push('date');
  if (/\d/.test(withoutDates) || NUMBER_WORDS.test(body)) reasons.push('number');
  if (hasProperName(body)) reasons.push('name');
  if (ACRONYM.test(body)) reasons.push('acronym');
  if (listItem || COMMA_LIST.test(body)) reasons.push('list');
  return reasons;
}

function hasProperName(sentence: string): boolean {
  const words = sentence.split(' ');
  for (const [i, current] of words.entries()) {
    // The first word has none before it: its capital only starts the sentence.
    const previous = words[i - 1];
    if (previous === undefined) continue;
    const word = current.replace(/^["'(]+/, '');
    // A colon or an opening quote starts a new sentence-like clause: its first capital says nothing.
    if (/[:]$/.test(previous) || /^["']/.test(current)) continue;
    if (/^\p{Lu}\p{Ll}/u.test(word) && !MONTH.test(word)) return true;
  }
  return false;
}

/** The units of a document, furniture and headings left out, in reading order. */
export function documentUnits(document: string): SourceUnit[] {
  const lines = document.split(/\r\n|\r|\n/);
  const units: SourceUnit[] = [];
  const seen = new Set<string>();
  let captionNext = false;
  lines.forEach((raw, index) => {
    const line = raw.replace(/\s+/g, ' ').trim();
    const wasCaption = captionNext;
    captionNext = false;
    if (!line) return;
    if (IMAGE_LINE.test(line)) {
      // A bare image marker is followed by its caption (alt text), which describes a photo.
      captionNext = /^(?:[•\u2022*-]\s*)?Image$/.test(line);
      return;
    }
    if (wasCaption || DATELINE.test(line)) return;
    const listItem = LIST_MARKER.test(line);
    if (!listItem && !SENTENCE_END.test(line)) return;
    const pieces = listItem ? [{ text: line, listItem: true }] : splitSentences(line).flatMap((s) => splitInlineList(s));
    for (const piece of pieces) {
      const text = stripMarker(piece.text);
      const key = normaliseText(text);
      // The same sentence twice (the factsheet repeats a paragraph) is one statement.
      if (!key || seen.has(key)) continue;
      seen.add(key);
      units.push({ text, line: index + 1, listItem: piece.listItem, reasons: factReasons(text, piece.listItem) });
    }
  });
  return units;
}

/** Lower-cased words of normalised text, for overlap. Hyphenated words stay one word. */
export function overlapWords(text: string): string[] {
  return (
    normaliseText(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu) ?? []
  );
}

function containsRun(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0) return false;
  const joined = ` ${haystack.join(' ')} `;
  return joined.includes(` ${needle.join(' ')} `);
}

export const OVERLAP_WORDS = 6;
export const MIN_PARTIAL_OVERLAP_WORDS = 3;

export function overlaps(unitText: string, quote: string): boolean {
  const unit = overlapWords(unitText);
  if (unit.length === 0) return false;
  return quoteSegments(quote).some((segment) => {
    const words = overlapWords(segment);
    const run = Math.min(OVERLAP_WORDS, unit.length, words.length);
    if (run === 0) return false;
    if (run < MIN_PARTIAL_OVERLAP_WORDS && run !== unit.length) return false;
    for (let i = 0; i + run <= unit.length; i++) {
      if (containsRun(words, unit.slice(i, i + run))) return true;
    }
    return false;
  });
}

export interface DocumentCoverage {
  factBearing: SourceUnit[];
  covered: SourceUnit[];
  uncovered: SourceUnit[];
}

/** The fact-bearing units of a document, split into those some quote overlaps and the rest. */
export function documentCoverage(document: string, quotes: readonly string[]): DocumentCoverage {
  const factBearing = documentUnits(document).filter((u) => u.reasons.length > 0);
  const covered: SourceUnit[] = [];
  const uncovered: SourceUnit[] = [];
  for (const unit of factBearing) (quotes.some((q) => overlaps(unit.text, q)) ? covered : uncovered).push(unit);
  return { factBearing, covered, uncovered };
}
