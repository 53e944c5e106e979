import { escapeGift, giftQuestion } from '../gift/gift-text.js';
import { untypeableAnswers } from '../schema/cross-field-rules.js';
import type { textSchema } from '../schema/question-schemas.js';
import type { QuestionAuthoring } from './question-type.js';

/** What a `text` question of a bank must satisfy besides its schema, and its GIFT form. */
export const textAuthoring = {
  rules: (q, at) => untypeableAnswers(q.accept, `${at}.accept`),
  toGift: (q) => giftQuestion(q, q.accept.map((a) => `=${escapeGift(a)}`).join(' ')),
} satisfies QuestionAuthoring<typeof textSchema>;
