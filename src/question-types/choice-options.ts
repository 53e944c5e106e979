import { duplicateIds, fieldOf, isObject, list, type Loose, sameTextTwice } from '../schema/cross-field-rules.js';
import type { choiceOption } from '../schema/question-schemas.js';
import type { ValidationIssue } from '../schema/validation-issues.js';
import type { z } from '../schema/zod.js';
import { listText } from './question-type.js';

/** What `single` and `multiple` share: options to pick from, each right or wrong (their schema: schema/question-schemas.ts). */
export type ChoiceOption = z.infer<typeof choiceOption>;

/** Distinct option ids and texts, and the number of right options `countIssue` allows. */
export function choiceRules(q: Loose, at: string, countIssue: (correct: number) => string | undefined): ValidationIssue[] {
  const options = list(q.options);
  const issues = duplicateIds(options, 'id', (i) => `${at}.options[${i}]`, 'option id');
  const message = options.length > 0 ? countIssue(options.filter((o) => isObject(o) && o.correct === true).length) : undefined;
  if (message) issues.push({ path: `${at}.options`, message });
  return [...issues, ...sameTextTwice(fieldOf(q.options, 'text'), `${at}.options`, 'options')];
}

/** Options are shown in the authored order unless the quiz shuffles. */
export const choiceLayout = { ids: (q: { options: ChoiceOption[] }) => q.options.map((o) => o.id), shuffle: 'when-asked' } as const;

export const rightOptionsText = (q: { options: ChoiceOption[] }) => listText(q.options.filter((o) => o.correct).map((o) => o.text));
