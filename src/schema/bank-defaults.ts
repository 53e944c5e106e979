/**
 * A bank already known valid (the built-in banks, validated when the library is built), as the bank
 * schema would give it: its defaults filled in, without loading zod. tests/builtin-bank-defaults.test.ts
 * checks that this gives exactly what `validateBank` gives for every built-in bank.
 */
import type { Bank, BankInput } from './bank-schema.js';
import type { Validated } from './validation-issues.js';

export function withBankDefaults(json: unknown): Validated<Bank> {
  const bank = json as BankInput;
  const questions = bank.questions.map((question) => ({ ...question, tags: question.tags ?? [], points: question.points ?? 1 }));
  return { ok: true, value: { ...bank, questions } };
}
