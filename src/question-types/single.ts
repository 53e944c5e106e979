import type { singleSchema } from '../schema/question-schemas.js';
import { choiceLayout, rightOptionsText } from './choice-options.js';
import type { QuestionTypeDefinition } from './question-type.js';

/** `single`: one right option among several; the response is the chosen option's id. Right or wrong. */
export const singleQuestion = {
  isResponse: (value): value is string => typeof value === 'string',
  layout: choiceLayout,
  isAnswered: () => true,
  correctAnswerText: rightOptionsText,
  responseText: (q, r) => q.options.find((o) => o.id === r)?.text ?? null,
} satisfies QuestionTypeDefinition<typeof singleSchema, string>;
