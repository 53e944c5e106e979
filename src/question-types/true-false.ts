import { giftQuestion } from '../gift/gift-text.js';
import type { trueFalseSchema } from '../schema/question-schemas.js';
import type { QuestionTypeDefinition } from './question-type.js';

/** `true-false`: a statement to judge; the response is the learner's true or false. Right or wrong. */
export const trueFalseQuestion = {
  rules: () => [],
  isResponse: (value): value is boolean => typeof value === 'boolean',
  fraction: (q, r) => (r === q.answer ? 1 : 0),
  isAnswered: () => true,
  correctAnswerText: (q, msg) => (q.answer ? msg.trueLabel : msg.falseLabel),
  responseText: (_q, r, msg) => (r ? msg.trueLabel : msg.falseLabel),
  toGift: (q) => giftQuestion(q, q.answer ? 'TRUE' : 'FALSE'),
} satisfies QuestionTypeDefinition<typeof trueFalseSchema, boolean>;
