import { type QuestionType, questionTypes } from '../question-types/question-types.js';
import { bankFileFields, text } from './common-schema.js';
import { questionSchemas } from './question-schemas.js';
import { z } from './zod.js';

/** Every question type's schema, in the table's order. */
const schemaList = Object.values(questionSchemas) as [(typeof questionSchemas)[QuestionType], ...(typeof questionSchemas)[QuestionType][]];

export const questionSchema = z.discriminatedUnion('type', schemaList);

export const bankSchema = z.strictObject({
  ...bankFileFields,
  /** Human labels of the questions' tags, by tag: `{ "pesco": "PESCO" }`. Optional; a tag without one shows as written. */
  tags: z.optional(z.record(text(), text())),
  questions: z.array(questionSchema).check(z.minLength(1)),
});

/** The `type` names a bank may use, in the table's order. */
export const QUESTION_TYPES = Object.keys(questionTypes) as QuestionType[];

export type Bank = z.infer<typeof bankSchema>;
export type BankInput = z.input<typeof bankSchema>;
export type { Question, QuestionOf, QuestionType } from '../question-types/question-types.js';
