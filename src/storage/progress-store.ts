/**
 * Quiz progress: one record per attempt (in progress or finished), under a key made of the quiz's
 * `progress-key` and its selection parameters, so two tabs on the same quiz write different records
 * and never lose each other's work.
 *
 * ```ts
 * const progress = new QuizProgress({ progressKey: 'csdp', mode: 'practice', count: 5 });
 * const { resumable, finished, unreadable } = await progress.load();
 * const attempt = progress.begin(plan);                    // saved at once
 * progress.save({ ...attempt, position: 1, responses });  // after each answer, not awaited
 * progress.save(progress.finish(attempt, results));        // finished: it joins the history
 * ```
 */
// Keeps each quiz's summary record in step with every write of its attempts, whoever writes them.
import './quiz-summary-record.js';

import { questionCount, type QuizPlan } from '../quiz-plan/plan-quiz.js';
import { contentRecord, ownValue } from '../schema/content-keys.js';
import type { z } from '../schema/zod.js';
import { totalScore } from '../scoring/score.js';
import { readAttemptRecord } from './attempt-check.js';
import type { attemptSchemaV1, attemptSchemaV2, questionResultSchema, responseSchema } from './attempt-schemas.js';
import { decodeRecord, defineRecordFormat, encodeKeyPart, RecordStore, type UnreadableRecord } from './record-store.js';
import { type SafeStore, sharedSafeStore, type StoreChange } from './safe-store.js';

/** What makes two quizzes "the same quiz" for progress: the element's attributes. */
export interface QuizSelection {
  /** The `progress-key` attribute, by default the bank id. */
  progressKey: string;
  count?: number;
  tags?: readonly string[];
  shuffle?: boolean;
  seed?: string;
  mode: 'practice' | 'exam';
}

export type AttemptRecord = z.infer<typeof attemptSchemaV2>;
export type AttemptRecordV1 = z.infer<typeof attemptSchemaV1>;
export type StoredQuestionResult = z.infer<typeof questionResultSchema>;
export type StoredResponse = z.infer<typeof responseSchema>;

function timeOf(iso: string): number {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) throw new Error(`"${iso}" is not a date`);
  return t;
}

/** v1 → v2. v1 kept no checked state nor tags: answers given are shown unchecked, tags come from the bank. */
export function migrateAttemptV1(old: AttemptRecordV1): AttemptRecord {
  const startedAt = timeOf(old.startedAt);
  const elapsedMs = Math.round(old.secondsSpent * 1000);
  const finishedAt = old.finishedAt === undefined ? undefined : timeOf(old.finishedAt);
  const results = old.results ?? {};
  const attempt: AttemptRecord = {
    v: 2,
    id: old.id,
    quiz: old.quiz,
    state: finishedAt === undefined ? 'in-progress' : 'finished',
    startedAt,
    updatedAt: finishedAt ?? startedAt + elapsedMs,
    plan: { seed: '', questionIds: old.questionIds, layout: old.layout ?? {} },
    position: Math.min(old.current, Math.max(0, old.questionIds.length - 1)),
    responses: old.answers,
    checked: [],
    elapsedMs,
  };
  if (finishedAt !== undefined) {
    const questions = old.questionIds.flatMap((id) => {
      const result = ownValue(results, id);
      return result ? [{ questionId: id, ...result, tags: [] as string[] }] : [];
    });
    const total = totalScore(questions);
    attempt.result = {
      finishedAt,
      score: old.score ?? total.score,
      maxScore: old.maxScore ?? total.maxScore,
      durationMs: elapsedMs,
      questions,
    };
  }
  return attempt;
}

export const attemptFormat = defineRecordFormat<AttemptRecord>({
  kind: 'attempt',
  version: 2,
  // Written out, so that a quiz loads no zod to read and save its attempts; the schemas only for a record it declines.
  quickRead: readAttemptRecord,
  loadSchemas: () => import('./attempt-schemas.js').then((m) => m.attemptSchemas),
  keyOf: (a) => `${a.quiz}/${encodeKeyPart(a.id)}`,
  updatedAt: (a) => a.updatedAt,
  settled: (a) => a.state === 'finished',
});

/** The key part naming one quiz: `<progress-key>/<selection>`, each segment encoded. */
export function quizKeyOf(selection: QuizSelection): string {
  const parts = [`mode=${selection.mode}`];
  const count = questionCount(selection.count);
  if (count !== undefined) parts.push(`count=${count}`);
  if (selection.tags && selection.tags.length > 0) parts.push(`tags=${[...new Set(selection.tags)].sort().join(',')}`);
  if (selection.shuffle) parts.push('shuffle');
  if (selection.seed !== undefined && selection.seed !== '') parts.push(`seed=${selection.seed}`);
  return `${encodeKeyPart(selection.progressKey)}/${encodeKeyPart(parts.join(';'))}`;
}

/** A fresh attempt id: random, and usable outside secure contexts (no crypto.randomUUID there). */
export function newAttemptId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface QuizProgressSnapshot {
  /** The newest attempt left in progress, to resume. */
  resumable?: AttemptRecord;
  /** Finished attempts, oldest first. */
  finished: AttemptRecord[];
  /** Records of this quiz that could not be read: left untouched, and saving is off for the quiz. */
  unreadable: UnreadableRecord[];
  /** How many other attempts are stored (abandoned, or in progress but not the one to resume). */
  others: number;
}

/** One quiz's attempts (one `QuizSelection`) in the page's store. */
export class QuizProgress {
  readonly key: string;
  readonly records: RecordStore<AttemptRecord>;

  constructor(
    readonly selection: QuizSelection,
    store: SafeStore = sharedSafeStore(),
  ) {
    this.key = quizKeyOf(selection);
    this.records = new RecordStore(attemptFormat, store);
  }

  /** The scope of this quiz's keys, under the `attempt/` kind. */
  get scope(): string {
    return `${this.key}/`;
  }

  get store(): SafeStore {
    return this.records.store;
  }

  /** This quiz's history, and the attempt to resume: the newest in progress, except those in `playing` (live elsewhere on the page). */
  async load(playing: ReadonlySet<string> = new Set()): Promise<QuizProgressSnapshot> {
    const { records, unreadable } = await this.records.readAll(this.scope);
    const attempts = records.map((r) => r.value).filter((a) => a.quiz === this.key);
    const inProgress = attempts.filter((a) => a.state === 'in-progress' && !playing.has(a.id)).sort((a, b) => b.updatedAt - a.updatedAt);
    const finished = attempts.filter((a) => a.state === 'finished').sort((a, b) => finishedAt(a) - finishedAt(b));
    const others = attempts.length - finished.length - (inProgress[0] ? 1 : 0);
    return { ...(inProgress[0] ? { resumable: inProgress[0] } : {}), finished, unreadable, others };
  }

  /** Starts (and saves) a new attempt on `plan`. */
  begin(plan: QuizPlan, options: { now?: number; retryOf?: string } = {}): AttemptRecord {
    const now = options.now ?? Date.now();
    const attempt: AttemptRecord = {
      v: 2,
      id: newAttemptId(),
      quiz: this.key,
      state: 'in-progress',
      startedAt: now,
      updatedAt: now,
      ...(options.retryOf ? { retryOf: options.retryOf } : {}),
      plan: { seed: plan.seed, questionIds: [...plan.questionIds], layout: contentRecord(Object.entries(plan.layout)) },
      position: 0,
      responses: contentRecord(),
      checked: [],
      elapsedMs: 0,
    };
    this.save(attempt);
    return attempt;
  }

  /**
   * Continues a stored attempt under a new id of this page's own, so that two tabs (or two quizzes
   * on one page) resuming the same attempt never overwrite each other. The original is deleted
   * only once the copy is known to be stored; if storage fails meanwhile, it stays.
   */
  continueAttempt(attempt: AttemptRecord, now = Date.now()): AttemptRecord {
    const copy: AttemptRecord = { ...attempt, id: newAttemptId(), updatedAt: Math.max(now, attempt.updatedAt) };
    this.save(copy);
    // Only while it is still in progress: another tab playing it may have finished it since it was read.
    const stale = (stored: unknown) => {
      const decoded = decodeRecord(attemptFormat, stored);
      return decoded.state === 'found' && decoded.value.state === 'in-progress';
    };
    const keyOf = (a: AttemptRecord) => this.records.fullKey(this.records.keyOf(a));
    this.retired = this.store.deleteIf(keyOf(attempt), stale, keyOf(copy)).then(() => undefined);
    return copy;
  }

  /** Resolves when the attempt last continued has replaced its original (tests). */
  retired: Promise<void> = Promise.resolve();

  /** The attempt, finished with its per-question results; save it to add it to the history. */
  finish(attempt: AttemptRecord, questions: StoredQuestionResult[], now = Date.now()): AttemptRecord {
    const { score, maxScore } = totalScore(questions);
    return {
      ...attempt,
      state: 'finished',
      updatedAt: Math.max(now, attempt.updatedAt),
      result: { finishedAt: now, score, maxScore, durationMs: attempt.elapsedMs, questions },
    };
  }

  /** Saves an attempt without waiting; the store serialises writes so the last one is kept. */
  save(attempt: AttemptRecord): void {
    this.records.write(attempt);
  }

  /** Whether this quiz's progress reaches storage (false: storage failed, or an unreadable record is kept). */
  isPersisting(): boolean {
    return this.records.isPersisting(this.scope);
  }

  /** Deletes every attempt of this quiz (unreadable ones too: the learner asked for it). */
  reset(): Promise<boolean> {
    return this.records.clear(this.scope);
  }

  onChange(listener: (change: StoreChange) => void): () => void {
    return this.records.onChange(this.scope, listener);
  }
}

function finishedAt(attempt: AttemptRecord): number {
  return attempt.result?.finishedAt ?? attempt.updatedAt;
}
