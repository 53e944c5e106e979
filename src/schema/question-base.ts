import { bankCitationSchema, id, text } from './common-schema.js';
import { z } from './zod.js';

/** The fields every question has, whatever its type (each type's schema in src/question-types/ adds its own). */
export const questionBase = {
  id: id(),
  prompt: text(),
  /** Why the answer is right: one or two sentences that teach; shown after the answer when given. */
  explanation: z.optional(text()),
  /** Where the answer comes from; shown after the answer when given. */
  source: z.optional(bankCitationSchema),
  /** Bounded like stored records' tags (src/storage/stored-values.ts), so a finished attempt can always be saved. */
  tags: z._default(z.array(text().check(z.maxLength(200))), []),
  difficulty: z.optional(z.number().check(z.int(), z.gte(1), z.lte(3))),
  /** Bounded so that a quiz's total stays a number the summary can show. */
  points: z._default(z.number().check(z.positive(), z.lte(1000)), 1),
  /** Fact cards (deck card ids) to review after a wrong answer. */
  cards: z.optional(z.array(id())),
};
