import { escapeGift, giftFeedback, giftPercent, giftQuestion } from '../gift/gift-text.js';
import { multipleChoiceFraction } from '../grading/multiple-choice-score.js';
import type { multipleSchema } from '../schema/question-schemas.js';
import { choiceLayout, choiceRules, rightOptionsText } from './choice-options.js';
import { isStringList, listText, type QuestionTypeDefinition } from './question-type.js';

/** `multiple`: one or more right options; the response is the ids of the ticked ones. Partial marks. */
export const multipleQuestion = {
  rules: (q, at) => choiceRules(q, at, (correct) => (correct < 1 ? 'at least one option must be correct' : undefined)),
  isResponse: isStringList,
  layout: choiceLayout,
  fraction: (q, r) => multipleChoiceFraction(q.options, r),
  isAnswered: (_q, r) => r.length > 0,
  correctAnswerText: rightOptionsText,
  responseText: (q, r) => {
    const picked = q.options.filter((o) => r.includes(o.id)).map((o) => o.text);
    return picked.length ? listText(picked) : null;
  },
  toGift: (q) => {
    // Our grading: each right pick earns one share, each wrong pick costs one; the same in weights.
    const share = 100 / q.options.filter((o) => o.correct).length;
    return giftQuestion(q, q.options.map((o) => `~%${giftPercent(o.correct ? share : -share)}%${escapeGift(o.text)}${giftFeedback(o.feedback)}`).join(' '));
  },
} satisfies QuestionTypeDefinition<typeof multipleSchema, string[]>;
