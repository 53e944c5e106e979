import type { singleSchema } from '../schema/question-schemas.js';
import type { QuestionGrading } from './question-type.js';

/** How a `single` question is graded (what the quiz screen needs of it: single.ts). */
export const singleGrading = {
  fraction: (q, r) => (q.options.find((o) => o.id === r)?.correct ? 1 : 0),
} satisfies QuestionGrading<typeof singleSchema, string>;
