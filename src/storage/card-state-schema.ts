/**
 * The card record's zod schema: the written-out check in card-states.ts accepts what it accepts. Loaded
 * only to say why a record is refused, or to check an imported file.
 */
import { z } from '../schema/zod.js';
import { type CardStateRecord, DIFFICULTY_MAX, STABILITY_MAX, STABILITY_MIN } from './card-states.js';
import type { RecordSchemas } from './record-store.js';
import { storedId, storedTime as time } from './stored-value-schemas.js';
import { MAX_ENTRIES } from './stored-values.js';

const count = (max: number) => z.number().check(z.int(), z.gte(0), z.lte(max));

export const cardStateSchema = z
  .strictObject({
    v: z.literal(1),
    cardId: storedId().check(z.minLength(1)),
    phase: z.enum(['new', 'learning', 'review', 'relearning']),
    due: time(),
    stability: z.number().check(z.gte(0), z.lte(STABILITY_MAX)),
    difficulty: z.number().check(z.gte(0), z.lte(DIFFICULTY_MAX)),
    scheduledDays: count(STABILITY_MAX),
    learningSteps: count(1000),
    reps: count(MAX_ENTRIES * 10),
    lapses: count(MAX_ENTRIES * 10),
    lastReview: z.nullable(time()),
    introducedAt: z.nullable(time()),
    reviewRequestedAt: z.nullable(time()),
    updatedAt: time(),
  })
  .check(
    // FSRS refuses any other memory state (and the deck would stop at that card).
    z.refine<{ stability: number; difficulty: number }>(
      (c) => (c.stability === 0 && c.difficulty === 0) || (c.stability >= STABILITY_MIN && c.difficulty >= 1),
      {
        error: `must be 0 with difficulty 0 (never rated), or at least ${STABILITY_MIN} with difficulty at least 1`,
        path: ['stability'],
      },
    ),
  );

export const cardStateSchemas: RecordSchemas<CardStateRecord> = { schema: cardStateSchema };
