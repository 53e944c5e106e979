import type { clozeSchema } from '../schema/question-schemas.js';
import { isStringRecord, listText, ownValue, type QuestionTypeDefinition } from './question-type.js';

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

/**
 * `cloze`: a passage with blanks, each typed or chosen from a list. The response maps blank ids to
 * what was typed or chosen. Partial marks, by blanks.
 */
export const clozeQuestion = {
  isResponse: isStringRecord,
  isAnswered: (q, r) => Object.keys(q.blanks).every((id) => (ownValue(r, id) ?? '').trim() !== ''),
  correctAnswerText: (q) => listText(Object.values(q.blanks).map((blank) => blank.accept[0] ?? '')),
  responseText: (q, r) => listText(Object.keys(q.blanks).map((id) => ownValue(r, id)?.trim() || '—')),
} satisfies QuestionTypeDefinition<typeof clozeSchema, Record<string, string>>;
