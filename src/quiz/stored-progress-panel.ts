import { nothing, type ReactiveControllerHost } from 'lit';

import { type Messages, messagesFor, type PageMessages } from '../messages/messages.js';
import type { Bank } from '../schema/bank-schema.js';
import { quizKeyOf, type QuizProgress } from '../storage/progress-store.js';
import type { ImportResult, ProgressDocument } from '../storage/progress-transfer.js';
import { type QuizOverview, readQuizOverview } from '../storage/quiz-summary-record.js';
import type { ProgressTarget } from './attempt-recorder.js';
import type { AttemptRecords } from './attempt-records.js';
import { storageNotice } from './progress-panel.js';
import type { ProgressPanelContext } from './progress-panel-controller.js';
import type { ResultsLoader } from './results-loader.js';
import { progressPanel, type ProgressPanelView } from './stored-progress-view.js';

/** Export and import are what a learner asks for now and then: their code (and the check of an imported file) loads then. */
const progressTransfer = () => import('../storage/progress-transfer.js');

/**
 * The start screen's progress panel of a `<defence-quiz>` over its saved progress: last and best score, the chart,
 * mastery by topic (drawn by the results code, which it loads when there are scores to show), reset,
 * export and import, re-read when another tab changes the quiz's records; and the notice shown when
 * progress cannot be saved. It only reads and manages saved progress: the attempt being played is saved by the
 * quiz's AttemptRecorder. Part of the storage code (progress-storage.ts): the quiz's ProgressPanelController
 * creates it once that code is here, and passes its host's lifecycle on.
 */
export class StoredProgressPanel {
  private progress?: QuizProgress;
  /** What the panel shows of the quiz's saved attempts (read from their summary record: see quiz-summary-record.ts). */
  private overview?: QuizOverview;
  /** Whether the quiz has any saved attempt, finished or not: what the export would hold. */
  private hasRecords = false;
  private unreadableCount = 0;
  private confirmingReset = false;
  private message?: ProgressPanelView['message'];
  private downloadUrl?: string;
  private unsubscribe: Array<() => void> = [];
  private refreshToken = 0;
  /** The figures changed while they were not on screen: re-read them when the start screen shows. */
  private stale = false;
  private refreshTimer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly records: AttemptRecords,
    private readonly results: ResultsLoader,
    private readonly context: () => ProgressPanelContext,
  ) {}

  private get msg(): Messages['progress'] {
    return this.messages.progress;
  }

  private get messages(): PageMessages {
    return messagesFor(this.context().lang);
  }

  hostDisconnected(): void {
    clearTimeout(this.refreshTimer);
    this.detach();
    this.revokeDownload();
  }

  /** Reads the figures of the quiz's progress, once its bank is loaded. */
  async open(target: ProgressTarget): Promise<void> {
    this.message = undefined;
    this.confirmingReset = false;
    this.attach(target);
    await this.refresh();
  }

  hostUpdated(): void {
    const { target, onStartScreen } = this.context();
    if (!this.progress || !target || !onStartScreen) return;
    if (quizKeyOf(target.selection) !== this.progress.key) {
      this.attach(target);
      void this.refresh();
    } else if (this.stale) {
      this.figuresChanged();
    }
  }

  /** The line saying progress is not being saved, for the top of the quiz; nothing while it is. */
  renderNotice() {
    const progress = this.progress;
    const persisting = !progress || progress.store.status.state === 'memory-only' || progress.isPersisting();
    return persisting ? null : storageNotice(this.unreadableCount > 0, this.msg);
  }

  /**
   * The panel, for the quiz's `bank` and the questions its `tags` keep; `historyOnly` (the results screen): the best
   * score and the chart, nothing before the finished attempts are read, nor while there is one scored attempt (this one,
   * whose score the results already show: no history yet).
   */
  render(bank: Bank, tags: readonly string[], { historyOnly = false } = {}) {
    const overview = this.overview;
    const finishedCount = overview?.finishedCount ?? 0;
    if (!this.progress || (historyOnly && (overview?.points.length ?? 0) < 2)) return null;
    const { lang } = this.context();
    const view: ProgressPanelView = {
      history:
        overview && finishedCount
          ? this.results.history({ points: overview.points, lastRight: overview.lastRight, bank, tags, lang, historyOnly }, this.messages)
          : nothing,
      hasHistory: finishedCount > 0,
      canDownload: this.hasRecords,
      downloadUrl: this.downloadUrl,
      downloadName: `${fileNamePart(this.progress.selection.progressKey)}-progress.json`,
      canReset: finishedCount > 0 || this.unreadableCount > 0,
      confirmingReset: this.confirmingReset,
      message: this.message,
      historyOnly,
    };
    return progressPanel(view, this.msg, {
      askReset: () => this.askReset(),
      confirmReset: () => void this.resetProgress(true),
      cancelReset: () => this.cancelReset(),
      importFile: (file) => void this.importFile(file),
      download: (event) => this.download(event),
    });
  }

  /** Deletes this quiz's saved progress; resolves to whether the device's copy was deleted. */
  async resetProgress(fromUi = false): Promise<boolean> {
    if (!this.progress) return false;
    const removed = await this.progress.reset();
    this.records.forget();
    this.overview = undefined;
    this.hasRecords = false;
    this.unreadableCount = 0;
    this.confirmingReset = false;
    const text = removed ? this.msg.resetDone : this.msg.resetNotStored;
    this.message = { text, isError: !removed };
    this.revokeDownload();
    this.host.requestUpdate();
    if (fromUi) {
      this.context().say(text);
      await this.focusAfterUpdate('button.reset, .file-label input');
    }
    return removed;
  }

  /** This quiz's attempts (this selection's) as a progress document; no records before a bank is loaded. */
  async exportProgress(): Promise<ProgressDocument> {
    const { emptyProgressDocument, exportProgress } = await progressTransfer();
    if (!this.progress) return emptyProgressDocument();
    await this.progress.store.flush();
    return exportProgress({ store: this.progress.store, prefix: this.progress.records.fullKey(this.progress.scope) });
  }

  /** Merges a progress document (text or object) into the device's progress, then refreshes the figures. */
  async importProgress(json: unknown): Promise<ImportResult> {
    const store = this.progress?.store ?? this.records.storeFor(this.context().persist);
    const transfer = await progressTransfer().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    // Its code could not be fetched (offline): refused like a bad file, changing nothing.
    if (transfer instanceof Error) return { ok: false, issues: [{ path: '(element)', message: transfer.message }] };
    const result = await transfer.importProgress(json, { store });
    if (result.ok) await this.refresh();
    return result;
  }

  /** A file chosen in the import control. */
  async importFile(file: File): Promise<void> {
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

  private showMessage(message: NonNullable<ProgressPanelView['message']>): void {
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

  private attach(target: ProgressTarget): void {
    this.detach();
    const progress = this.records.progressFor(target);
    this.progress = progress;
    this.unsubscribe = [progress.store.subscribe(() => this.host.requestUpdate()), progress.onChange(() => this.figuresChanged())];
  }

  private detach(): void {
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
  }

  /** This quiz's records changed (here, in another tab, an import): re-read once a burst of changes is over, if on screen. */
  private figuresChanged(): void {
    if (!this.context().onStartScreen) {
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
    this.stale = false;
    const overview = await readQuizOverview(progress);
    // Scores to show: the screen waits for the code that draws them (it has failed when it says so instead).
    if (overview.finishedCount) await this.results.load();
    if (token !== this.refreshToken || progress !== this.progress) return;
    this.overview = overview;
    this.hasRecords = overview.hasRecords;
    this.unreadableCount = overview.unreadable.length;
    // A file built before this change would be out of date: the next download builds it again.
    this.revokeDownload();
    this.host.requestUpdate();
  }

  /**
   * The export file is built only when the learner asks for it (building it on every refresh cost
   * most of the start screen's time with a long history); the link is then followed again, now to the file.
   */
  private download(event: MouseEvent): void {
    if (this.downloadUrl) return;
    event.preventDefault();
    const link = event.currentTarget as HTMLAnchorElement;
    void (async () => {
      const progress = this.progress;
      if (!progress) return;
      // Without its code (offline) there is no file to follow the link to: the link stays as it was.
      const document = await this.exportProgress().catch(() => undefined);
      if (progress !== this.progress || !document?.records.length) return;
      try {
        this.downloadUrl = URL.createObjectURL(new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' }));
      } catch {
        return;
      }
      this.host.requestUpdate();
      await this.host.updateComplete;
      if (link.isConnected && link.getAttribute('href') === this.downloadUrl) link.click();
    })();
  }

  private revokeDownload(): void {
    if (this.downloadUrl) URL.revokeObjectURL(this.downloadUrl);
    this.downloadUrl = undefined;
  }
}

function fileNamePart(text: string): string {
  return text.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '') || 'quiz';
}
