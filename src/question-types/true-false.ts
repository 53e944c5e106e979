import type { trueFalseSchema } from '../schema/question-schemas.js';
import type { QuestionTypeDefinition } from './question-type.js';

/** `true-false`: a statement to judge; the response is the learner's true or false. Right or wrong. */
export const trueFalseQuestion = {
  isResponse: (value): value is boolean => typeof value === 'boolean',
  isAnswered: () => true,
  correctAnswerText: (q, msg) => (q.answer ? msg.trueLabel : msg.falseLabel),
  responseText: (_q, r, msg) => (r ? msg.trueLabel : msg.falseLabel),
} satisfies QuestionTypeDefinition<typeof trueFalseSchema, boolean>;
