import { questionBase } from '../schema/question-base.js';
import { z } from '../schema/zod.js';
import { choiceLayout, choiceOptions, choiceRules, rightOptionsText } from './choice-options.js';
import { isStringList, listText, share, type QuestionTypeDefinition } from './question-type.js';

const schema = z.strictObject({
  ...questionBase,
  type: z.literal('multiple'),
  options: choiceOptions,
});

/** `multiple`: one or more right options; the response is the ids of the ticked ones. Partial marks. */
export const multipleQuestion = {
  schema,
  rules: (q, at) => choiceRules(q, at, (correct) => (correct < 1 ? 'at least one option must be correct' : undefined)),
  isResponse: isStringList,
  layout: choiceLayout,
  fraction: (q, r) => {
    // A wrong pick costs what a right one earns; picking everything earns nothing; never below 0.
    const picked = [...new Set(r ?? [])].map((id) => q.options.find((o) => o.id === id)).filter((o) => o !== undefined);
    const right = picked.filter((o) => o.correct).length;
    const wrong = picked.length - right;
    return Math.max(0, share(right - wrong, q.options.filter((o) => o.correct).length));
  },
  isAnswered: (_q, r) => r.length > 0,
  correctAnswerText: rightOptionsText,
  responseText: (q, r) => {
    const picked = q.options.filter((o) => r.includes(o.id)).map((o) => o.text);
    return picked.length ? listText(picked) : null;
  },
} satisfies QuestionTypeDefinition<typeof schema, string[]>;
