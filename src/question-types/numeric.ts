import { numericValue } from '../grading/numeric-input.js';
import type { numericSchema } from '../schema/question-schemas.js';
import type { QuestionTypeDefinition } from './question-type.js';

/**
 * `numeric`: a number, right within `answer ± tolerance`. The response is what was typed ("2,5",
 * "74 actions", read by grading/numeric-input.ts) or already a number.
 */
export const numericQuestion = {
  isResponse: (value): value is string | number => typeof value === 'string' || typeof value === 'number',
  isAnswered: (q, r) => numericValue(r, q.unit) !== null,
  notReadyReason: (_q, r, msg) => (typeof r === 'string' && r.trim() ? msg.enterNumber : undefined),
  correctAnswerText: (q) => `${q.answer}${q.tolerance ? ` (± ${q.tolerance})` : ''}${q.unit ? ` ${q.unit}` : ''}`,
  responseText: (q, r) => {
    const value = numericValue(r, q.unit);
    return value === null ? String(r).trim() || null : `${value}${q.unit ? ` ${q.unit}` : ''}`;
  },
} satisfies QuestionTypeDefinition<typeof numericSchema, string | number>;
