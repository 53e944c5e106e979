import { giftQuestion } from '../gift/gift-text.js';
import type { trueFalseSchema } from '../schema/question-schemas.js';
import type { QuestionAuthoring } from './question-type.js';

/** What a `true-false` question of a bank must satisfy besides its schema, and its GIFT form. */
export const trueFalseAuthoring = {
  rules: () => [],
  toGift: (q) => giftQuestion(q, q.answer ? 'TRUE' : 'FALSE'),
} satisfies QuestionAuthoring<typeof trueFalseSchema>;
