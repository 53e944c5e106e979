import type { trueFalseSchema } from '../schema/question-schemas.js';
import type { QuestionGrading } from './question-type.js';

/** How a `true-false` question is graded (what the quiz screen needs of it: true-false.ts). */
export const trueFalseGrading = {
  fraction: (q, r) => (r === q.answer ? 1 : 0),
} satisfies QuestionGrading<typeof trueFalseSchema, boolean>;
