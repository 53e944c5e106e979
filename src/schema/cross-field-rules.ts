import { isTypeableAnswer } from '../grading/text-match.js';
import type { ValidationIssue } from './validation-issues.js';

/**
 * The pieces cross-field rules are made of. Rules read the raw input defensively (a bank with a type
 * error somewhere still gets its cross-field problems listed in the same report), so they see
 * `Loose` objects and read every field through these helpers.
 */

export type Loose = Record<string, unknown>;
export const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
export const stringOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Reports every id that occurs more than once in `items[].key`. */
export function duplicateIds(items: unknown[], key: string, at: (index: number) => string, what = 'id'): ValidationIssue[] {
  const seen = new Map<string, number>();
  const issues: ValidationIssue[] = [];
  items.forEach((item, index) => {
    const value = isObject(item) ? stringOf(item[key]) : undefined;
    if (value === undefined) return;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, index);
    else issues.push({ path: `${at(index)}.${key}`, message: `duplicate ${what} "${value}" (first used at ${at(first)})` });
  });
  return issues;
}

/** Reports `values` (texts learners choose between) when two are the same. */
export function sameTextTwice(values: unknown[], at: string, what: string): ValidationIssue[] {
  const texts = values.filter((v): v is string => typeof v === 'string').map((v) => v.trim());
  return new Set(texts).size === texts.length ? [] : [{ path: at, message: `two ${what} have the same text, so learners could not tell them apart` }];
}

/** `field` of every object in `items` (undefined for what is not an object). */
export const fieldOf = (items: unknown, field: string): unknown[] => list(items).map((item) => (isObject(item) ? item[field] : undefined));

/** Accepted typed answers that could never be given (".*", "%", an emoji): the grader ignores punctuation and symbols. */
export function untypeableAnswers(accept: unknown, at: string): ValidationIssue[] {
  return list(accept).flatMap((accepted, i) =>
    typeof accepted === 'string' && !isTypeableAnswer(accepted)
      ? [
          {
            path: `${at}[${i}]`,
            message: `${JSON.stringify(accepted.slice(0, 40))} cannot be typed: typed answers ignore punctuation and symbols, and it has no letter or digit`,
          },
        ]
      : [],
  );
}
