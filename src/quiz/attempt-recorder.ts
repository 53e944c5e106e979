/**
 * Records the attempt a `<defence-quiz>` is playing. The element calls it from its own
 * transitions (start, answer, check, move, finish), so every write has one reason and one place;
 * writes are never awaited (the learner never waits for storage). No Lit: plain calls over the
 * progress store, whose code (progress-storage.ts) loads when there is saved progress to resume, or
 * once the first question of a first visit is on screen: writes asked for meanwhile wait for it, in order.
 *
 * ```ts
 * const session = await recorder.resume(bank, target);   // after a reload, the attempt left open
 * recorder.begin(session, target);                        // Start
 * recorder.save(session);                                 // a response changed, or the learner moved
 * recorder.answer(session, question, grade);              // checked (practice) or committed (exam)
 * recorder.finish(session, result);                       // the summary: the attempt joins the history
 * recorder.abandon();                                     // started over: never resumed again
 * ```
 */
import { type Grade, grade } from '../grading/grade.js';
import type { LearnerResponse } from '../question-types/question-types.js';
import { layoutIds } from '../quiz-plan/plan-quiz.js';
import type { Bank, Question } from '../schema/bank-schema.js';
import { ownValue } from '../schema/content-keys.js';
import { announceWrite, mayHoldSavedProgress } from '../storage/progress-presence.js';
import type { AttemptRecord, QuizProgress, QuizSelection, StoredResponse } from '../storage/progress-store.js';
import type { SafeStore } from '../storage/safe-store.js';
import { loadProgressStorage, type ProgressStorage, progressStorageLoaded } from './progress-storage-loader.js';
import { type QuizResult, type QuizSession, spentMs } from './quiz-session.js';

/** Where a quiz keeps its attempts: its selection (which names them), and `persist` (`none`: in memory only). */
export interface ProgressTarget {
  selection: QuizSelection;
  persist: string | undefined;
}

/** The recorders of the page's connected quizzes, so that none resumes the attempt another one is playing. */
const live = new Set<AttemptRecorder>();

export class AttemptRecorder {
  private memoryStore?: SafeStore;
  /** The quiz the attempt belongs to, fixed when it begins (attributes may change meanwhile). */
  private progress?: QuizProgress;
  private persist?: string;
  /** The attempt being played, or the one just finished (a retry refers to it). */
  private attempt?: AttemptRecord;
  /** The stored attempt this one resumed (under a new id): no other quiz of the page may resume it too. */
  private resumedFrom?: string;

  /** Steps asked for before the storage code had loaded, and not yet run. */
  private waitingSteps = 0;
  private steps: Promise<void> = Promise.resolve();

  /** The page's store, or with `persist="none"` a memory store of this quiz's own. */
  storeFor(storage: ProgressStorage, persist: string | undefined): SafeStore {
    if (persist !== 'none') return storage.sharedSafeStore();
    this.memoryStore ??= new storage.SafeStore({ memoryOnly: true });
    return this.memoryStore;
  }

  progressFor(storage: ProgressStorage, target: ProgressTarget): QuizProgress {
    return new storage.QuizProgress(target.selection, this.storeFor(storage, target.persist));
  }

  /**
   * Whether the quiz's saved progress must be read before its start screen shows: always once the storage code is
   * here; otherwise not on a first visit (nothing saved on the device) nor with `persist="none"` (nothing kept yet).
   */
  async hasProgressToRead(target: ProgressTarget): Promise<boolean> {
    if (progressStorageLoaded()) return true;
    return target.persist !== 'none' && (await mayHoldSavedProgress());
  }

  /** The quiz is on the page: the attempt it plays is not another quiz's to resume. */
  connect(): void {
    live.add(this);
  }

  disconnect(): void {
    live.delete(this);
  }

  /** The stored attempt in progress, as the session to resume, when there is one and it still fits the bank. */
  async resume(bank: Bank, target: ProgressTarget): Promise<QuizSession | undefined> {
    this.attempt = undefined;
    this.progress = undefined;
    const storage = await loadProgressStorage().catch(() => undefined);
    // Without its code nothing saved can be read: the quiz starts afresh, and the panel says progress is not saved.
    if (!storage) return undefined;
    const progress = (this.progress = this.progressFor(storage, target));
    this.persist = target.persist;
    this.resumedFrom = undefined;
    // Quizzes on one page load at once: what another one claimed while this one was reading is read past.
    for (;;) {
      const { resumable } = await storage.readQuizOverview(progress, takenOnThePage(this));
      if (progress !== this.progress || !resumable) return undefined;
      if (takenOnThePage(this).has(resumable.id)) continue;
      const session = sessionFrom(resumable, bank, target.selection.mode);
      if (!session) return undefined;
      this.resumedFrom = resumable.id;
      this.attempt = progress.continueAttempt(resumable);
      return session;
    }
  }

  /** A new attempt on `session`'s plan; `retry`: it asks the questions the attempt just finished missed. */
  begin(session: QuizSession, target: ProgressTarget, retry = false): void {
    this.persist = target.persist;
    this.whenStored((storage) => {
      const previous = this.attempt;
      const missed = previous?.result?.questions.filter((q) => !q.correct).length ?? 0;
      // Retrying every question is a whole new attempt, and counts as one.
      const retryOf = retry && previous && missed > 0 && missed < previous.plan.questionIds.length ? previous.id : undefined;
      this.progress = this.progressFor(storage, target);
      this.attempt = this.progress.begin(session.plan, { now: session.startedAt, ...(retryOf ? { retryOf } : {}) });
    });
  }

  /** Saves where the learner is: position, responses, what was checked, time spent. */
  save(session: QuizSession): void {
    const now = Date.now();
    this.whenStored(() => {
      const attempt = this.played(session, now);
      if (attempt) this.write(attempt);
    });
  }

  /** An answer checked (practice) or committed (exam): saved, and a wrong one makes the question's fact cards due first. */
  answer(session: QuizSession, question: Question, graded: Grade): void {
    this.save(session);
    const persist = this.persist;
    if (!graded.correct && question.cards?.length && persist !== 'none') this.whenStored((storage) => void storage.markCardsForReview(question.cards ?? []));
  }

  /** The attempt reached its summary: saved as finished, with its per-question results, into the history. */
  finish(session: QuizSession, result: QuizResult): void {
    const now = Date.now();
    this.whenStored(() => {
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
    });
  }

  /** The learner started over: the unfinished attempt must not come back on the next visit. */
  abandon(): void {
    const now = Date.now();
    this.whenStored(() => {
      const attempt = this.attempt;
      if (attempt?.state !== 'in-progress') return;
      this.write({ ...attempt, state: 'abandoned', updatedAt: Math.max(now, attempt.updatedAt) });
    });
  }

  /** The quiz's progress was deleted: a finished attempt is no longer there to be retried. An unfinished one is saved again as it goes on. */
  forget(): void {
    this.whenStored(() => {
      if (this.attempt?.state !== 'in-progress') this.attempt = undefined;
    });
  }

  /** The stored attempts this quiz plays or took over. */
  get claimedIds(): string[] {
    return [...(this.attempt?.state === 'in-progress' ? [this.attempt.id] : []), ...(this.resumedFrom ? [this.resumedFrom] : [])];
  }

  /** The attempt in progress, brought up to date with `session`; undefined when none is being played. */
  private played(session: QuizSession, now = Date.now()): AttemptRecord | undefined {
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

  /**
   * Runs `step` with the storage code: at once when it is here and no earlier step waits, else after those, in order.
   * The first question of a first visit is drawn before the code is asked for (a frame, or 50 ms on a page that draws
   * none), so it never waits on it. If the code cannot be fetched the step is dropped: the panel says nothing is saved.
   */
  private whenStored(step: (storage: ProgressStorage) => void): void {
    const storage = progressStorageLoaded();
    if (storage && this.waitingSteps === 0) return step(storage);
    this.waitingSteps++;
    const run = this.steps
      .then(() => storage ?? afterNextPaint().then(loadProgressStorage))
      .then(step)
      .catch(() => undefined)
      .finally(() => this.waitingSteps--);
    this.steps = run;
    announceWrite(run);
  }
}

function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 50);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve()), 0));
  });
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

/** The attempts the page's other connected quizzes play or took over. */
function takenOnThePage(self: AttemptRecorder): Set<string> {
  return new Set([...live].filter((r) => r !== self).flatMap((r) => r.claimedIds));
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
