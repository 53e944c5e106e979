import type { multipleSchema } from '../schema/question-schemas.js';
import { choiceLayout, rightOptionsText } from './choice-options.js';
import { isStringList, listText, type QuestionTypeDefinition } from './question-type.js';

/** `multiple`: one or more right options; the response is the ids of the ticked ones. Partial marks. */
export const multipleQuestion = {
  isResponse: isStringList,
  layout: choiceLayout,
  isAnswered: (_q, r) => r.length > 0,
  correctAnswerText: rightOptionsText,
  responseText: (q, r) => {
    const picked = q.options.filter((o) => r.includes(o.id)).map((o) => o.text);
    return picked.length ? listText(picked) : null;
  },
} satisfies QuestionTypeDefinition<typeof multipleSchema, string[]>;
