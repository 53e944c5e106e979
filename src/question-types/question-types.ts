import type { Messages } from '../messages/messages.js';
import { ownValue } from '../schema/content-keys.js';
import type { questionSchemas } from '../schema/question-schemas.js';
import type { z } from '../schema/zod.js';
import { clozeQuestion } from './cloze.js';
import { matchQuestion } from './match.js';
import { multipleQuestion } from './multiple.js';
import { numericQuestion } from './numeric.js';
import { orderQuestion } from './order.js';
import type { QuestionTypeDefinition } from './question-type.js';
import { singleQuestion } from './single.js';
import { textQuestion } from './text.js';
import { trueFalseQuestion } from './true-false.js';

/**
 * Every question type, by the `type` a bank writes: what the quiz screen needs of it (each module's
 * `<type>Question`). `QUESTION_TYPES`, layout and answer texts come from here, grading from
 * `questionGrading` (question-grading.ts), the cross-field rules and GIFT form from `questionAuthoring`
 * (question-authoring.ts), the controls from `questionInputs` (question-inputs.ts) and the bank schema
 * from the matching row of `questionSchemas` (schema/question-schemas.ts), so adding a type is adding
 * its modules and a row in each table (see CONTRIBUTING.md, "Add a question type").
 * The order is the order of the bank schema's union and of the "must be one of" message.
 */
export const questionTypes = {
  single: singleQuestion,
  multiple: multipleQuestion,
  'true-false': trueFalseQuestion,
  numeric: numericQuestion,
  text: textQuestion,
  order: orderQuestion,
  match: matchQuestion,
  cloze: clozeQuestion,
};

export type QuestionType = keyof typeof questionTypes;
/** The zod schema of type `T` (its row of `questionSchemas`). */
export type SchemaOf<T extends QuestionType> = (typeof questionSchemas)[T];
/** A question of type `T`, as validated (defaults filled in). */
export type QuestionOf<T extends QuestionType> = z.output<SchemaOf<T>>;
/** A question of any type. */
export type Question = QuestionOf<QuestionType>;
/** What a learner gives to a question of type `T`. */
export type ResponseOf<T extends QuestionType> = T extends QuestionType
  ? (typeof questionTypes)[T] extends QuestionTypeDefinition<SchemaOf<T>, infer R>
    ? R
    : never
  : never;
/** What a learner gives to a question of any type (not the Fetch API's `Response`). */
export type LearnerResponse = ResponseOf<QuestionType>;
export type QuestionTypeModule<T extends QuestionType> = QuestionTypeDefinition<SchemaOf<T>, ResponseOf<T>>;

/**
 * The table's compile-time check (a `satisfies` on the table itself would be circular, the types
 * above being read from it): every row has every part of a module, for a schema whose `type` is
 * the row's key. Seen through this type, `byType[question.type]` is the module for that question.
 */
const byType: { [T in QuestionType]: QuestionTypeModule<T> } = questionTypes;

/** The module of a question's type. */
export function moduleOf<T extends QuestionType>(question: QuestionOf<T>): QuestionTypeModule<T> {
  return byType[question.type as T];
}

/** `value` when it is a response to this question's type, otherwise undefined ("not answered"). */
export function responseTo<T extends QuestionType>(question: QuestionOf<T>, value: unknown): ResponseOf<T> | undefined {
  return moduleOf(question).isResponse(value) ? value : undefined;
}

/**
 * The response checking takes when the learner gave none: what the controls show, for a type
 * answered as it stands (order); otherwise undefined.
 */
export function initialResponse<T extends QuestionType>(question: QuestionOf<T>, layout: readonly string[] | undefined): ResponseOf<T> | undefined {
  return moduleOf(question).initialResponse?.(question, layout);
}

/** Why a response cannot be checked yet ("Answer the question first.", "Enter a number…"), or '' when it can. */
export function notReadyReason<T extends QuestionType>(question: QuestionOf<T>, response: unknown, msg: Messages['quiz']): string {
  const module = moduleOf(question);
  const given = responseTo(question, response);
  if (given !== undefined && module.isAnswered(question, given)) return '';
  return module.notReadyReason?.(question, given, msg) ?? msg.answerFirst;
}

/**
 * The learner's response to `question` in `responses` (keyed by question id), when it has the
 * question type's shape; undefined otherwise. The one safe way to look a response up: an id such as
 * `constructor` finds nothing inherited, and a wrong-shaped stored value counts as no answer.
 */
export function responseFor(question: Question, responses: Readonly<Record<string, unknown>> | null | undefined): LearnerResponse | undefined {
  return responseTo(question, ownValue(responses, question.id));
}

/** Whether a response is complete enough to check (every blank, every match, some choice). */
export function isAnswered(question: Question, response: unknown): boolean {
  const given = responseTo(question, response);
  return given !== undefined && moduleOf(question).isAnswered(question, given);
}
