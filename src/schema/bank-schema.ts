import { citationSchema, contentFileFields, id, text } from './common-schema.js';
import { z } from './zod.js';

const questionBase = {
  id: id(),
  prompt: text(),
  /** Why the answer is right: one or two sentences that teach. */
  explanation: text(),
  source: citationSchema,
  tags: z._default(z.array(text()), []),
  difficulty: z.optional(z.number().check(z.int(), z.gte(1), z.lte(3))),
  /** Bounded so that a quiz's total stays a number the summary can show. */
  points: z._default(z.number().check(z.positive(), z.lte(1000)), 1),
  /** Fact cards (deck card ids) to review after a wrong answer. */
  cards: z.optional(z.array(id())),
};

const choiceOption = z.strictObject({
  id: id(),
  text: text(),
  correct: z.boolean(),
  feedback: z.optional(text()),
});

export const singleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('single'),
  options: z.array(choiceOption).check(z.minLength(2)),
});

export const multipleQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('multiple'),
  options: z.array(choiceOption).check(z.minLength(2)),
});

export const trueFalseQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('true-false'),
  answer: z.boolean(),
});

export const numericQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('numeric'),
  answer: z.number(),
  /** Absolute: an answer within `answer ± tolerance` is right. */
  tolerance: z.optional(z.number().check(z.gte(0))),
  unit: z.optional(text()),
});

export const textQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('text'),
  accept: z.array(text()).check(z.minLength(1)),
});

export const orderQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('order'),
  /** In the correct order; learners see them shuffled. */
  items: z.array(z.strictObject({ id: id(), text: text() })).check(z.minLength(2)),
});

export const matchQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('match'),
  pairs: z.array(z.strictObject({ id: id(), left: text(), right: text() })).check(z.minLength(2)),
});

export const clozeQuestionSchema = z.strictObject({
  ...questionBase,
  type: z.literal('cloze'),
  /** The passage, with a `{{blankId}}` marker where each blank goes. */
  text: text(),
  blanks: z.record(
    id(),
    z.strictObject({
      accept: z.array(text()).check(z.minLength(1)),
      /** With options the blank is a choice list; without, the learner types. */
      options: z.optional(z.array(text()).check(z.minLength(2))),
    }),
  ),
});

export const questionSchema = z.discriminatedUnion('type', [
  singleQuestionSchema,
  multipleQuestionSchema,
  trueFalseQuestionSchema,
  numericQuestionSchema,
  textQuestionSchema,
  orderQuestionSchema,
  matchQuestionSchema,
  clozeQuestionSchema,
]);

export const bankSchema = z.strictObject({
  ...contentFileFields,
  questions: z.array(questionSchema).check(z.minLength(1)),
});

export const QUESTION_TYPES = ['single', 'multiple', 'true-false', 'numeric', 'text', 'order', 'match', 'cloze'] as const;

export type Bank = z.infer<typeof bankSchema>;
export type BankInput = z.input<typeof bankSchema>;
export type Question = z.infer<typeof questionSchema>;
export type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;
export type ChoiceOption = z.infer<typeof choiceOption>;
