import { numericValue } from '../grading/numeric-input.js';
import type { numericSchema } from '../schema/question-schemas.js';
import type { QuestionGrading } from './question-type.js';

/** How a `numeric` question is graded (what the quiz screen needs of it: numeric.ts). */
export const numericGrading = {
  fraction: (q, r, lang) => {
    // "1.000" is a thousand in German and one in English: read as the bank's (or the page's) language writes numbers.
    const value = numericValue(r, q.unit, lang);
    if (value === null) return 0;
    // The epsilon keeps a bound such as 0.3 ± 0.1 inclusive despite binary floating point.
    const slack = (q.tolerance ?? 0) + 1e-9 * Math.max(1, Math.abs(q.answer));
    return Math.abs(value - q.answer) <= slack ? 1 : 0;
  },
} satisfies QuestionGrading<typeof numericSchema, string | number>;
