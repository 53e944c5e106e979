import { giftQuestion } from '../gift/gift-text.js';
import type { numericSchema } from '../schema/question-schemas.js';
import type { QuestionAuthoring } from './question-type.js';

/** What a `numeric` question of a bank must satisfy besides its schema, and its GIFT form. */
export const numericAuthoring = {
  rules: () => [],
  toGift: (q, note) => {
    if (q.unit) note('changed', `its unit "${q.unit}" is dropped (GIFT numbers have none)`);
    return giftQuestion(q, `#${q.answer}${q.tolerance ? `:${q.tolerance}` : ''}`);
  },
} satisfies QuestionAuthoring<typeof numericSchema>;
