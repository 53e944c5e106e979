import { html, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';

import { LrsController } from '../lrs/lrs-controller.js';
import { LocaleController } from '../messages/locale-controller.js';
import { type Messages, messagesFor } from '../messages/messages.js';
import type { ProblemContext, Validated, ValidationIssue } from '../schema/validation-issues.js';
import type { ImportResult, ProgressDocument } from '../storage/progress-transfer.js';
import { themeStyles } from '../styles/theme.styles.js';
import { AttemptFlow } from './attempt-flow.js';
import { AttemptRecorder } from './attempt-recorder.js';
import { BankLoadController } from './bank-load-controller.js';
import type { LoadedBank } from './bank-loader.js';
import type { CheckingCode } from './checking-code-loader.js';
import { styles } from './defence-quiz.styles.js';
import { PrintController } from './print-controller.js';
import { progressPanelStyles } from './progress-panel.styles.js';
import { ProgressPanelController } from './progress-panel-controller.js';
import { QuizAttributes } from './quiz-attributes.js';
import { QuizAnswerEvent, QuizCompleteEvent, QuizErrorEvent, QuizStartEvent } from './quiz-events.js';
import { quizScreen } from './quiz-screens.js';
import type { QuizResult } from './quiz-session.js';
import { emptySelection } from './quiz-start.js';
import type { QuizState } from './quiz-state.js';
import { worksheetOf, worksheetStyles } from './quiz-worksheet.js';
import { ResultsLoader } from './results-loader.js';
import { ScreenCues } from './screen-cues.js';

/**
 * A quiz over a question bank: eight question types, practice or exam mode, feedback with the
 * source of every answer, and a summary with a review.
 *
 * @summary An accessible quiz over a defence-learning question bank.
 *
 * @tagname defence-quiz
 *
 * @slot - An optional `<script type="application/json">` child holding the bank inline.
 *
 * @fires {QuizStartEvent} quiz-start - The learner started an attempt. `detail`: `{ bankId, activityId, questionIds, mode }`.
 * @fires {QuizAnswerEvent} quiz-answer - An answer was checked (practice) or committed (exam). `detail`: `{ activityId, questionId, questionType, response, correct, score, maxScore }`.
 * @fires {QuizCompleteEvent} quiz-complete - The learner reached the summary. `detail`: `{ activityId, score, maxScore, scaled, passed, durationMs, statement }`, `statement` being an xAPI "completed" statement.
 * @fires {QuizErrorEvent} quiz-error - The bank could not be loaded or is invalid. `detail`: `{ issues: { path, message }[] }`.
 * @fires {QuizLrsErrorEvent} quiz-lrs-error - With `lrs` set: the Learning Record Store kept failing after every retry (statements stay queued). `detail`: `{ status, message, queued }`.
 *
 * @csspart base - The quiz's outer box.
 * @csspart question - The question being asked.
 * @csspart prompt - The question's text.
 * @csspart option - One answer option (choices, order items, match rows).
 * @csspart button - Every button.
 * @csspart feedback - The feedback shown after checking an answer.
 * @csspart source - A cited source: the quote and its document.
 * @csspart summary - The results.
 * @csspart score - The score line in the results.
 * @csspart error - The panel listing why a bank could not be loaded.
 * @csspart progress - The start screen's progress: scores, chart, mastery by topic, reset, export and import.
 * @csspart storage-notice - The line saying progress is not being saved on this device.
 *
 * @cssstate loading - While the bank loads: a page can keep the quiz's room meanwhile, so that nothing below it jumps when the start screen appears (`defence-quiz:state(loading) { min-height: 16rem }`).
 *
 * @cssprop [--dl-font=inherit] - Font family.
 * @cssprop [--dl-color-text=#1b1f24] - Text colour (dark mode: #e8eaed).
 * @cssprop [--dl-color-muted=#4d5560] - Secondary text colour.
 * @cssprop [--dl-color-surface=#ffffff] - Background of the quiz box.
 * @cssprop [--dl-color-border=#767f8a] - Borders of the box and controls.
 * @cssprop [--dl-color-accent=#0b4fa8] - Buttons, focus ring and selected options.
 * @cssprop [--dl-color-accent-text=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--dl-color-right=#1a6b34] - Marks right answers.
 * @cssprop [--dl-color-wrong=#b3261e] - Marks wrong answers.
 * @cssprop [--dl-color-partial=#8a5300] - Marks partly right answers (dark mode: #f0b849).
 * @cssprop [--dl-radius=0.5rem] - Corner radius.
 * @cssprop [--dl-space=1rem] - The spacing unit: every gap, padding and margin is a step of it (¼, ½, ¾, 1, 1¼, 1½).
 * @cssprop [--dl-inset=1.25rem] - Padding inside the element's frame (0.75rem on screens under 30rem).
 * @cssprop [--dl-control-size=2.75rem] - Smallest height and width of buttons, fields and option rows.
 * @cssprop [--dl-max-width=48rem] - The widest the element's frame grows; it always shrinks to its container.
 */
export class DefenceQuiz extends QuizAttributes {
  static override styles = [themeStyles, styles, progressPanelStyles, worksheetStyles];

  /** The one state of the quiz: which screen, with what it needs. */
  @state() private state: QuizState = { phase: 'loading' };
  /** Carries the `loading` custom state (`:state(loading)`), where the browser has custom states. */
  private readonly internals = this.attachInternals() as { states?: Set<string> };

  /** Renders again when the language changes or its strings arrive. */
  private readonly locale = new LocaleController(this);
  /** Sends the attempt's statements to `lrs`, when it is set. */
  protected readonly lrsLink = new LrsController(this, () => this.lrs);
  private readonly recorder = new AttemptRecorder();
  private readonly results: ResultsLoader = new ResultsLoader(this);
  private readonly cues = new ScreenCues(this);
  /** The worksheet is built when the page is printed, not before. */
  private readonly printing = new PrintController(this);
  private readonly bankLoad = new BankLoadController(this, {
    given: () => ({ bank: this.bank, src: this.src, data: this.data }),
    source: () => this.bankSource(),
    msg: () => this.msg,
    begin: () => (this.state = { phase: 'loading' }),
    settle: (outcome, current) => this.loaded(outcome, current),
  });
  private readonly panel: ProgressPanelController = new ProgressPanelController(this, this.recorder, this.results, () => ({
    target: this.targetOf(this.state.phase === 'loading' ? undefined : this.state.loaded),
    persist: this.persist,
    onStartScreen: this.state.phase === 'start' || this.state.phase === 'summary',
    lang: this.locale.lang,
    say: (message: string) => this.cues.say(message),
  }));
  private readonly flow = new AttemptFlow(
    {
      state: () => this.state,
      show: (state) => (this.state = state),
      settings: () => ({
        mode: this.effectiveMode,
        passMark: this.effectivePassMark,
        selection: { count: this.count, tags: this.tagList, shuffle: this.shuffle, seed: this.seed },
        lang: this.locale.lang,
        msg: this.msg,
        target: (loaded) => this.targetOf(loaded),
      }),
      cues: this.cues,
      prefetchResults: () => void this.results.load(),
      started: (loaded, { plan, mode }) =>
        this.fire(new QuizStartEvent({ bankId: loaded.bank.id, activityId: loaded.activityId, questionIds: plan.questionIds, mode })),
      answered: ({ activityId }, { id, type }, response, { correct, score, maxScore }) =>
        this.fire(new QuizAnswerEvent({ activityId, questionId: id, questionType: type, response, correct, score, maxScore })),
      completed: (loaded, result, durationMs, statementOf) => this.completed(loaded, result, durationMs, statementOf),
    },
    this.recorder,
  );

  /** Resolves when the current load (the bank, then the progress saved for it) has settled, loaded or failed; a new load replaces it. */
  get loadComplete(): Promise<void> {
    return this.bankLoad.complete;
  }

  private get msg(): Messages['quiz'] {
    return messagesFor(this.locale.lang).quiz;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.recorder.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.recorder.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.warnAboutInvalidValues(changed);
    this.bankLoad.sync();
    if (this.state.phase === 'start' && changed.has('tags')) this.checkSelectionNotEmpty(this.state.loaded);
  }

  protected override updated(): void {
    this.flow.rendered();
    this.internals.states?.[this.state.phase === 'loading' ? 'add' : 'delete']('loading');
  }

  /** Also waits for the results code while the results screen waits for it, so that a settled quiz shows all it has. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (this.state.phase !== 'summary' || !this.results.pending) return done;
    await this.results.load();
    return super.getUpdateComplete();
  }

  /** Deletes the progress saved for this quiz (this selection) on this device; resolves to whether it was deleted there. */
  resetProgress(): Promise<boolean> {
    return this.panel.resetProgress();
  }

  /** This quiz's saved attempts as a versioned JSON document (`format: 'defence-learning-progress'`). */
  exportProgress(): Promise<ProgressDocument> {
    return this.panel.exportProgress();
  }

  /** Merges a progress document (JSON text or object): attempts by id, the newer copy wins; a bad file changes nothing. */
  importProgress(json: unknown): Promise<ImportResult> {
    return this.panel.importProgress(json);
  }

  /** The bank has loaded, or failed to: the start screen, or the attempt a reload left open, once the progress saved for it is read. */
  private async loaded(outcome: Validated<LoadedBank>, current: () => boolean): Promise<void> {
    if (!outcome.ok) return this.fail(outcome.issues, undefined, outcome);
    const loaded = outcome.value;
    const target = this.targetOf(loaded);
    // A first visit has no saved progress to read: its start screen shows without the storage code (see attempt-recorder.ts).
    const readSaved = target && (await this.recorder.hasProgressToRead(target));
    const [resumed] = readSaved ? await Promise.all([this.recorder.resume(loaded.bank, target), this.panel.open(target)]) : [];
    if (!current()) return;
    if (target && !readSaved) this.panel.openFirstVisit(target);
    this.state = resumed ? { phase: 'question', loaded, session: resumed, hint: '', resumed } : { phase: 'start', loaded };
    this.checkSelectionNotEmpty(loaded);
  }

  private checkSelectionNotEmpty(loaded: LoadedBank): void {
    const issues = emptySelection(loaded.bank, this.tagList, this.msg);
    if (issues) this.fail(issues, loaded, { problem: 'setup' });
  }

  private fail(issues: ValidationIssue[], loaded?: LoadedBank, { problem, readable }: ProblemContext = {}): void {
    this.state = { phase: 'error', issues, loaded, context: { problem, readable } };
    this.fire(new QuizErrorEvent({ issues }));
  }

  /** The attempt reached its results: `quiz-complete`, with its xAPI "completed" statement. */
  private completed({ bank, activityId }: LoadedBank, result: QuizResult, durationMs: number, statementOf: CheckingCode['quizCompletedStatement']): void {
    const statement = statementOf({ bank, lang: bank.lang ?? this.locale.lang, activityId, actor: this.actor, result, durationMs });
    const { score, maxScore, scaled, passed } = result;
    this.fire(new QuizCompleteEvent({ activityId, score, maxScore, scaled, passed, durationMs, statement }));
  }

  /** Every event the quiz fires goes out here, each for something the learner did (or a bank that failed to load). */
  private fire(event: QuizStartEvent | QuizAnswerEvent | QuizCompleteEvent | QuizErrorEvent): void {
    this.dispatchEvent(event);
  }

  protected override render() {
    const { state, count, shuffle, seed } = this;
    const [messages, tags, mode, passMark] = [messagesFor(this.locale.lang), this.tagList, this.effectiveMode, this.effectivePassMark];
    const lang = state.phase === 'loading' ? undefined : state.loaded?.bank.lang;
    return html`<div class="base" part="base" lang=${lang ?? nothing}>
      ${this.panel.renderNotice()} ${quizScreen(state, { messages, tags, count, mode, passMark, panel: this.panel, results: this.results, actions: this.flow.actions })}
      ${this.printing.requested ? worksheetOf(state, { count, tags, shuffle, seed }, this.printAnswers, messages) : nothing} ${this.cues.region()}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'defence-quiz': DefenceQuiz;
  }
}
