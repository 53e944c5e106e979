import { clozeGrading } from './cloze.grading.js';
import { matchGrading } from './match.grading.js';
import { multipleGrading } from './multiple.grading.js';
import { numericGrading } from './numeric.grading.js';
import { orderGrading } from './order.grading.js';
import type { QuestionGrading } from './question-type.js';
import type { QuestionOf, QuestionType, ResponseOf, SchemaOf } from './question-types.js';
import { singleGrading } from './single.grading.js';
import { textGrading } from './text.grading.js';
import { trueFalseGrading } from './true-false.grading.js';

/** How a question of type `T` is graded. */
export type QuestionGradingOf<T extends QuestionType> = QuestionGrading<SchemaOf<T>, ResponseOf<T>>;

/**
 * Every question type's grading, by type (each `<type>Grading`, beside its `<type>Question`). Apart from
 * `questionTypes` because typed answers are graded forgivingly (grading/text-match.ts: dates, acronyms,
 * each language's articles, typos), which a quiz does not need until the learner has answered.
 */
export const questionGrading = {
  single: singleGrading,
  multiple: multipleGrading,
  'true-false': trueFalseGrading,
  numeric: numericGrading,
  text: textGrading,
  order: orderGrading,
  match: matchGrading,
  cloze: clozeGrading,
} satisfies { [T in QuestionType]: QuestionGradingOf<T> };

const byType: { [T in QuestionType]: QuestionGradingOf<T> } = questionGrading;

/** The grading of a question's type. */
export function gradingOf<T extends QuestionType>(question: QuestionOf<T>): QuestionGradingOf<T> {
  return byType[question.type as T];
}
