import type { matchSchema } from '../schema/question-schemas.js';
import { isStringRecord, listText, ownValue, type QuestionTypeDefinition } from './question-type.js';

/**
 * `match`: a right-hand text to choose for each left-hand item. The response maps each left pair id
 * to the pair id whose right-hand text was chosen. Partial marks, by pairs.
 */
export const matchQuestion = {
  isResponse: isStringRecord,
  // Always shuffled: listed in pair order, the answer would be "the same row".
  layout: { ids: (q) => q.pairs.map((p) => p.id), shuffle: 'always' },
  isAnswered: (q, r) => q.pairs.every((p) => !!ownValue(r, p.id)),
  correctAnswerText: (q) => listText(q.pairs.map((p) => `${p.left} → ${p.right}`)),
  responseText: (q, r) => listText(q.pairs.map((p) => `${p.left} → ${q.pairs.find((other) => other.id === ownValue(r, p.id))?.right ?? '—'}`)),
} satisfies QuestionTypeDefinition<typeof matchSchema, Record<string, string>>;
