import type { TemplateResult } from 'lit';

import type { Messages } from '../messages/messages.js';
import type { GradeDetails } from './question-type.js';
import type { LearnerResponse, QuestionOf, QuestionType, ResponseOf } from './question-types.js';

/** What the quiz gives every question's controls, whatever the type: data in, changes reported up. */
export interface QuestionInputOptions {
  /** Display order of options, items or right-hand choices (see QuizPlan.layout). */
  layout: readonly string[] | undefined;
  /** The learner's response so far, of any shape; a value not of the question's type reads as no answer. */
  response: unknown;
  /** After checking in practice mode: the answer is fixed and marked. */
  revealed: boolean;
  msg: Messages['quiz'];
  /** Once revealed: what the grade says besides its score (a cloze marks each blank right or wrong as grading found it). */
  graded?: GradeDetails;
  /** Prefix for ids, unique in the element's shadow root. */
  idPrefix: string;
  onChange(response: LearnerResponse): void;
  /** The response as it is now, which may be newer than `response` when changes come faster than renders. */
  latest(): unknown;
  /** A short message for the polite live region (e.g. "moved to position 2 of 4"). */
  announce(message: string): void;
  /** Moves focus, after the next render, to the element matching `selector` in the shadow root. */
  focusAfterRender(selector: string): void;
}

/** What one type's controls are rendered from: the options, with the question and its responses typed. */
export interface InputContext<T extends QuestionType> extends Omit<QuestionInputOptions, 'response' | 'latest' | 'onChange'> {
  question: QuestionOf<T>;
  response: ResponseOf<T> | undefined;
  onChange(response: ResponseOf<T>): void;
  latest(): ResponseOf<T> | undefined;
}

/** One type's controls (its `<type>.input.ts`), the Lit half of the type beside its pure module. */
export interface QuestionInputModule<T extends QuestionType> {
  render(ctx: InputContext<T>): TemplateResult;
  /** Its room to answer on the printed worksheet (options to tick, a line, blanks), in the plan's layout. */
  worksheet(question: QuestionOf<T>, layout: readonly string[] | undefined, w: Messages['worksheet']): TemplateResult;
}
