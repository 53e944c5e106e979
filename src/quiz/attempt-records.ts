/**
 * The records of the attempt a `<defence-quiz>` plays, in the progress store: begun, saved, finished, abandoned,
 * resumed after a reload. Part of the storage code (progress-storage.ts); the quiz's AttemptRecorder calls it, in the
 * order the learner acted, once that code is here. No Lit.
 */
import { type Grade, grade } from '../grading/grade.js';
import type { LearnerResponse } from '../question-types/question-types.js';
import { layoutIds } from '../quiz-plan/plan-quiz.js';
import type { Bank, Question } from '../schema/bank-schema.js';
import { ownValue } from '../schema/content-keys.js';
import { markCardsForReview } from '../storage/card-states.js';
import { type AttemptRecord, QuizProgress, type StoredResponse } from '../storage/progress-store.js';
import { readQuizOverview } from '../storage/quiz-summary-record.js';
import { SafeStore, sharedSafeStore } from '../storage/safe-store.js';
import type { ProgressTarget } from './attempt-recorder.js';
import { type QuizResult, type QuizSession, spentMs } from './quiz-session.js';

export class AttemptRecords {
  private memoryStore?: SafeStore;
  /** The quiz the attempt belongs to, fixed when it begins (attributes may change meanwhile). */
  private progress?: QuizProgress;
  private persist?: string;
  /** The attempt being played, or the one just finished (a retry refers to it). */
  private attempt?: AttemptRecord;
  /** The stored attempt this one resumed (under a new id): no other quiz of the page may resume it too. */
  private resumedFrom?: string;

  /** The page's store, or with `persist="none"` a memory store of this quiz's own. */
  storeFor(persist: string | undefined): SafeStore {
    if (persist !== 'none') return sharedSafeStore();
    this.memoryStore ??= new SafeStore({ memoryOnly: true });
    return this.memoryStore;
  }

  progressFor(target: ProgressTarget): QuizProgress {
    return new QuizProgress(target.selection, this.storeFor(target.persist));
  }

  /**
   * The stored attempt in progress, as the session to resume, when there is one and it still fits the bank;
   * `taken`: the attempts the page's other quizzes play or took over.
   */
  async resume(bank: Bank, target: ProgressTarget, taken: () => Set<string>): Promise<QuizSession | undefined> {
    this.attempt = undefined;
    const progress = (this.progress = this.progressFor(target));
    this.persist = target.persist;
    this.resumedFrom = undefined;
    // Quizzes on one page load at once: what another one claimed while this one was reading is read past.
    for (;;) {
      const { resumable } = await readQuizOverview(progress, taken());
      if (progress !== this.progress || !resumable) return undefined;
      if (taken().has(resumable.id)) continue;
      const session = sessionFrom(resumable, bank, target.selection.mode);
      if (!session) return undefined;
      this.resumedFrom = resumable.id;
      this.attempt = progress.continueAttempt(resumable);
      return session;
    }
  }

  /** A new attempt on `session`'s plan; `retry`: it asks the questions the attempt just finished missed. */
  begin(session: QuizSession, target: ProgressTarget, retry: boolean): void {
    const previous = this.attempt;
    const missed = previous?.result?.questions.filter((q) => !q.correct).length ?? 0;
    // Retrying every question is a whole new attempt, and counts as one.
    const retryOf = retry && previous && missed > 0 && missed < previous.plan.questionIds.length ? previous.id : undefined;
    this.progress = this.progressFor(target);
    this.persist = target.persist;
    this.attempt = this.progress.begin(session.plan, { now: session.startedAt, ...(retryOf ? { retryOf } : {}) });
  }

  /** Saves where the learner was at `now`: position, responses, what was checked, time spent. */
  save(session: QuizSession, now: number): void {
    const attempt = this.played(session, now);
    if (attempt) this.write(attempt);
  }

  /**
   * An answer checked (practice) or committed (exam): saved, and a wrong one makes the question's fact cards due first;
   * resolves once that request is written (the attempt's own write is the store's to flush).
   */
  async answer(session: QuizSession, question: Question, graded: Grade, now: number): Promise<void> {
    this.save(session, now);
    if (!graded.correct && question.cards?.length && this.persist !== 'none') await markCardsForReview(question.cards);
  }

  /** The attempt reached its summary: saved as finished, with its per-question results, into the history. */
  finish(session: QuizSession, result: QuizResult, now: number): void {
    const attempt = this.played(session, now);
    if (!attempt || !this.progress) return;
    const questions = result.questions.map(({ question, grade: g }) => ({
      questionId: question.id,
      correct: g.correct,
      score: g.score,
      maxScore: g.maxScore,
      tags: [...question.tags],
    }));
    this.write(this.progress.finish(attempt, questions));
  }

  /** The learner started over: the unfinished attempt must not come back on the next visit. */
  abandon(now: number): void {
    const attempt = this.attempt;
    if (attempt?.state !== 'in-progress') return;
    this.write({ ...attempt, state: 'abandoned', updatedAt: Math.max(now, attempt.updatedAt) });
  }

  /** The quiz's progress was deleted: a finished attempt is no longer there to be retried. An unfinished one is saved again as it goes on. */
  forget(): void {
    if (this.attempt?.state !== 'in-progress') this.attempt = undefined;
  }

  /** The stored attempts this quiz plays or took over. */
  get claimedIds(): string[] {
    return [...(this.attempt?.state === 'in-progress' ? [this.attempt.id] : []), ...(this.resumedFrom ? [this.resumedFrom] : [])];
  }

  /** The attempt in progress, brought up to date with `session`; undefined when none is being played. */
  private played(session: QuizSession, now: number): AttemptRecord | undefined {
    const attempt = this.attempt;
    if (attempt?.state !== 'in-progress') return undefined;
    return {
      ...attempt,
      updatedAt: Math.max(now, attempt.updatedAt),
      position: session.index,
      responses: storedResponses(session.responses),
      checked: Object.keys(session.grades),
      elapsedMs: spentMs(session, now),
    };
  }

  private write(attempt: AttemptRecord): void {
    this.attempt = attempt;
    this.progress?.save(attempt);
  }
}

/** Responses as stored: the JSON-safe ones only (an unset or non-finite answer is not an answer). */
function storedResponses(responses: Record<string, LearnerResponse | undefined>): Record<string, StoredResponse> {
  const stored: Record<string, StoredResponse> = {};
  for (const [id, response] of Object.entries(responses)) {
    if (response === undefined) continue;
    if (typeof response === 'number' && !Number.isFinite(response)) continue;
    stored[id] = response;
  }
  return stored;
}

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && new Set([...a, ...b]).size === a.length;

/**
 * The session a stored attempt resumes as, if it still fits the bank: every question still there,
 * with the same options. Checked answers are graded again (grading is pure), so their feedback shows.
 */
function sessionFrom(attempt: AttemptRecord, bank: Bank, mode: QuizSession['mode'], now = Date.now()): QuizSession | undefined {
  const ids = attempt.plan.questionIds;
  if (ids.length === 0 || attempt.position >= ids.length) return undefined;
  const questions = new Map<string, Question>();
  for (const id of ids) {
    const question = bank.questions.find((q) => q.id === id);
    if (!question) return undefined;
    const expected = layoutIds(question);
    const layout = attempt.plan.layout[id];
    if (expected && layout && !sameIds(expected, layout)) return undefined;
    questions.set(id, question);
  }
  const grades: Record<string, Grade> = {};
  for (const id of attempt.checked) {
    const question = questions.get(id);
    if (question) grades[id] = grade(question, ownValue(attempt.responses, id), bank.lang);
  }
  return {
    plan: attempt.plan,
    mode,
    index: attempt.position,
    responses: { ...(attempt.responses as Record<string, LearnerResponse>) },
    grades,
    elapsedMs: attempt.elapsedMs,
    startedAt: now,
  };
}
