import { bankRules } from './bank-rules.js';
import { type Bank, bankSchema, QUESTION_TYPES } from './bank-schema.js';
import { fromZodIssues, listedIssues, type Validated, type ValidationIssue } from './validation-issues.js';
import type { z } from './zod.js';

/**
 * Validates with a schema, then with cross-field rules that also run on input the schema rejects.
 * Lists the first problems and counts the rest (see `listedIssues`).
 */
export function validateWith<S extends z.ZodMiniType>(schema: S, rules: (input: unknown) => ValidationIssue[], input: unknown): Validated<z.infer<S>> {
  const parsed = schema.safeParse(input);
  const issues = listedIssues([...(parsed.success ? [] : fromZodIssues(parsed.error.issues, input)), ...rules(input)]);
  if (parsed.success && issues.length === 0) return { ok: true, value: parsed.data };
  return { ok: false, issues };
}

/** Checks a question bank against the schema and the cross-field rules; lists every problem. */
export function validateBank(input: unknown): Validated<Bank> {
  const result = validateWith(bankSchema, bankRules, input);
  if (result.ok) return result;
  // Name the types where one is wrong: an author who wrote "essay" needs the list.
  const types = `must be one of ${QUESTION_TYPES.map((t) => `"${t}"`).join(', ')}`;
  return { ok: false, issues: result.issues.map((i) => (/^questions\[\d+\]\.type$/.test(i.path) ? { ...i, message: types } : i)) };
}
