import type { Loose } from '../schema/cross-field-rules.js';
import type { ValidationIssue } from '../schema/validation-issues.js';
import { clozeAuthoring } from './cloze.authoring.js';
import { matchAuthoring } from './match.authoring.js';
import { multipleAuthoring } from './multiple.authoring.js';
import { numericAuthoring } from './numeric.authoring.js';
import { orderAuthoring } from './order.authoring.js';
import type { QuestionAuthoring } from './question-type.js';
import type { QuestionOf, QuestionType, SchemaOf } from './question-types.js';
import { singleAuthoring } from './single.authoring.js';
import { textAuthoring } from './text.authoring.js';
import { trueFalseAuthoring } from './true-false.authoring.js';

/** What a bank's questions of type `T` must satisfy besides their schema, and their GIFT form. */
export type QuestionAuthoringOf<T extends QuestionType> = QuestionAuthoring<SchemaOf<T>>;

/**
 * Every question type's cross-field rules and GIFT form, by type (each `<type>Authoring`). Used to
 * validate a bank (schema/bank-rules.ts) and to convert one (gift/bank-to-gift.ts), never to play one.
 */
export const questionAuthoring = {
  single: singleAuthoring,
  multiple: multipleAuthoring,
  'true-false': trueFalseAuthoring,
  numeric: numericAuthoring,
  text: textAuthoring,
  order: orderAuthoring,
  match: matchAuthoring,
  cloze: clozeAuthoring,
} satisfies { [T in QuestionType]: QuestionAuthoringOf<T> };

const byType: { [T in QuestionType]: QuestionAuthoringOf<T> } = questionAuthoring;

/** The authoring rules of a question's type. */
export function authoringOf<T extends QuestionType>(question: QuestionOf<T>): QuestionAuthoringOf<T> {
  return byType[question.type as T];
}

/** The cross-field rules of a type named in raw input, or undefined for a name that is no type ("essay", "constructor"). */
export function rulesNamed(type: unknown): ((question: Loose, at: string) => ValidationIssue[]) | undefined {
  return typeof type === 'string' && Object.hasOwn(questionAuthoring, type) ? (question, at) => byType[type as QuestionType].rules(question, at) : undefined;
}
