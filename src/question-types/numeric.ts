import { giftQuestion } from '../gift/gift-text.js';
import { numericValue } from '../grading/numeric-input.js';
import type { numericSchema } from '../schema/question-schemas.js';
import type { QuestionTypeDefinition } from './question-type.js';

/**
 * `numeric`: a number, right within `answer ± tolerance`. The response is what was typed ("2,5",
 * "74 actions", read by grading/numeric-input.ts) or already a number.
 */
export const numericQuestion = {
  rules: () => [],
  isResponse: (value): value is string | number => typeof value === 'string' || typeof value === 'number',
  fraction: (q, r, lang) => {
    // "1.000" is a thousand in German and one in English: read as the bank's (or the page's) language writes numbers.
    const value = numericValue(r, q.unit, lang);
    if (value === null) return 0;
    // The epsilon keeps a bound such as 0.3 ± 0.1 inclusive despite binary floating point.
    const slack = (q.tolerance ?? 0) + 1e-9 * Math.max(1, Math.abs(q.answer));
    return Math.abs(value - q.answer) <= slack ? 1 : 0;
  },
  isAnswered: (q, r) => numericValue(r, q.unit) !== null,
  notReadyReason: (_q, r, msg) => (typeof r === 'string' && r.trim() ? msg.enterNumber : undefined),
  correctAnswerText: (q) => `${q.answer}${q.tolerance ? ` (± ${q.tolerance})` : ''}${q.unit ? ` ${q.unit}` : ''}`,
  responseText: (q, r) => {
    const value = numericValue(r, q.unit);
    return value === null ? String(r).trim() || null : `${value}${q.unit ? ` ${q.unit}` : ''}`;
  },
  toGift: (q, note) => {
    if (q.unit) note('changed', `its unit "${q.unit}" is dropped (GIFT numbers have none)`);
    return giftQuestion(q, `#${q.answer}${q.tolerance ? `:${q.tolerance}` : ''}`);
  },
} satisfies QuestionTypeDefinition<typeof numericSchema, string | number>;
