import type { textSchema } from '../schema/question-schemas.js';
import type { QuestionTypeDefinition } from './question-type.js';

/** `text`: a typed answer, compared forgivingly with each accepted one (grading/text-match.ts). Right or wrong. */
export const textQuestion = {
  isResponse: (value): value is string => typeof value === 'string',
  isAnswered: (_q, r) => r.trim() !== '',
  correctAnswerText: (q) => q.accept[0] ?? '', // the schema requires one accepted answer
  responseText: (_q, r) => r.trim() || null,
} satisfies QuestionTypeDefinition<typeof textSchema, string>;
