import { multipleChoiceFraction } from '../grading/multiple-choice-score.js';
import type { multipleSchema } from '../schema/question-schemas.js';
import type { QuestionGrading } from './question-type.js';

/** How a `multiple` question is graded (what the quiz screen needs of it: multiple.ts). */
export const multipleGrading = {
  fraction: (q, r) => multipleChoiceFraction(q.options, r),
} satisfies QuestionGrading<typeof multipleSchema, string[]>;
