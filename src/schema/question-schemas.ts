/**
 * The bank format of each question type: what a bank may write for it. Kept apart from the types' behaviour
 * (src/question-types/<type>.ts: grading, layout, answer texts), which imports these only as types, so that a
 * quiz playing built-in content (validated when the library is built) loads no zod.
 */
import type { QuestionType } from '../question-types/question-types.js';
import { id, text } from './common-schema.js';
import { questionBase } from './question-base.js';
import { z } from './zod.js';

/** What `single` and `multiple` share: options to pick from, each right or wrong. */
export const choiceOption = z.strictObject({
  id: id(),
  text: text(),
  correct: z.boolean(),
  feedback: z.optional(text()),
});

export const choiceOptions = z.array(choiceOption).check(z.minLength(2));

export const singleSchema = z.strictObject({
  ...questionBase,
  type: z.literal('single'),
  options: choiceOptions,
});

export const multipleSchema = z.strictObject({
  ...questionBase,
  type: z.literal('multiple'),
  options: choiceOptions,
});

export const trueFalseSchema = z.strictObject({
  ...questionBase,
  type: z.literal('true-false'),
  answer: z.boolean(),
});

export const numericSchema = z.strictObject({
  ...questionBase,
  type: z.literal('numeric'),
  answer: z.number(),
  /** Absolute: an answer within `answer ± tolerance` is right. */
  tolerance: z.optional(z.number().check(z.gte(0))),
  unit: z.optional(text()),
});

export const textSchema = z.strictObject({
  ...questionBase,
  type: z.literal('text'),
  accept: z.array(text()).check(z.minLength(1)),
});

export const orderSchema = z.strictObject({
  ...questionBase,
  type: z.literal('order'),
  /** In the correct order; learners see them shuffled. */
  items: z.array(z.strictObject({ id: id(), text: text() })).check(z.minLength(2)),
});

export const matchSchema = z.strictObject({
  ...questionBase,
  type: z.literal('match'),
  pairs: z.array(z.strictObject({ id: id(), left: text(), right: text() })).check(z.minLength(2)),
});

export const clozeSchema = z.strictObject({
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

/** Every type's schema by its `type`, in the order of `questionTypes` (the order of the bank schema's union). */
export const questionSchemas = {
  single: singleSchema,
  multiple: multipleSchema,
  'true-false': trueFalseSchema,
  numeric: numericSchema,
  text: textSchema,
  order: orderSchema,
  match: matchSchema,
  cloze: clozeSchema,
} satisfies { [T in QuestionType]: z.ZodMiniType<{ type: T }> };
