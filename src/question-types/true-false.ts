import { giftQuestion } from '../gift/gift-text.js';
import { questionBase } from '../schema/question-base.js';
import { z } from '../schema/zod.js';
import type { QuestionTypeDefinition } from './question-type.js';

const schema = z.strictObject({
  ...questionBase,
  type: z.literal('true-false'),
  answer: z.boolean(),
});

/** `true-false`: a statement to judge; the response is the learner's true or false. Right or wrong. */
export const trueFalseQuestion = {
  schema,
  rules: () => [],
  isResponse: (value): value is boolean => typeof value === 'boolean',
  fraction: (q, r) => (r === q.answer ? 1 : 0),
  isAnswered: () => true,
  correctAnswerText: (q, msg) => (q.answer ? msg.trueLabel : msg.falseLabel),
  responseText: (_q, r, msg) => (r ? msg.trueLabel : msg.falseLabel),
  toGift: (q) => giftQuestion(q, q.answer ? 'TRUE' : 'FALSE'),
} satisfies QuestionTypeDefinition<typeof schema, boolean>;
