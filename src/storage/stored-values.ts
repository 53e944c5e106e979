/**
 * The bounds of every value a stored or imported record may hold: what the code can compute with
 * and show. A time past them would overflow `Date` arithmetic or print a six-digit year, a duration
 * of 1e300 ms no xAPI duration, a stability of 1e308 `NaN` intervals. A record outside them is
 * refused on import and counted as unreadable on read, never used.
 */
import { contentRecord } from '../schema/content-keys.js';
import { z } from '../schema/zod.js';

/** 1 January 3000 UTC: later than any clock and any due date the scheduler gives, far inside `Date`'s range. */
export const MAX_TIME = Date.UTC(3000, 0, 1);
/** Time spent in one attempt: ten years is more than any learner spends. */
export const MAX_DURATION_MS = 10 * 366 * 24 * 60 * 60 * 1000;
/** Points of one attempt or question. */
export const MAX_SCORE = 1e6;
/** Scores are rounded to 2 decimals, so a score may pass its maximum by half a hundredth. */
const SCORE_SLACK = 0.005;
/** Entries of a list or record: questions in an attempt, options in a response. */
export const MAX_ENTRIES = 100_000;
/** Characters of an id (bank ids have at most 200, attempt ids 24). */
export const MAX_ID_LENGTH = 2000;
/** Characters of a typed answer, a tag, a seed or a quiz key (these come from page attributes). */
export const MAX_TEXT_LENGTH = 100_000;

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
