import { validateDeck } from '../schema/deck-schema.js';
import { validateGlossary } from '../schema/glossary-schema.js';
import { validateBank } from '../schema/validate-bank.js';
import type { Validated } from '../schema/validation-issues.js';
import { documentCoverage, type SourceUnit } from './coverage.js';
import { type CoverageNote, validateCoverageNotes } from './coverage-notes.js';
import { countPassages, matchQuote, MAX_QUOTE_WORDS, MIN_QUOTE_WORDS, normaliseText, quoteWords } from './quote-match.js';

/**
 * The provenance check behind `npm run check:content`, as a pure function of the files' text, so
 * it is testable without a file system. Source documents are identified by file name: the source
 * `id` a bank lists in `sources[]` must be the name of a file in the sources folder without `.txt`.
 */

/** Documents that sit beside the sources but must never be cited (see the sources README). */
export const NOT_A_SOURCE: ReadonlySet<string> = new Set(['forum-european-defense-cooperation']);

export interface ContentFile {
  /** How the file is named in the report, e.g. `questions/csdp.json`. */
  name: string;
  text: string;
}

export interface ContentInput {
  banks: ContentFile[];
  decks: ContentFile[];
  glossary?: ContentFile;
  coverageNotes?: ContentFile;
  /** Each source document's text by id (its file name without `.txt`). */
  sources: ReadonlyMap<string, string>;
}

export interface Problem {
  file: string;
  path: string;
  message: string;
}

export interface WebCitation {
  file: string;
  path: string;
  term: string;
  url: string;
  note: string;
}

export interface LeftUnit extends SourceUnit {
  reason: string;
}

export interface DocumentReport {
  id: string;
  factBearing: number;
  covered: number;
  left: LeftUnit[];
  uncovered: SourceUnit[];
}

export interface ContentCounts {
  banks: { file: string; id: string; questions: number; byType: Record<string, number> }[];
  decks: { file: string; id: string; cards: number }[];
  glossaryEntries: number;
}

/** A glossary entry for a term only a document that is not a source uses (the forum's "EDC"): allowed, to warn a reader, and listed. */
export interface NotASourceTerm {
  file: string;
  path: string;
  term: string;
  document: string;
}

export interface ContentReport {
  problems: Problem[];
  webCitations: WebCitation[];
  notASourceTerms: NotASourceTerm[];
  coverage: DocumentReport[];
  counts: ContentCounts;
}

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function parse(file: ContentFile, problems: Problem[]): unknown {
  try {
    // Some editors save UTF-8 with a byte-order mark, which JSON.parse rejects and fetch() ignores.
    return JSON.parse(file.text.replace(/^\uFEFF/, ''));
  } catch (error) {
    problems.push({ file: file.name, path: '(root)', message: `is not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
}

function validationProblems(file: ContentFile, result: Validated<unknown>): Problem[] {
  return result.ok ? [] : result.issues.map((issue) => ({ file: file.name, path: issue.path, message: issue.message }));
}

const missing = (value: unknown) => value === undefined || (typeof value === 'string' && !value.trim());

/**
 * A teacher's bank may leave out its language, description, sources, explanations and citations;
 * built-in content may not: every answer cites a verbatim passage of an official document.
 */
function provenanceProblems(file: ContentFile, data: Loose): Problem[] {
  const problems: Problem[] = [];
  const required = (path: string) => problems.push({ file: file.name, path, message: 'is required in built-in content' });
  for (const key of ['lang', 'description', 'sources']) if (missing(data[key])) required(key);
  if (Array.isArray(data.sources) && data.sources.length === 0)
    problems.push({ file: file.name, path: 'sources', message: 'must list at least one source document' });
  list(data.questions).forEach((question, i) => {
    if (!isObject(question)) return;
    if (missing(question.explanation)) required(`questions[${i}].explanation`);
    if (!isObject(question.source)) required(`questions[${i}].source`);
    else for (const key of ['ref', 'quote']) if (missing(question.source[key])) required(`questions[${i}].source.${key}`);
  });
  return problems;
}

/** Every listed source document must exist beside the others and must not be the forum thread. */
function sourceListProblems(file: ContentFile, data: Loose, sources: ReadonlyMap<string, string>): Problem[] {
  return list(data.sources).flatMap((entry, i): Problem[] => {
    const id = isObject(entry) ? str(entry.id) : undefined;
    if (id === undefined) return [];
    if (NOT_A_SOURCE.has(id)) {
      return [{ file: file.name, path: `sources[${i}].id`, message: `"${id}" is the forum thread, which is not a source of facts: cite an EEAS document` }];
    }
    if (!sources.has(id)) {
      return [
        { file: file.name, path: `sources[${i}].id`, message: `no document "${id}.txt" in the sources folder (a source id is its file name without .txt)` },
      ];
    }
    return [];
  });
}

/** Checks one `{ref, quote}` citation; returns the quote when it may count towards coverage. */
function citationProblems(
  file: ContentFile,
  at: string,
  citation: Loose,
  sources: ReadonlyMap<string, string>,
  problems: Problem[],
): { ref: string; quote: string } | undefined {
  const ref = str(citation.ref);
  const quote = str(citation.quote);
  if (ref === undefined || quote === undefined) return undefined;
  if (NOT_A_SOURCE.has(ref)) {
    problems.push({ file: file.name, path: `${at}.ref`, message: `cites the forum thread "${ref}", which is not a source of facts` });
    return undefined;
  }
  const words = quoteWords(quote).length;
  if (words > MAX_QUOTE_WORDS) {
    problems.push({ file: file.name, path: `${at}.quote`, message: `is ${words} words long: a quote is at most ${MAX_QUOTE_WORDS} words` });
  }
  if (words === 0) {
    problems.push({ file: file.name, path: `${at}.quote`, message: 'has no words: quote the passage that supports the fact' });
    return undefined;
  }
  const document = sources.get(ref);
  // An unknown ref is already reported, by the validator or by the source list check.
  if (document === undefined) return undefined;
  const match = matchQuote(quote, document);
  if (!match.found) {
    problems.push({ file: file.name, path: `${at}.quote`, message: `does not occur in "${ref}": ${match.reason}` });
    return undefined;
  }
  const times = words < MIN_QUOTE_WORDS ? countPassages(document, quote) : 1;
  if (times > 1) {
    problems.push({
      file: file.name,
      path: `${at}.quote`,
      message: `is ${words} word${words === 1 ? '' : 's'} long and occurs ${times} times in "${ref}": quote enough (at least ${MIN_QUOTE_WORDS} words) to show which passage supports the fact`,
    });
  }
  return { ref, quote };
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function occursAsTerm(term: string, documents: Iterable<string>): boolean {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(normaliseText(term))}(?![\\p{L}\\p{N}])`, 'u');
  for (const doc of documents) if (pattern.test(normaliseText(doc))) return true;
  return false;
}

export function checkContent(input: ContentInput): ContentReport {
  const problems: Problem[] = [];
  const webCitations: WebCitation[] = [];
  const notASourceTerms: NotASourceTerm[] = [];
  const quotesByDocument = new Map<string, string[]>();
  const counts: ContentCounts = { banks: [], decks: [], glossaryEntries: 0 };
  const addQuote = (cited: { ref: string; quote: string } | undefined) => {
    if (cited) quotesByDocument.set(cited.ref, [...(quotesByDocument.get(cited.ref) ?? []), cited.quote]);
  };

  const cardHome = new Map<string, string>();
  for (const file of input.decks) {
    const data = parse(file, problems);
    if (data === undefined) continue;
    problems.push(...validationProblems(file, validateDeck(data)));
    if (!isObject(data)) continue;
    problems.push(...sourceListProblems(file, data, input.sources));
    const cards = list(data.cards);
    counts.decks.push({ file: file.name, id: str(data.id) ?? '?', cards: cards.length });
    cards.forEach((card, i) => {
      if (!isObject(card)) return;
      const id = str(card.id);
      if (id !== undefined) {
        const home = cardHome.get(id);
        if (home !== undefined && home !== file.name) {
          problems.push({
            file: file.name,
            path: `cards[${i}].id`,
            message: `card id "${id}" is also used in ${home}: a question's "cards" could not tell them apart`,
          });
        } else cardHome.set(id, file.name);
      }
      if (isObject(card.source)) addQuote(citationProblems(file, `cards[${i}].source`, card.source, input.sources, problems));
    });
  }

  for (const file of input.banks) {
    const data = parse(file, problems);
    if (data === undefined) continue;
    problems.push(...validationProblems(file, validateBank(data)));
    if (!isObject(data)) continue;
    problems.push(...provenanceProblems(file, data));
    problems.push(...sourceListProblems(file, data, input.sources));
    const questions = list(data.questions);
    const byType: Record<string, number> = {};
    questions.forEach((question, i) => {
      if (!isObject(question)) return;
      const type = str(question.type) ?? '?';
      byType[type] = (byType[type] ?? 0) + 1;
      if (isObject(question.source)) addQuote(citationProblems(file, `questions[${i}].source`, question.source, input.sources, problems));
      list(question.cards).forEach((card, j) => {
        if (typeof card === 'string' && !cardHome.has(card)) {
          problems.push({ file: file.name, path: `questions[${i}].cards[${j}]`, message: `no card "${card}" in any deck in questions/decks/` });
        }
      });
    });
    counts.banks.push({ file: file.name, id: str(data.id) ?? '?', questions: questions.length, byType });
  }

  if (input.glossary) checkGlossary(input.glossary, input.sources, problems, webCitations, notASourceTerms, counts);

  const coverage: DocumentReport[] = [];
  const notes = input.coverageNotes ? readNotes(input.coverageNotes, problems) : [];
  const usedNotes = new Set<number>();
  const ids = [...input.sources.keys()].filter((id) => !NOT_A_SOURCE.has(id)).sort();
  for (const id of ids) {
    const result = documentCoverage(input.sources.get(id) ?? '', quotesByDocument.get(id) ?? []);
    const left: LeftUnit[] = [];
    const uncovered: SourceUnit[] = [];
    for (const unit of result.uncovered) {
      const noteIndex = notes.findIndex((n) => n.document === id && normaliseText(unit.text).includes(normaliseText(n.sentence)));
      const note = notes[noteIndex];
      if (note) {
        usedNotes.add(noteIndex);
        left.push({ ...unit, reason: note.reason });
      } else uncovered.push(unit);
    }
    for (const [index, note] of notes.entries()) {
      if (note.document !== id || usedNotes.has(index)) continue;
      if (result.covered.some((u) => normaliseText(u.text).includes(normaliseText(note.sentence)))) {
        usedNotes.add(index);
        problems.push({ file: input.coverageNotes!.name, path: `notes[${index}]`, message: 'the sentence is covered by a quote now: remove the note' });
      }
    }
    coverage.push({ id, factBearing: result.factBearing.length, covered: result.covered.length, left, uncovered });
  }
  notes.forEach((note, index) => {
    if (usedNotes.has(index)) return;
    const message = ids.includes(note.document)
      ? `matches no fact-bearing sentence of "${note.document}" (quote part of one sentence, verbatim)`
      : `no source document "${note.document}"`;
    problems.push({ file: input.coverageNotes!.name, path: `notes[${index}]`, message });
  });

  return { problems, webCitations, notASourceTerms, coverage, counts };
}

function checkGlossary(
  file: ContentFile,
  sources: ReadonlyMap<string, string>,
  problems: Problem[],
  webCitations: WebCitation[],
  notASourceTerms: NotASourceTerm[],
  counts: ContentCounts,
): void {
  const data = parse(file, problems);
  if (data === undefined) return;
  problems.push(...validationProblems(file, validateGlossary(data)));
  if (!isObject(data)) return;
  problems.push(...sourceListProblems(file, data, sources));
  const documents = [...sources.entries()].filter(([id]) => !NOT_A_SOURCE.has(id)).map(([, text]) => text);
  const entries = list(data.entries);
  counts.glossaryEntries = entries.length;
  entries.forEach((entry, i) => {
    if (!isObject(entry)) return;
    const at = `entries[${i}]`;
    const term = str(entry.term);
    const names = [term, ...list(entry.aliases).map(str)].filter((n): n is string => !!n && n.trim().length > 0);
    // A term only the forum thread uses may have an entry, so a tip can warn that no source names it;
    // its definition still cites an EEAS passage (checked below), never the forum.
    const notASource = names.length > 0 && !names.some((name) => occursAsTerm(name, documents)) ? forumDocumentUsing(names, sources) : undefined;
    if (notASource !== undefined) notASourceTerms.push({ file: file.name, path: `${at}.term`, term: term ?? '?', document: notASource });
    else if (names.length > 0 && !names.some((name) => occursAsTerm(name, documents))) {
      problems.push({
        file: file.name,
        path: `${at}.term`,
        message: `neither "${term}" nor an alias occurs in any source document (terms are written as the text has them, case-sensitive)`,
      });
    }
    if (!isObject(entry.source)) return;
    const url = str(entry.source.url);
    if (url !== undefined) {
      if (!/^https:\/\//i.test(url)) {
        problems.push({ file: file.name, path: `${at}.source.url`, message: 'must be an https:// address of an official page' });
      }
      webCitations.push({ file: file.name, path: `${at}.source`, term: term ?? '?', url, note: str(entry.source.note) ?? '' });
      return;
    }
    citationProblems(file, `${at}.source`, entry.source, sources, problems);
  });
}

function forumDocumentUsing(names: string[], sources: ReadonlyMap<string, string>): string | undefined {
  return [...NOT_A_SOURCE].find((id) => sources.has(id) && names.some((name) => occursAsTerm(name, [sources.get(id)!])));
}

function readNotes(file: ContentFile, problems: Problem[]): CoverageNote[] {
  const data = parse(file, problems);
  if (data === undefined) return [];
  const result = validateCoverageNotes(data);
  if (!result.ok) {
    problems.push(...validationProblems(file, result));
    return [];
  }
  return result.value.notes;
}
