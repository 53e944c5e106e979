import { escapeGift, giftFeedback, giftQuestion } from '../gift/gift-text.js';
import type { singleSchema } from '../schema/question-schemas.js';
import { choiceLayout, choiceRules, rightOptionsText } from './choice-options.js';
import type { QuestionTypeDefinition } from './question-type.js';

/** `single`: one right option among several; the response is the chosen option's id. Right or wrong. */
export const singleQuestion = {
  rules: (q, at) => choiceRules(q, at, (correct) => (correct === 1 ? undefined : `exactly one option must be correct (found ${correct})`)),
  isResponse: (value): value is string => typeof value === 'string',
  layout: choiceLayout,
  fraction: (q, r) => (q.options.find((o) => o.id === r)?.correct ? 1 : 0),
  isAnswered: () => true,
  correctAnswerText: rightOptionsText,
  responseText: (q, r) => q.options.find((o) => o.id === r)?.text ?? null,
  toGift: (q) => giftQuestion(q, q.options.map((o) => `${o.correct ? '=' : '~'}${escapeGift(o.text)}${giftFeedback(o.feedback)}`).join(' ')),
} satisfies QuestionTypeDefinition<typeof singleSchema, string>;
