/**
 * Records the attempt a `<defence-quiz>` is playing. The element calls it from its own
 * transitions (start, answer, check, move, finish), so every write has one reason and one place;
 * writes are never awaited (the learner never waits for storage). No Lit. The records themselves
 * (attempt-records.ts) are part of the storage code, which loads when there is saved progress to
 * resume, or once the first question of a first visit is on screen: calls made meanwhile wait for
 * it and run in order.
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
import type { Grade } from '../grading/grade.js';
import type { Bank, Question } from '../schema/bank-schema.js';
import { announceWrite, mayHoldSavedProgress } from '../storage/progress-presence.js';
import type { QuizSelection } from '../storage/progress-store.js';
import type { AttemptRecords } from './attempt-records.js';
import { loadProgressStorage, progressStorageLoaded } from './progress-storage-loader.js';
import type { QuizResult, QuizSession } from './quiz-session.js';

/** Where a quiz keeps its attempts: its selection (which names them), and `persist` (`none`: in memory only). */
export interface ProgressTarget {
  selection: QuizSelection;
  persist: string | undefined;
}

/** The recorders of the page's connected quizzes, so that none resumes the attempt another one is playing. */
const live = new Set<AttemptRecorder>();

export class AttemptRecorder {
  /** This quiz's records, once the storage code is here. */
  private records?: AttemptRecords;
  /** Calls made before the records were here, and not yet run. */
  private waitingSteps = 0;
  private steps: Promise<void> = Promise.resolve();

  /**
   * Whether the quiz's saved progress must be read before its start screen shows: always once the storage code is
   * here; otherwise not on a first visit (nothing saved on the device) nor with `persist="none"` (nothing kept yet).
   */
  async hasProgressToRead(target: ProgressTarget): Promise<boolean> {
    if (progressStorageLoaded()) return true;
    return target.persist !== 'none' && (await mayHoldSavedProgress());
  }

  /** This quiz's records, loading the storage code if need be; rejects when it cannot be fetched (offline). */
  async loadRecords(): Promise<AttemptRecords> {
    const storage = await loadProgressStorage();
    this.records ??= new storage.AttemptRecords();
    return this.records;
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
    // Without its code nothing saved can be read: the quiz starts afresh, and the panel says progress is not saved.
    const records = await this.loadRecords().catch(() => undefined);
    return records?.resume(bank, target, () => takenOnThePage(this));
  }

  /** A new attempt on `session`'s plan; `retry`: it asks the questions the attempt just finished missed. */
  begin(session: QuizSession, target: ProgressTarget, retry = false): void {
    this.whenRecorded((records) => records.begin(session, target, retry));
  }

  /** Saves where the learner is: position, responses, what was checked, time spent. */
  save(session: QuizSession): void {
    const now = Date.now();
    this.whenRecorded((records) => records.save(session, now));
  }

  /** An answer checked (practice) or committed (exam): saved, and a wrong one makes the question's fact cards due first. */
  answer(session: QuizSession, question: Question, graded: Grade): void {
    const now = Date.now();
    this.whenRecorded((records) => records.answer(session, question, graded, now));
  }

  /** The attempt reached its summary: saved as finished, with its per-question results, into the history. */
  finish(session: QuizSession, result: QuizResult): void {
    const now = Date.now();
    this.whenRecorded((records) => records.finish(session, result, now));
  }

  /** The learner started over: the unfinished attempt must not come back on the next visit. */
  abandon(): void {
    const now = Date.now();
    this.whenRecorded((records) => records.abandon(now));
  }

  /** The stored attempts this quiz plays or took over. */
  get claimedIds(): string[] {
    return this.records?.claimedIds ?? [];
  }

  /**
   * Runs `step` on the records: at once when they are here and no earlier step waits, else after those, in order (a
   * step's promise is waited for before the next one).
   * The first question of a first visit is drawn before the storage code is asked for (a frame, or 1 s on a page
   * that draws none), so it never waits on it. If the code cannot be fetched the step is dropped: the panel says
   * nothing is saved.
   */
  private whenRecorded(step: (records: AttemptRecords) => unknown): void {
    const records = this.records;
    // A step that goes on after it returns (the cards a wrong answer marks due) is waited for by `flush()` too.
    if (records && this.waitingSteps === 0) {
      const pending = step(records);
      if (pending instanceof Promise) announceWrite(pending.catch(() => undefined));
      return;
    }
    this.waitingSteps++;
    const run = this.steps
      .then(() => records ?? afterNextPaint().then(() => this.loadRecords()))
      .then(async (loaded) => {
        await step(loaded);
      })
      .catch(() => undefined)
      .finally(() => this.waitingSteps--);
    this.steps = run;
    announceWrite(run);
  }
}

/** The attempts the page's other connected quizzes play or took over. */
function takenOnThePage(self: AttemptRecorder): Set<string> {
  return new Set([...live].filter((r) => r !== self).flatMap((r) => r.claimedIds));
}

// A hidden page draws no frame: it waits for none. The timer is for a visible page that draws none either (a busy
// device draws its next frame well within it, so the first question is never kept waiting by the storage code).
function afterNextPaint(): Promise<void> {
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 1000);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(timer), resolve()), 0));
  });
}
