import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { grade, type Grade } from '../grading/grade.js';
import { messagesFor, type Messages } from '../messages/messages.js';
import { layoutIds, questionsForTags, type QuizPlan } from '../quiz-plan/plan-quiz.js';
import type { LearnerResponse } from '../question-types/question-types.js';
import type { Bank, Question } from '../schema/bank-schema.js';
import { bestScore, lastScore, masteryByTag, scoresOverAttempts } from '../storage/history-figures.js';
import { QuizProgress, quizKeyOf, type AttemptRecord, type QuizSelection, type StoredResponse } from '../storage/progress-store.js';
import { emptyProgressDocument, exportProgress, importProgress, type ImportResult, type ProgressDocument } from '../storage/progress-transfer.js';
import { SafeStore, sharedSafeStore } from '../storage/safe-store.js';
import { progressPanel, resumeNote, storageNotice, type HistoryView } from './quiz-history.js';
import type { QuizResult, QuizSession } from './quiz-session.js';

/** What the controller reads from its quiz, each time it needs it. */
export interface QuizProgressContext {
  bank: Bank | undefined;
  /** Without `progressKey` (the controller defaults it to the bank id). */
  selection: Omit<QuizSelection, 'progressKey'> & { progressKey?: string };
  /** `none` keeps nothing; anything else saves to the device. */
  persist: string | undefined;
  phase: string;
  session: QuizSession | undefined;
  result: QuizResult | undefined;
  lang: string;
  /** Starts a fresh attempt, as the Start button does. */
  restart(): void;
  /** Says something through the quiz's polite live region. */
  say(message: string): void;
}

/** Every connected controller of the page, so that none resumes an attempt another one is playing. */
const connected = new Set<QuizProgressController>();

/**
 * Keeps a `<defence-quiz>`'s progress: saves the attempt after every change (after rendering, and
 * without waiting: the learner never waits for storage), resumes it after a reload, records
 * finished attempts, and renders the start screen's history, reset, export and import, and the
 * notice shown when progress cannot be saved.
 */
export class QuizProgressController implements ReactiveController {
  private progress?: QuizProgress;
  private memoryStore?: SafeStore;
  private finished: AttemptRecord[] = [];
  private unreadableCount = 0;
  /** The attempt being played (or just finished), and the plan object that identifies it. */
  private current?: AttemptRecord;
  private currentPlan?: QuizPlan;
  private lastSaved?: QuizSession;
  private resumedSession?: QuizSession;
  private confirmingReset = false;
  private message?: HistoryView['message'];
  private downloadUrl?: string;
  private unsubscribe: Array<() => void> = [];
  private refreshToken = 0;
  /** The figures changed while they were not on screen: re-read them when the start screen shows. */
  private stale = false;
  private refreshTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly context: () => QuizProgressContext,
  ) {
    host.addController(this);
  }

  private get msg(): Messages['progress'] {
    return messagesFor(this.context().lang).progress;
  }

  hostConnected(): void {
    connected.add(this);
  }

  /** The attempt this quiz is playing now, if any. */
  get playingId(): string | undefined {
    return this.current?.state === 'in-progress' ? this.current.id : undefined;
  }

  hostDisconnected(): void {
    connected.delete(this);
    clearTimeout(this.refreshTimer);
    this.detach();
    this.revokeDownload();
  }

  /**
   * Opens the quiz's progress once its bank is loaded; resolves to the session to resume, when an
   * attempt was left in progress and still fits the bank.
   */
  async open(): Promise<QuizSession | undefined> {
    const ctx = this.context();
    const selection = this.selectionOf(ctx);
    if (!ctx.bank || !selection) return undefined;
    this.attach(selection, ctx.persist);
    this.current = undefined;
    this.currentPlan = undefined;
    this.lastSaved = undefined;
    this.resumedSession = undefined;
    this.message = undefined;
    this.confirmingReset = false;
    const playing = new Set([...connected].map((c) => c.playingId).filter((id): id is string => id !== undefined));
    const snapshot = await this.progress!.load(playing);
    this.applySnapshot(snapshot.finished, snapshot.unreadable.length);
    await this.prepareDownload();
    const resumable = snapshot.resumable && sessionFrom(snapshot.resumable, ctx.bank, selection.mode);
    if (!resumable) return undefined;
    this.current = this.progress!.continueAttempt(snapshot.resumable!);
    this.currentPlan = resumable.plan;
    this.lastSaved = resumable;
    this.resumedSession = resumable;
    return resumable;
  }

  hostUpdated(): void {
    const ctx = this.context();
    if (!this.progress || !ctx.bank) return;
    const { session } = ctx;
    if (ctx.phase === 'start') {
      const selection = this.selectionOf(ctx);
      if (selection && quizKeyOf(selection) !== this.progress.key) void this.reopen(selection, ctx.persist);
      else if (this.stale) this.figuresChanged();
      return;
    }
    if (!session) return;
    if (ctx.phase === 'question') {
      if (session.plan !== this.currentPlan) this.begin(session, ctx);
      else if (session !== this.lastSaved) this.saveProgress(session);
    } else if (ctx.phase === 'summary' && ctx.result && session.plan === this.currentPlan && this.current?.state === 'in-progress') {
      this.finish(session, ctx.result);
    }
  }

  /** The notice (storage failing) and the resume note, for the top of the quiz. */
  renderNotices() {
    const ctx = this.context();
    const msg = this.msg;
    const persisting = !this.progress || this.progress.store.status.state === 'memory-only' || this.progress.isPersisting();
    return [
      persisting ? null : storageNotice(this.unreadableCount > 0, msg),
      ctx.phase === 'question' && this.resumedSession && ctx.session === this.resumedSession ? resumeNote(msg, () => ctx.restart()) : null,
    ];
  }

  /** The start screen's progress panel. */
  renderPanel() {
    const ctx = this.context();
    if (!this.progress || !ctx.bank) return null;
    const points = scoresOverAttempts(this.finished);
    const pool = questionsForTags(ctx.bank, ctx.selection.tags);
    const view: HistoryView = {
      points,
      last: lastScore(this.finished),
      best: bestScore(this.finished),
      mastery: this.finished.length ? masteryByTag(this.finished, pool) : [],
      downloadUrl: this.downloadUrl,
      downloadName: `${fileNamePart(this.progress.selection.progressKey)}-progress.json`,
      canReset: this.finished.length > 0 || this.unreadableCount > 0 || this.current !== undefined,
      confirmingReset: this.confirmingReset,
      message: this.message,
      lang: ctx.lang,
    };
    return progressPanel(view, this.msg, {
      askReset: () => this.askReset(),
      confirmReset: () => void this.resetProgress(true),
      cancelReset: () => this.cancelReset(),
      importFile: (file) => void this.importFile(file),
    });
  }

  /** Deletes this quiz's saved progress; resolves to whether the device's copy was deleted. */
  async resetProgress(fromUi = false): Promise<boolean> {
    if (!this.progress) return false;
    const removed = await this.progress.reset();
    this.current = undefined;
    this.currentPlan = undefined;
    this.finished = [];
    this.unreadableCount = 0;
    this.confirmingReset = false;
    const text = removed ? this.msg.resetDone : this.msg.resetNotStored;
    this.message = { text, isError: !removed };
    await this.prepareDownload();
    this.host.requestUpdate();
    if (fromUi) {
      this.context().say(text);
      await this.focusAfterUpdate('button.reset, .file-label input');
    }
    return removed;
  }

  /** This quiz's attempts (this selection's) as a progress document; no records before a bank is loaded. */
  async exportProgress(): Promise<ProgressDocument> {
    if (!this.progress) return emptyProgressDocument();
    await this.progress.store.flush();
    return exportProgress({ store: this.progress.store, prefix: this.progress.records.fullKey(this.progress.scope) });
  }

  /** Merges a progress document (text or object) into the device's progress, then refreshes the figures. */
  async importProgress(json: unknown): Promise<ImportResult> {
    const store = this.progress?.store ?? this.storeFor(this.context().persist);
    const result = await importProgress(json, { store });
    if (result.ok) await this.refresh();
    return result;
  }

  private async importFile(file: File): Promise<void> {
    const msg = this.msg;
    let text: string;
    try {
      text = await file.text();
    } catch {
      this.showMessage({ text: msg.importUnreadable, isError: true });
      return;
    }
    const result = await this.importProgress(text);
    if (!result.ok) {
      this.showMessage({ text: msg.importRefused, issues: result.issues, isError: true });
      return;
    }
    const parts = [result.added + result.updated > 0 ? msg.imported(result.added, result.updated) : msg.importedNothingNew];
    if (result.kept > 0) parts.push(msg.importKept(result.kept));
    if (!result.saved) parts.push(msg.importedNotStored);
    this.showMessage({ text: parts.join(' '), isError: false });
  }

  private showMessage(message: NonNullable<HistoryView['message']>): void {
    this.message = message;
    this.context().say(message.issues ? `${message.text} ${message.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}` : message.text);
    this.host.requestUpdate();
  }

  private askReset(): void {
    this.confirmingReset = true;
    this.message = undefined;
    this.host.requestUpdate();
    void this.focusAfterUpdate('.confirm-reset');
  }

  private cancelReset(): void {
    this.confirmingReset = false;
    this.host.requestUpdate();
    void this.focusAfterUpdate('button.reset');
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.host.updateComplete;
    this.host.shadowRoot?.querySelector<HTMLElement>(selector)?.focus();
  }

  private selectionOf(ctx: QuizProgressContext): QuizSelection | undefined {
    const progressKey = ctx.selection.progressKey || ctx.bank?.id;
    return progressKey ? { ...ctx.selection, progressKey } : undefined;
  }

  private storeFor(persist: string | undefined): SafeStore {
    if (persist === 'none') {
      this.memoryStore ??= new SafeStore({ memoryOnly: true });
      return this.memoryStore;
    }
    return sharedSafeStore();
  }

  private attach(selection: QuizSelection, persist: string | undefined): void {
    this.detach();
    const progress = new QuizProgress(selection, this.storeFor(persist));
    this.progress = progress;
    this.unsubscribe = [
      progress.store.subscribe(() => this.host.requestUpdate()),
      progress.onChange((change) => {
        // Our own saves of the attempt being played change nothing on the start screen.
        const own = this.current && change.prefix === progress.records.fullKey(progress.records.keyOf(this.current));
        if (change.remote || !own) this.figuresChanged();
      }),
    ];
  }

  private detach(): void {
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
  }

  private async reopen(selection: QuizSelection, persist: string | undefined): Promise<void> {
    this.attach(selection, persist);
    this.current = undefined;
    this.currentPlan = undefined;
    await this.refresh();
  }

  /** Another tab or quiz changed this quiz's records: re-read once a burst of changes is over, if on screen. */
  private figuresChanged(): void {
    if (this.context().phase !== 'start') {
      this.stale = true;
      return;
    }
    this.stale = false;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => void this.refresh(), 50);
  }

  /** Re-reads the figures (another tab finished an attempt, an import, a reset elsewhere). */
  private async refresh(): Promise<void> {
    const token = ++this.refreshToken;
    const progress = this.progress;
    if (!progress) return;
    const snapshot = await progress.load();
    if (token !== this.refreshToken || progress !== this.progress) return;
    this.applySnapshot(snapshot.finished, snapshot.unreadable.length);
    await this.prepareDownload();
    this.host.requestUpdate();
  }

  private applySnapshot(finished: AttemptRecord[], unreadable: number): void {
    this.finished = finished;
    this.unreadableCount = unreadable;
  }

  private async prepareDownload(): Promise<void> {
    const progress = this.progress;
    if (!progress) return;
    const document = await exportProgress({ store: progress.store, prefix: progress.records.fullKey(progress.scope) });
    this.revokeDownload();
    if (document.records.length === 0) return;
    try {
      this.downloadUrl = URL.createObjectURL(new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' }));
    } catch {
      this.downloadUrl = undefined;
    }
  }

  private revokeDownload(): void {
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = undefined;
  }

  private begin(session: QuizSession, ctx: QuizProgressContext): void {
    const selection = this.selectionOf(ctx);
    if (selection && this.progress && quizKeyOf(selection) !== this.progress.key) this.attach(selection, ctx.persist);
    if (this.current?.state === 'in-progress') {
      // The learner started over: the unfinished attempt must not come back on the next visit.
      this.progress!.save({ ...this.current, state: 'abandoned', updatedAt: Math.max(Date.now(), this.current.updatedAt) });
    }
    const retryOf = this.retryOf(session.plan);
    this.current = this.progress!.begin(session.plan, { now: session.startedAt, ...(retryOf ? { retryOf } : {}) });
    this.currentPlan = session.plan;
    this.lastSaved = session;
    this.resumedSession = undefined;
  }

  /** "Retry the ones I missed" plans exactly the questions the last attempt missed. */
  private retryOf(plan: QuizPlan): string | undefined {
    const previous = this.current;
    if (!previous?.result) return undefined;
    const missed = previous.result.questions.filter((q) => !q.correct).map((q) => q.questionId);
    if (missed.length === 0 || missed.length >= previous.plan.questionIds.length) return undefined;
    const planned = new Set(plan.questionIds);
    return planned.size === missed.length && missed.every((id) => planned.has(id)) ? previous.id : undefined;
  }

  private saveProgress(session: QuizSession): void {
    if (!this.current || !this.progress) return;
    const now = Date.now();
    this.current = {
      ...this.current,
      updatedAt: Math.max(now, this.current.updatedAt),
      position: session.index,
      responses: storedResponses(session.responses),
      checked: Object.keys(session.grades),
      elapsedMs: Math.max(0, session.elapsedMs + (now - session.startedAt)),
    };
    this.lastSaved = session;
    this.progress.save(this.current);
  }

  private finish(session: QuizSession, result: QuizResult): void {
    this.saveProgress(session);
    const questions = result.questions.map(({ question, grade: g }) => ({
      questionId: question.id,
      correct: g.correct,
      score: g.score,
      maxScore: g.maxScore,
      tags: [...question.tags],
    }));
    this.current = this.progress!.finish(this.current!, questions);
    this.progress!.save(this.current);
    this.finished = [...this.finished, this.current];
  }
}

/** Responses as stored: the JSON-safe ones only (an unset or non-finite answer is not an answer). */
function storedResponses(responses: Record<string, LearnerResponse>): Record<string, StoredResponse> {
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
export function sessionFrom(attempt: AttemptRecord, bank: Bank, mode: QuizSession['mode'], now = Date.now()): QuizSession | undefined {
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
    if (question) grades[id] = grade(question, attempt.responses[id]);
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

function fileNamePart(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'quiz';
}
