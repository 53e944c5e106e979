import { matchesAny } from '../grading/text-match.js';
import { text } from '../schema/common-schema.js';
import { questionBase } from '../schema/question-base.js';
import { z } from '../schema/zod.js';
import type { QuestionTypeDefinition } from './question-type.js';

const schema = z.strictObject({
  ...questionBase,
  type: z.literal('text'),
  accept: z.array(text()).check(z.minLength(1)),
});

/** `text`: a typed answer, compared forgivingly with each accepted one (grading/text-match.ts). Right or wrong. */
export const textQuestion = {
  schema,
  rules: () => [],
  isResponse: (value): value is string => typeof value === 'string',
  fraction: (q, r) => (r !== undefined && matchesAny(r, q.accept) ? 1 : 0),
  isAnswered: (_q, r) => r.trim() !== '',
  correctAnswerText: (q) => q.accept[0],
  responseText: (_q, r) => r.trim() || null,
} satisfies QuestionTypeDefinition<typeof schema, string>;
