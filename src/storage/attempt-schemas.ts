/**
 * The attempt record's zod schemas, current and version 1: attempt-check.ts writes the current one
 * out for the quiz's reads and saves. Loaded only to say why a record is refused, to migrate a
 * version-1 record, or to check an imported file.
 */
import { z } from '../schema/zod.js';
import { type AttemptRecord, migrateAttemptV1 } from './progress-store.js';
import type { RecordSchemas } from './record-store.js';
import { scoreWithinMax, storedContentRecord, storedDuration, storedId, storedList, storedScore, storedText, storedTime } from './stored-value-schemas.js';
import { MAX_ENTRIES, MAX_TEXT_LENGTH } from './stored-values.js';

/** A learner's response, as the grader takes it (see src/grading/grade.ts); grading checks its shape against the question. */
export const responseSchema = z.union([
  z.null(),
  z.boolean(),
  z.number(),
  z.string().check(z.maxLength(MAX_TEXT_LENGTH)),
  storedList(storedId(), 10_000),
  z
    .record(storedId(), z.string().check(z.maxLength(MAX_TEXT_LENGTH)))
    .check(z.refine<Record<string, string>>((r) => Object.keys(r).length <= 10_000, 'must have at most 10000 entries')),
]);

export const questionResultSchema = z
  .object({
    questionId: storedId(),
    correct: z.boolean(),
    score: storedScore(),
    maxScore: storedScore(),
    tags: storedList(storedText()),
  })
  .check(scoreWithinMax());

const planSchema = z.object({
  seed: storedText(),
  questionIds: storedList(storedId()),
  layout: storedContentRecord(storedList(storedId(), 10_000)),
});

const attemptResultSchema = z
  .object({
    finishedAt: storedTime(),
    score: storedScore(),
    maxScore: storedScore(),
    durationMs: storedDuration(),
    questions: storedList(questionResultSchema),
  })
  .check(scoreWithinMax());

export const attemptSchemaV2 = z
  .object({
    v: z.literal(2),
    id: storedId().check(z.minLength(1)),
    /** The quiz this attempt belongs to (see `quizKeyOf`). */
    quiz: storedText().check(z.minLength(1)),
    /** `abandoned`: the learner started over; kept (and exported), never resumed nor counted. */
    state: z.enum(['in-progress', 'finished', 'abandoned']),
    startedAt: storedTime(),
    updatedAt: storedTime(),
    /** Set on a "retry the ones I missed" attempt: the attempt it retries. Not counted in scores. */
    retryOf: z.optional(storedId()),
    plan: planSchema,
    /** Index in `plan.questionIds` of the question on screen (or the summary when finished). */
    position: z.number().check(z.int(), z.gte(0), z.lte(MAX_ENTRIES)),
    /** Keyed by question id: look a response up with `responseFor` (src/grading/grade.ts). */
    responses: storedContentRecord(responseSchema),
    /** Questions whose answer was checked (practice) and is shown with its feedback. */
    checked: storedList(storedId()),
    /** Time spent in the attempt, summed over visits. */
    elapsedMs: storedDuration(),
    result: z.optional(attemptResultSchema),
  })
  .check(
    z.refine<{ position: number; plan: { questionIds: string[] } }>((a) => a.position <= a.plan.questionIds.length, {
      error: 'must be at most the number of questions in plan.questionIds',
      path: ['position'],
    }),
    z.refine<{ state: string; result?: unknown }>((a) => a.state !== 'finished' || a.result !== undefined, {
      error: 'is required when state is "finished"',
      path: ['result'],
    }),
  );

/**
 * Version 1 of the record: dates as ISO text, time in seconds, one flat map of results.
 * Records in it are migrated on read.
 */
export const attemptSchemaV1 = z.object({
  v: z.literal(1),
  id: storedId().check(z.minLength(1)),
  quiz: storedText().check(z.minLength(1)),
  startedAt: storedId(),
  finishedAt: z.optional(storedId()),
  questionIds: storedList(storedId()),
  layout: z.optional(z.record(storedId(), storedList(storedId(), 10_000))),
  answers: z.record(storedId(), responseSchema),
  current: z.number().check(z.int(), z.gte(0), z.lte(MAX_ENTRIES)),
  secondsSpent: z.number().check(z.gte(0)),
  score: z.optional(storedScore()),
  maxScore: z.optional(storedScore()),
  results: z.optional(z.record(storedId(), z.object({ correct: z.boolean(), score: storedScore(), maxScore: storedScore() }))),
});

export const attemptSchemas: RecordSchemas<AttemptRecord> = { schema: attemptSchemaV2, migrations: { 1: { schema: attemptSchemaV1, up: migrateAttemptV1 } } };
