/**
 * The bounds of every value a stored or imported record may hold: what the code can compute with
 * and show. A time past them would overflow `Date` arithmetic or print a six-digit year, a duration
 * of 1e300 ms no xAPI duration, a stability of 1e308 `NaN` intervals. A record outside them is
 * refused on import and counted as unreadable on read, never used.
 *
 * The checks here are written out, with no zod, so a page checks what it saves and reads without
 * loading a schema library (stored-value-schemas.ts builds the same bounds as zod schemas, for the
 * reports of a record that fails them; tests/storage-reads.test.ts checks the two agree).
 */
/** 1 January 3000 UTC: later than any clock and any due date the scheduler gives, far inside `Date`'s range. */
export const MAX_TIME = Date.UTC(3000, 0, 1);
/** Time spent in one attempt: ten years is more than any learner spends. */
export const MAX_DURATION_MS = 10 * 366 * 24 * 60 * 60 * 1000;
/** Points of one attempt or question. */
export const MAX_SCORE = 1e6;
/** Scores are rounded to 2 decimals, so a score may pass its maximum by half a hundredth. */
export const SCORE_SLACK = 0.005;
/** Entries of a list or record: questions in an attempt, options in a response. */
export const MAX_ENTRIES = 100_000;
/** Characters of an id (bank ids have at most 200, attempt ids 24). */
export const MAX_ID_LENGTH = 2000;
/** Characters of a typed answer, a tag, a seed or a quiz key (these come from page attributes). */
export const MAX_TEXT_LENGTH = 100_000;

/** A moment in epoch milliseconds, from 1970 to the year 3000. */
export const isStoredTime = (t: unknown): t is number => typeof t === 'number' && Number.isInteger(t) && t >= 0 && t <= MAX_TIME;

/** A whole number from 0 to `max`. */
export const isStoredCount = (n: unknown, max: number): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= max;

/** A number from 0 to `max` (never NaN). */
export const isWithin = (n: unknown, max: number): n is number => typeof n === 'number' && n >= 0 && n <= max;

/** A string of at most `max` characters. */
export const isStoredString = (s: unknown, max: number, min = 0): s is string => typeof s === 'string' && s.length >= min && s.length <= max;

/** A score and its maximum: the score no higher (beyond rounding). */
export const isScoreWithinMax = (score: number, maxScore: number) => score <= maxScore + SCORE_SLACK;
