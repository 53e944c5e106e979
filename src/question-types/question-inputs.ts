import type { TemplateResult } from 'lit';

import type { Messages } from '../messages/messages.js';
import { clozeInput } from './cloze.input.js';
import type { InputContext, QuestionInputModule, QuestionInputOptions } from './input-context.js';
import { matchInput } from './match.input.js';
import { multipleInput } from './multiple.input.js';
import { numericInput } from './numeric.input.js';
import { orderInput } from './order.input.js';
import { type QuestionOf, type QuestionType, responseTo } from './question-types.js';
import { singleInput } from './single.input.js';
import { textInput } from './text.input.js';
import { trueFalseInput } from './true-false.input.js';

/**
 * Every question type's controls, by type: the Lit half of each type, kept apart from the pure
 * `questionTypes` (question-types.ts) so schema and grading load without Lit. A type missing here
 * is a compile error.
 */
export const questionInputs = {
  single: singleInput,
  multiple: multipleInput,
  'true-false': trueFalseInput,
  numeric: numericInput,
  text: textInput,
  order: orderInput,
  match: matchInput,
  cloze: clozeInput,
} satisfies { [T in QuestionType]: QuestionInputModule<T> };

const byType: { [T in QuestionType]: QuestionInputModule<T> } = questionInputs;

/** The controls for a question of any type, its response read as that type's (anything else is no answer yet). */
export function renderQuestionInput<T extends QuestionType>(question: QuestionOf<T>, options: QuestionInputOptions): TemplateResult {
  const ctx: InputContext<T> = {
    ...options,
    question,
    response: responseTo(question, options.response),
    latest: () => responseTo(question, options.latest()),
  };
  return byType[question.type as T].render(ctx);
}

/** A question's room to answer on the printed worksheet. */
export function worksheetSpace<T extends QuestionType>(
  question: QuestionOf<T>,
  layout: readonly string[] | undefined,
  w: Messages['worksheet'],
): TemplateResult {
  return byType[question.type as T].worksheet(question, layout, w);
}
