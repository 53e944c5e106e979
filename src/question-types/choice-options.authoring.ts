import { duplicateIds, fieldOf, isObject, list, type Loose, sameTextTwice } from '../schema/cross-field-rules.js';
import type { ValidationIssue } from '../schema/validation-issues.js';

/** What `single` and `multiple` banks must satisfy: distinct option ids and texts, and the number of right options `countIssue` allows. */
export function choiceRules(q: Loose, at: string, countIssue: (correct: number) => string | undefined): ValidationIssue[] {
  const options = list(q.options);
  const issues = duplicateIds(options, 'id', (i) => `${at}.options[${i}]`, 'option id');
  const message = options.length > 0 ? countIssue(options.filter((o) => isObject(o) && o.correct === true).length) : undefined;
  if (message) issues.push({ path: `${at}.options`, message });
  return [...issues, ...sameTextTwice(fieldOf(q.options, 'text'), `${at}.options`, 'options')];
}
