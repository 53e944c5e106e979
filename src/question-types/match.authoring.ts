import { escapeGift, giftQuestion } from '../gift/gift-text.js';
import { duplicateIds, fieldOf, list, sameTextTwice } from '../schema/cross-field-rules.js';
import type { matchSchema } from '../schema/question-schemas.js';
import type { QuestionAuthoring } from './question-type.js';

/** What a `match` question of a bank must satisfy besides its schema, and its GIFT form. */
export const matchAuthoring = {
  rules: (q, at) => [
    ...duplicateIds(list(q.pairs), 'id', (i) => `${at}.pairs[${i}]`, 'pair id'),
    ...sameTextTwice(fieldOf(q.pairs, 'right'), `${at}.pairs`, 'right-hand answers'),
    ...sameTextTwice(fieldOf(q.pairs, 'left'), `${at}.pairs`, 'left-hand items'),
  ],
  toGift: (q) => giftQuestion(q, q.pairs.map((p) => `=${escapeGift(p.left)} -> ${escapeGift(p.right)}`).join(' ')),
} satisfies QuestionAuthoring<typeof matchSchema>;
