/**
 * The bounds of stored-values.ts as zod schemas: loaded only to say why a record fails them, to
 * migrate an old record, or to check an imported file, never before a page shows its content.
 */
import { contentRecord } from '../schema/content-keys.js';
import { z } from '../schema/zod.js';
import { MAX_DURATION_MS, MAX_ENTRIES, MAX_ID_LENGTH, MAX_SCORE, MAX_TEXT_LENGTH, MAX_TIME, SCORE_SLACK } from './stored-values.js';

/** A moment in epoch milliseconds, from 1970 to the year 3000. */
export const storedTime = () => z.number().check(z.int(), z.gte(0), z.lte(MAX_TIME, 'must be a time before the year 3000'));

export const storedDuration = () => z.number().check(z.gte(0), z.lte(MAX_DURATION_MS, 'must be a duration under ten years'));

export const storedScore = () => z.number().check(z.gte(0), z.lte(MAX_SCORE));

export const storedId = () => z.string().check(z.maxLength(MAX_ID_LENGTH));

export const storedText = () => z.string().check(z.maxLength(MAX_TEXT_LENGTH));

export const storedList = <T extends z.ZodMiniType>(item: T, max = MAX_ENTRIES) => z.array(item).check(z.maxLength(max));

/** A score and its maximum: the score no higher (beyond rounding). */
export const scoreWithinMax = () =>
  z.refine<{ score: number; maxScore: number }>((r) => r.score <= r.maxScore + SCORE_SLACK, {
    error: 'must not be higher than maxScore',
    path: ['score'],
  });

/**
 * A record keyed by content (question ids): at most `MAX_ENTRIES` keys, read back with no prototype
 * so that a lookup by an id such as `constructor` finds nothing inherited.
 */
export const storedContentRecord = <T extends z.ZodMiniType>(value: T) =>
  z.pipe(
    z
      .record(storedId(), value)
      .check(z.refine<Record<string, unknown>>((r) => Object.keys(r).length <= MAX_ENTRIES, `must have at most ${MAX_ENTRIES} entries`)),
    z.transform((r) => contentRecord(Object.entries(r) as Array<[string, z.infer<T>]>)),
  );
