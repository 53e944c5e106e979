import { CLOZE_PROMPT, escapeGift, giftGeneralFeedback, type GiftNote } from '../gift/gift-text.js';
import { matchBlank } from '../grading/text-match.js';
import { ID_MESSAGE } from '../schema/content-keys.js';
import { isObject, list, stringOf, untypeableAnswers } from '../schema/cross-field-rules.js';
import type { clozeSchema } from '../schema/question-schemas.js';
import type { ValidationIssue } from '../schema/validation-issues.js';
import type { z } from '../schema/zod.js';
import { isStringRecord, listText, ownValue, type QuestionTypeDefinition, share } from './question-type.js';

/** Splits "a {{x}} b" into text and blank ids, in order; the text parts stay plain text. */
export function clozeParts(text: string): Array<{ text: string } | { blank: string }> {
  const parts: Array<{ text: string } | { blank: string }> = [];
  let last = 0;
  for (const match of text.matchAll(/\{\{\s*([^{}\s]+)\s*\}\}/g)) {
    parts.push({ text: text.slice(last, match.index) });
    parts.push({ blank: match[1] ?? '' }); // group 1 is not optional: always set
    last = match.index + match[0].length;
  }
  parts.push({ text: text.slice(last) });
  return parts;
}

/** The `{{blankId}}` markers of a cloze text, in order. */
export function clozeMarkers(text: string): string[] {
  return clozeParts(text).flatMap((part) => ('blank' in part ? [part.blank] : []));
}

/** Whether one blank is filled right: a choice exactly, a typed answer forgivingly. Grading and the blank's mark share it. */
export function blankIsRight(blank: { accept: readonly string[]; options?: readonly string[] }, given: string | undefined, lang?: string): boolean {
  return matchBlank(blank, given, lang) !== null;
}

function clozeRules(q: Record<string, unknown>, at: string): ValidationIssue[] {
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
    // A choice-list blank may offer "%": it is picked, not typed.
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

/**
 * `cloze`: a passage with blanks, each typed or chosen from a list. The response maps blank ids to
 * what was typed or chosen. Partial marks, by blanks.
 */
export const clozeQuestion = {
  rules: clozeRules,
  isResponse: isStringRecord,
  fraction: (q, r, lang) => {
    const blanks = Object.entries(q.blanks);
    return share(blanks.filter(([id, blank]) => blankIsRight(blank, r && ownValue(r, id), lang)).length, blanks.length);
  },
  spelling: (q, r, lang) => {
    const spelledBlanks = new Map<string, string>();
    for (const [id, blank] of Object.entries(q.blanks)) {
      const match = matchBlank(blank, r && ownValue(r, id), lang);
      if (match?.typo) spelledBlanks.set(id, match.accepted);
    }
    return spelledBlanks.size > 0 ? { spelledBlanks } : {};
  },
  isAnswered: (q, r) => Object.keys(q.blanks).every((id) => (ownValue(r, id) ?? '').trim() !== ''),
  correctAnswerText: (q) => listText(Object.values(q.blanks).map((blank) => blank.accept[0] ?? '')),
  responseText: (q, r) => listText(Object.keys(q.blanks).map((id) => ownValue(r, id)?.trim() || '—')),
  toGift: clozeToGift,
} satisfies QuestionTypeDefinition<typeof clozeSchema, Record<string, string>>;

/** A cloze with one blank is GIFT's missing word: the sentence with the answers in braces where the blank is. */
function clozeToGift(q: z.output<typeof clozeSchema>, note: GiftNote): string | undefined {
  const parts = clozeParts(q.text);
  const blanks = parts.filter((p) => 'blank' in p);
  const only = blanks.length === 1 ? blanks.at(0) : undefined;
  const blank = only && ownValue(q.blanks, only.blank);
  if (!blank) {
    note('skipped', `a cloze with ${blanks.length} blanks has no GIFT form (a missing-word question has one blank)`);
    return undefined;
  }
  if (q.prompt !== CLOZE_PROMPT) note('changed', 'its prompt is dropped: a GIFT missing-word question is its sentence alone');
  const choices = blank.options
    ? blank.options.map((o) => `${blank.accept.includes(o) ? '=' : '~'}${escapeGift(o)}`).join(' ')
    : blank.accept.map((a) => `=${escapeGift(a)}`).join(' ');
  return parts.map((p) => ('blank' in p ? `{${choices}${giftGeneralFeedback(q.explanation)}}` : escapeGift(p.text))).join('');
}
