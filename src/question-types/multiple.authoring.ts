import { escapeGift, giftFeedback, giftPercent, giftQuestion } from '../gift/gift-text.js';
import type { multipleSchema } from '../schema/question-schemas.js';
import { choiceRules } from './choice-options.authoring.js';
import type { QuestionAuthoring } from './question-type.js';

/** What a `multiple` question of a bank must satisfy besides its schema, and its GIFT form. */
export const multipleAuthoring = {
  rules: (q, at) => choiceRules(q, at, (correct) => (correct < 1 ? 'at least one option must be correct' : undefined)),
  toGift: (q) => {
    // Our grading: each right pick earns one share, each wrong pick costs one; the same in weights.
    const share = 100 / q.options.filter((o) => o.correct).length;
    return giftQuestion(q, q.options.map((o) => `~%${giftPercent(o.correct ? share : -share)}%${escapeGift(o.text)}${giftFeedback(o.feedback)}`).join(' '));
  },
} satisfies QuestionAuthoring<typeof multipleSchema>;
