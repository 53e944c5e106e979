import { escapeGift, giftQuestion } from '../gift/gift-text.js';
import { duplicateIds, fieldOf, list, sameTextTwice } from '../schema/cross-field-rules.js';
import type { matchSchema } from '../schema/question-schemas.js';
import { isStringRecord, listText, ownValue, type QuestionTypeDefinition, share } from './question-type.js';

/**
 * `match`: a right-hand text to choose for each left-hand item. The response maps each left pair id
 * to the pair id whose right-hand text was chosen. Partial marks, by pairs.
 */
export const matchQuestion = {
  rules: (q, at) => [
    ...duplicateIds(list(q.pairs), 'id', (i) => `${at}.pairs[${i}]`, 'pair id'),
    ...sameTextTwice(fieldOf(q.pairs, 'right'), `${at}.pairs`, 'right-hand answers'),
    ...sameTextTwice(fieldOf(q.pairs, 'left'), `${at}.pairs`, 'left-hand items'),
  ],
  isResponse: isStringRecord,
  // Always shuffled: listed in pair order, the answer would be "the same row".
  layout: { ids: (q) => q.pairs.map((p) => p.id), shuffle: 'always' },
  fraction: (q, r) => share(q.pairs.filter((p) => r && ownValue(r, p.id) === p.id).length, q.pairs.length),
  isAnswered: (q, r) => q.pairs.every((p) => !!ownValue(r, p.id)),
  correctAnswerText: (q) => listText(q.pairs.map((p) => `${p.left} → ${p.right}`)),
  responseText: (q, r) => listText(q.pairs.map((p) => `${p.left} → ${q.pairs.find((other) => other.id === ownValue(r, p.id))?.right ?? '—'}`)),
  toGift: (q) => giftQuestion(q, q.pairs.map((p) => `=${escapeGift(p.left)} -> ${escapeGift(p.right)}`).join(' ')),
} satisfies QuestionTypeDefinition<typeof matchSchema, Record<string, string>>;
