import { text } from '../schema/common-schema.js';
import { validateWith } from '../schema/validate-bank.js';
import type { Validated } from '../schema/validation-issues.js';
import { z } from '../schema/zod.js';

/**
 * `questions/coverage-notes.json`: why a fact-bearing sentence of a source is deliberately left
 * without a question or card (it repeats another, it is an opinion, …). The coverage table lists
 * such a sentence as "left, because …" instead of uncovered.
 */
export const coverageNotesSchema = z.strictObject({
  notes: z.array(
    z.strictObject({
      /** The source document's id (its file name without `.txt`). */
      document: text(),
      /** A verbatim passage of the sentence (or the whole of it). */
      sentence: text(),
      reason: text(),
    }),
  ),
});

export type CoverageNotes = z.infer<typeof coverageNotesSchema>;
export type CoverageNote = CoverageNotes['notes'][number];

export function validateCoverageNotes(input: unknown): Validated<CoverageNotes> {
  return validateWith(coverageNotesSchema, () => [], input);
}
