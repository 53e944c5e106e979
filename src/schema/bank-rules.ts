import { rulesNamed } from '../question-types/question-authoring.js';
import { duplicateIds, isObject, list, stringOf } from './cross-field-rules.js';
import type { ValidationIssue } from './validation-issues.js';

/** Rules the schema alone cannot express: ids, source references, and each question type's own (see src/question-types/). */

function questionRules(q: unknown, at: string, sourceIds: Set<string>): ValidationIssue[] {
  if (!isObject(q)) return [];
  const issues: ValidationIssue[] = [];
  const ref = isObject(q.source) ? stringOf(q.source.ref) : undefined;
  if (ref !== undefined && !sourceIds.has(ref)) {
    issues.push({ path: `${at}.source.ref`, message: `no source with id "${ref}" in "sources"` });
  }
  if (isObject(q.source) && q.source.ref === undefined && q.source.quote === undefined) {
    issues.push({ path: `${at}.source`, message: 'needs a "ref" (a sources id), a "quote", or both' });
  }
  return [...issues, ...(rulesNamed(q.type)?.(q, at) ?? [])];
}

export function bankRules(input: unknown): ValidationIssue[] {
  if (!isObject(input)) return [];
  const sources = list(input.sources);
  const sourceIds = new Set(sources.map((s) => (isObject(s) ? stringOf(s.id) : undefined)).filter((s): s is string => !!s));
  const questions = list(input.questions);
  return [
    ...duplicateIds(sources, 'id', (i) => `sources[${i}]`, 'source id'),
    ...duplicateIds(questions, 'id', (i) => `questions[${i}]`, 'question id'),
    ...questions.flatMap((q, i) => questionRules(q, `questions[${i}]`, sourceIds)),
    ...tagLabelRules(input.tags, questions),
  ];
}

/** A label for a tag no question carries is a typo or a leftover: either way learners would never see it. */
function tagLabelRules(labels: unknown, questions: unknown[]): ValidationIssue[] {
  if (!isObject(labels)) return [];
  const used = new Set(questions.flatMap((q) => (isObject(q) ? list(q.tags) : [])).filter((t): t is string => typeof t === 'string'));
  return Object.keys(labels)
    .filter((tag) => !used.has(tag))
    .map((tag) => ({ path: `tags.${tag}`, message: `labels the tag "${tag}", which no question has` }));
}
