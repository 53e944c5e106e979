import { ID_MESSAGE } from './common-schema.js';
import type { ValidationIssue } from './validation-issues.js';

/**
 * Rules the schema alone cannot express. They read the raw input defensively, so a bank with
 * a type error somewhere still gets its cross-field problems listed in the same report.
 */

type Loose = Record<string, unknown>;
const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const stringOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Reports every id that occurs more than once in `items[].key`. */
export function duplicateIds(items: unknown[], key: string, at: (index: number) => string, what = 'id'): ValidationIssue[] {
  const seen = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  items.forEach((item, index) => {
    const value = isObject(item) ? stringOf(item[key]) : undefined;
    if (value === undefined) return;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else issues.push({ path: `${at(index)}.${key}`, message: `duplicate ${what} "${value}" (first used at ${at(first)})` });
  });
  return issues;
}

/** Splits "a {{x}} b" into text and blank ids, in order; the text parts stay plain text. */
export function clozeParts(text: string): Array<{ text: string } | { blank: string }> {
  const parts: Array<{ text: string } | { blank: string }> = [];
  let last = 0;
  for (const match of text.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)) {
    parts.push({ text: text.slice(last, match.index) });
    parts.push({ blank: match[1] });
    last = match.index! + match[0].length;
  }
  parts.push({ text: text.slice(last) });
  return parts;
}

/** The `{{blankId}}` markers of a cloze text, in order. */
export function clozeMarkers(text: string): string[] {
  return clozeParts(text).flatMap((part) => ('blank' in part ? [part.blank] : []));
}

function choiceRules(q: Loose, at: string): ValidationIssue[] {
  const options = list(q.options);
  const issues = duplicateIds(options, 'id', (i) => `${at}.options[${i}]`, 'option id');
  const correct = options.filter((o) => isObject(o) && o.correct === true).length;
  if (q.type === 'single' && options.length > 0 && correct !== 1) {
    issues.push({ path: `${at}.options`, message: `exactly one option must be correct (found ${correct})` });
  }
  if (q.type === 'multiple' && options.length > 0 && correct < 1) {
    issues.push({ path: `${at}.options`, message: 'at least one option must be correct' });
  }
  return issues;
}

function clozeRules(q: Loose, at: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const text = stringOf(q.text) ?? '';
  const blanks = isObject(q.blanks) ? q.blanks : {};
  const markers = clozeMarkers(text);
  const seen = new Set<string>();
  for (const marker of markers) {
    if (seen.has(marker)) issues.push({ path: `${at}.text`, message: `marker {{${marker}}} is used more than once` });
    seen.add(marker);
    if (!Object.hasOwn(blanks, marker)) issues.push({ path: `${at}.text`, message: `marker {{${marker}}} has no blank in "blanks"` });
  }
  if (markers.length === 0 && text) issues.push({ path: `${at}.text`, message: 'has no {{blankId}} marker' });
  for (const [blankId, blank] of Object.entries(blanks)) {
    // zod skips a "__proto__" key without a word (it cannot be copied onto a plain object), so it is refused here.
    if (blankId === '__proto__') issues.push({ path: `${at}.blanks["__proto__"]`, message: ID_MESSAGE });
    if (!seen.has(blankId)) issues.push({ path: `${at}.blanks.${blankId}`, message: `has no {{${blankId}}} marker in the text` });
    if (isObject(blank) && !Array.isArray(blank.options)) issues.push(...untypeableAnswers(blank.accept, `${at}.blanks.${blankId}.accept`));
    if (!isObject(blank) || !Array.isArray(blank.options)) continue;
    const options = blank.options.filter((o): o is string => typeof o === 'string');
    for (const accepted of list(blank.accept)) {
      if (typeof accepted === 'string' && !options.includes(accepted)) {
        issues.push({ path: `${at}.blanks.${blankId}.options`, message: `must include the accepted answer "${accepted}"` });
      }
    }
    if (new Set(options).size !== options.length) {
      issues.push({ path: `${at}.blanks.${blankId}.options`, message: 'has the same option twice' });
    }
  }
  return issues;
}

/** A typed answer is compared without case, accents, punctuation or symbols: one with no letter or digit left could never be matched. */
function untypeableAnswers(accept: unknown, at: string): ValidationIssue[] {
  return list(accept).flatMap((answer, i) =>
    typeof answer === 'string' && answer.trim() !== '' && !/[\p{L}\p{N}]/u.test(answer)
      ? [{ path: `${at}[${i}]`, message: 'has no letter or digit, so no typed answer could match it' }]
      : [],
  );
}

function sameTextTwice(values: unknown[], at: string, what: string): ValidationIssue[] {
  const texts = values.filter((v): v is string => typeof v === 'string').map((v) => v.trim());
  return new Set(texts).size === texts.length ? [] : [{ path: at, message: `two ${what} have the same text, so learners could not tell them apart` }];
}

function questionRules(q: unknown, at: string, sourceIds: Set<string>): ValidationIssue[] {
  if (!isObject(q)) return [];
  const issues: ValidationIssue[] = [];
  const ref = isObject(q.source) ? stringOf(q.source.ref) : undefined;
  if (ref !== undefined && !sourceIds.has(ref)) {
    issues.push({ path: `${at}.source.ref`, message: `no source with id "${ref}" in "sources"` });
  }
  switch (q.type) {
    case 'single':
    case 'multiple':
      issues.push(...choiceRules(q, at));
      issues.push(...sameTextTwice(list(q.options).map((o) => (isObject(o) ? o.text : undefined)), `${at}.options`, 'options'));
      break;
    case 'order':
      issues.push(...duplicateIds(list(q.items), 'id', (i) => `${at}.items[${i}]`, 'item id'));
      issues.push(...sameTextTwice(list(q.items).map((o) => (isObject(o) ? o.text : undefined)), `${at}.items`, 'items'));
      break;
    case 'match':
      issues.push(...duplicateIds(list(q.pairs), 'id', (i) => `${at}.pairs[${i}]`, 'pair id'));
      issues.push(...sameTextTwice(list(q.pairs).map((o) => (isObject(o) ? o.right : undefined)), `${at}.pairs`, 'right-hand answers'));
      issues.push(...sameTextTwice(list(q.pairs).map((o) => (isObject(o) ? o.left : undefined)), `${at}.pairs`, 'left-hand items'));
      break;
    case 'text':
      issues.push(...untypeableAnswers(q.accept, `${at}.accept`));
      break;
    case 'cloze':
      issues.push(...clozeRules(q, at));
      break;
  }
  return issues;
}

export function bankRules(input: unknown): ValidationIssue[] {
  if (!isObject(input)) return [];
  const sources = list(input.sources);
  const sourceIds = new Set(sources.map((s) => (isObject(s) ? stringOf(s.id) : undefined)).filter((s): s is string => !!s));
  const questions = list(input.questions);
  return [
    ...duplicateIds(sources, 'id', (i) => `sources[${i}]`, 'source id'),
    ...duplicateIds(questions, 'id', (i) => `questions[${i}]`, 'question id'),
    ...questions.flatMap((q, i) => questionRules(q, `questions[${i}]`, sourceIds)),
  ];
}
