import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { type Messages, messagesFor } from '../messages/messages.js';
import type { Bank } from '../schema/bank-schema.js';
import { onProgressWrittenElsewhere } from '../storage/progress-presence.js';
import type { ImportResult, ProgressDocument } from '../storage/progress-transfer.js';
import type { AttemptRecorder, ProgressTarget } from './attempt-recorder.js';
import { firstVisitPanel, storageNotice } from './progress-panel.js';
import { loadProgressStorage, onProgressStorageLoad, progressStorageFailed } from './progress-storage-loader.js';
import type { ResultsLoader } from './results-loader.js';
import type { StoredProgressPanel } from './stored-progress-panel.js';

/** What the controller reads from its quiz, each time it needs it. */
export interface ProgressPanelContext {
  /** Where the quiz keeps its progress; undefined until its bank is loaded. */
  target: ProgressTarget | undefined;
  /** The quiz's `persist` attribute, known before its bank is. */
  persist: string | undefined;
  /** Whether a screen with the panel is showing: the start screen, or the results (their history part). */
  onStartScreen: boolean;
  lang: string;
  /** Says something through the quiz's polite live region. */
  say(message: string): void;
}

/**
 * The start screen's progress panel of a `<defence-quiz>`, and the notice shown when progress cannot be saved. The
 * panel over saved progress (scores, chart, mastery, reset, export, import: stored-progress-panel.ts) is part of the
 * storage code; on a first visit (nothing saved on the device) this controller shows the import control alone and
 * waits, without loading that code, for what brings it: an import, the attempt's recorder or another tab's write.
 */
export class ProgressPanelController implements ReactiveController {
  /** The panel over saved progress, once the storage code is here and it has read the figures. */
  private stored?: StoredProgressPanel;
  private storedLoading?: Promise<StoredProgressPanel>;
  /** Where the quiz keeps its progress, as last opened. */
  private target?: ProgressTarget;
  /** The listeners of a first visit, waiting for the storage code. */
  private stopWaiting: Array<() => void> = [];

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly recorder: AttemptRecorder,
    private readonly results: ResultsLoader,
    private readonly context: () => ProgressPanelContext,
  ) {
    host.addController(this);
  }

  private get msg(): Messages['progress'] {
    return messagesFor(this.context().lang).progress;
  }

  hostUpdated(): void {
    this.stored?.hostUpdated();
  }

  hostDisconnected(): void {
    this.stored?.hostDisconnected();
    this.stopWaitingForStorage();
  }

  /** Reads the figures of the quiz's saved progress, once its bank is loaded. */
  async open(target: ProgressTarget): Promise<void> {
    this.target = target;
    if (this.stored) return this.stored.open(target);
    // No storage code (offline): the notice says progress is not saved.
    if (!(await this.storedPanel().catch(() => undefined))) this.host.requestUpdate();
  }

  /**
   * A first visit (the storage code not loaded, nothing saved on the device): the import control alone, until the code
   * arrives (an import, the attempt's recorder, another tab's write); the figures are then read as by `open`.
   */
  openFirstVisit(target: ProgressTarget): void {
    this.target = target;
    this.stopWaitingForStorage();
    this.stopWaiting = [
      onProgressStorageLoad((storage) => (storage ? void this.storedPanel().catch(() => undefined) : this.host.requestUpdate())),
      onProgressWrittenElsewhere(() => void this.storedPanel().catch(() => undefined)),
    ];
  }

  /** The line saying progress is not being saved, for the top of the quiz; nothing while it is. */
  renderNotice() {
    if (this.stored) return this.stored.renderNotice();
    return progressStorageFailed() && this.context().target ? storageNotice(false, this.msg) : null;
  }

  /** The panel for the quiz's `bank` and the questions its `tags` keep; `historyOnly`: the results screen's part. */
  render(bank: Bank, tags: readonly string[], { historyOnly = false } = {}) {
    if (this.stored) return this.stored.render(bank, tags, { historyOnly });
    if (!this.target || historyOnly) return null;
    return firstVisitPanel(this.msg, (file) => void this.storedPanel().then((stored) => stored.importFile(file)));
  }

  /** Deletes this quiz's saved progress; resolves to whether the device's copy was deleted. */
  async resetProgress(): Promise<boolean> {
    return (await this.storedPanel().catch(() => undefined))?.resetProgress() ?? false;
  }

  /** This quiz's attempts (this selection's) as a progress document. */
  async exportProgress(): Promise<ProgressDocument> {
    return (await this.storedPanel()).exportProgress();
  }

  /** Merges a progress document (text or object) into the device's progress, then refreshes the figures. */
  async importProgress(json: unknown): Promise<ImportResult> {
    const stored = await this.storedPanel().catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    // Its code could not be fetched (offline): refused like a bad file, changing nothing.
    if (stored instanceof Error) return { ok: false, issues: [{ path: '(element)', message: stored.message }] };
    return stored.importProgress(json);
  }

  /** The panel over saved progress, loading the storage code if need be; rejects when it cannot be fetched (offline). */
  private storedPanel(): Promise<StoredProgressPanel> {
    this.storedLoading ??= this.createStoredPanel().catch((error: unknown) => {
      this.storedLoading = undefined;
      throw error;
    });
    return this.storedLoading;
  }

  private async createStoredPanel(): Promise<StoredProgressPanel> {
    const records = await this.recorder.loadRecords();
    const { StoredProgressPanel } = await loadProgressStorage();
    const stored = new StoredProgressPanel(this.host, records, this.results, this.context);
    const target = this.context().target ?? this.target;
    if (target) await stored.open(target);
    this.stored = stored;
    this.stopWaitingForStorage();
    this.host.requestUpdate();
    return stored;
  }

  private stopWaitingForStorage(): void {
    for (const stop of this.stopWaiting) stop();
    this.stopWaiting = [];
  }
}
