import { html, isServer, nothing, type PropertyValues } from 'lit';
import { state } from 'lit/decorators.js';

import { responseFor } from '../grading/grade.js';
import { LrsController } from '../lrs/lrs-controller.js';
import { LocaleController } from '../messages/locale-controller.js';
import { type Messages, messagesFor } from '../messages/messages.js';
import type { LearnerResponse } from '../question-types/question-types.js';
import { planQuiz, questionsForTags, type QuizPlan } from '../quiz-plan/plan-quiz.js';
import { randomSeed } from '../random/seeded-random.js';
import type { ProblemContext, Validated, ValidationIssue } from '../schema/validation-issues.js';
import type { ImportResult, ProgressDocument } from '../storage/progress-transfer.js';
import { themeStyles } from '../styles/theme.styles.js';
import { verdictText } from './answer-text.js';
import { AttemptRecorder } from './attempt-recorder.js';
import { loadBank, type LoadedBank } from './bank-loader.js';
import { styles } from './defence-quiz.styles.js';
import { progressPanelStyles } from './progress-panel.styles.js';
import { ProgressPanelController } from './progress-panel-controller.js';
import { QuizAttributes } from './quiz-attributes.js';
import { QuizAnswerEvent, QuizCompleteEvent, QuizErrorEvent, QuizStartEvent } from './quiz-events.js';
import { finishCheck, type QuestionActions, quizQuestion } from './quiz-question.js';
import {
  commit,
  goTo,
  isLast,
  notReady,
  questionAt,
  type QuizResult,
  type QuizSession,
  respond,
  respondAsShown,
  spentMs,
  startSession,
  summarise,
} from './quiz-session.js';
import { quizError, quizStart } from './quiz-start.js';
import { quizSummary } from './quiz-summary.js';
import { summaryStyles } from './quiz-summary.styles.js';
import { quizWorksheet, worksheetStyles } from './quiz-worksheet.js';
import { quizCompletedStatement } from './xapi-statement.js';

/** What the quiz shows, with what that screen needs: a bank once loaded, an attempt once started. */
type QuizState =
  | { phase: 'loading' }
  | { phase: 'error'; issues: ValidationIssue[]; loaded?: LoadedBank; context?: ProblemContext }
  | { phase: 'start'; loaded: LoadedBank }
  | Playing
  | { phase: 'summary'; loaded: LoadedBank; session: QuizSession; result: QuizResult };

/**
 * `hint`: why the answer cannot be checked yet. `resumed`: the session a reload brought back, until the learner changes it.
 * `unanswered`: exam mode's "See results" with questions left blank: their indexes, listed before finishing.
 */
type Playing = { phase: 'question'; loaded: LoadedBank; session: QuizSession; hint: string; resumed?: QuizSession; unanswered?: number[] };

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
 * @fires {QuizStartEvent} quiz-start - The learner started an attempt. `detail`: `{ bankId, questionIds, mode }`.
 * @fires {QuizAnswerEvent} quiz-answer - An answer was checked (practice) or committed (exam). `detail`: `{ questionId, questionType, response, correct, score, maxScore }`.
 * @fires {QuizCompleteEvent} quiz-complete - The learner reached the summary. `detail`: `{ score, maxScore, scaled, passed, durationMs, statement }`, `statement` being an xAPI "completed" statement.
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
  static override styles = [themeStyles, styles, summaryStyles, progressPanelStyles, worksheetStyles];

  @state() private state: QuizState = { phase: 'loading' };
  @state() private announcement = '';

  private loadToken = 0;
  private loadAbort?: AbortController;
  private loadedFrom?: Pick<QuizAttributes, 'bank' | 'src' | 'data'>;
  private settleLoad?: () => void;
  private waitingForPage = false;
  private loading = new Promise<void>((resolve) => (this.settleLoad = resolve));
  private focusSelector?: string;
  private readonly recorder = new AttemptRecorder();
  private readonly panel = new ProgressPanelController(this, this.recorder, () => ({
    target: this.targetOf(this.state.phase === 'loading' ? undefined : this.state.loaded),
    persist: this.persist,
    onStartScreen: this.state.phase === 'start' || this.state.phase === 'summary',
    lang: this.locale.lang,
    say: (message: string) => this.say(message),
  }));

  /**
   * The question screen's handlers act on the attempt on screen when they run (a change can come before the next render),
   * and only on the step the learner saw: a second Check or Next before the screen shows the first one's outcome does nothing
   * (no second `quiz-answer`, no skipped question).
   */
  private readonly questionActions: QuestionActions = {
    respond: (response) => this.withShownStep((playing) => this.setResponse(playing, response)),
    latest: () => this.playing && responseFor(questionAt(this.playing.loaded.bank, this.playing.session), this.playing.session.responses),
    announce: (message) => this.say(message),
    focusAfterRender: (selector) => (this.focusSelector = selector),
    submit: () => this.withShownStep((playing) => this.submit(playing)),
    previous: () => this.withShownStep((playing) => this.move(playing, -1)),
    startOver: () => this.withShownStep((playing) => this.start(playing.loaded)),
    goToQuestion: (index) => this.withShownStep((playing) => this.advance(playing, index - playing.session.index)),
    finishAnyway: () => this.withShownStep((playing) => this.finish(playing)),
  };

  /** The step of the attempt last rendered (see stepOf), which the question screen's buttons belong to. */
  private shownStep?: string;

  /** Runs `action` on the attempt being played, if the screen still shows its current step. */
  private withShownStep(action: (playing: Playing) => void): void {
    const playing = this.playing;
    if (playing && stepOf(playing) === this.shownStep) action(playing);
  }

  /** Resolves when the current load (the bank, then the progress saved for it) has settled, loaded or failed; a new load replaces it. */
  get loadComplete(): Promise<void> {
    return this.loading;
  }

  /** Sends the attempt's statements to `lrs`, when it is set. */
  protected readonly lrsLink = new LrsController(this, () => this.lrs);

  /** Renders again when the language changes or its strings arrive. */
  private readonly locale = new LocaleController(this);

  private get msg(): Messages['quiz'] {
    return messagesFor(this.locale.lang).quiz;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.recorder.connect();
    // Back on the page after leaving it mid-load (frameworks move elements): load again.
    if (this.hasUpdated && !this.loadedFrom) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.recorder.disconnect();
    if (this.state.phase !== 'loading') return;
    this.loadToken++;
    this.loadAbort?.abort();
    this.loadedFrom = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.warnAboutInvalidValues(changed);
    // Loads are driven from here, so a bank counts whenever it is given: set before the element was defined
    // (Lit applies such instance properties at the first update), before or after connection, or later.
    const from = this.loadedFrom;
    // On a server (Lit SSR) the quiz renders its loading state; the browser loads the bank.
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- typed false in the browser build, true under Lit SSR
    if (isServer) return;
    if (!from || from.bank !== this.bank || from.src !== this.src || from.data !== this.data) this.loadWhenReady();
    if (this.state.phase === 'start' && changed.has('tags')) this.checkSelectionNotEmpty(this.state.loaded);
  }

  /** Loads now, unless the page is still being parsed and the inline bank the element may hold is not there yet. */
  private loadWhenReady(): void {
    if (this.loadedFrom || document.readyState !== 'loading' || this.bankSource().kind !== 'none') return void this.load();
    if (this.waitingForPage) return;
    this.waitingForPage = true;
    document.addEventListener(
      'DOMContentLoaded',
      () => {
        this.waitingForPage = false;
        this.requestUpdate();
      },
      { once: true },
    );
  }

  protected override updated(): void {
    this.shownStep = this.playing && stepOf(this.playing);
    if (!this.focusSelector) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusSelector);
    this.focusSelector = undefined;
    target?.focus();
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    this.loadedFrom = { bank: this.bank, src: this.src, data: this.data };
    // A load that replaces one still running settles the same promise.
    if (!this.settleLoad) this.loading = new Promise((resolve) => (this.settleLoad = resolve));
    this.state = { phase: 'loading' };
    try {
      const outcome = await loadBank(this.bankSource(), this.msg, abort.signal).catch((error: unknown): Validated<LoadedBank> => ({
        ok: false,
        issues: [{ path: '(element)', message: String((error as { message?: unknown } | null | undefined)?.message ?? error) }],
      }));
      if (token !== this.loadToken) return;
      if (!outcome.ok) return this.fail(outcome.issues, undefined, outcome);
      const loaded = outcome.value;
      const target = this.targetOf(loaded);
      const [resumed] = target ? await Promise.all([this.recorder.resume(loaded.bank, target), this.panel.open(target)]) : [];
      if (token !== this.loadToken) return;
      this.state = resumed ? { phase: 'question', loaded, session: resumed, hint: '', resumed } : { phase: 'start', loaded };
      this.checkSelectionNotEmpty(loaded);
    } finally {
      if (token === this.loadToken) {
        this.settleLoad?.();
        this.settleLoad = undefined;
      }
    }
  }

  private checkSelectionNotEmpty(loaded: LoadedBank): void {
    if (questionsForTags(loaded.bank, this.tagList).length === 0)
      this.fail([{ path: 'tags', message: `${this.msg.noQuestions} (${this.tagList.join(', ')})` }], loaded, { problem: 'setup' });
  }

  private fail(issues: ValidationIssue[], loaded?: LoadedBank, { problem, input }: ProblemContext = {}): void {
    this.state = { phase: 'error', issues, loaded, context: { problem, input } };
    this.dispatchEvent(new QuizErrorEvent({ issues }));
  }

  /** Start, Start again, Start over (which abandons the attempt in progress) and Retry the ones I missed. */
  private startWith(loaded: LoadedBank, plan: QuizPlan, retry = false): void {
    const session = startSession(plan, this.effectiveMode, Date.now());
    const target = this.targetOf(loaded);
    this.recorder.abandon();
    if (target) this.recorder.begin(session, target, retry);
    this.state = { phase: 'question', loaded, session, hint: '' };
    this.announcement = '';
    this.focusSelector = '.question';
    this.dispatchEvent(new QuizStartEvent({ bankId: loaded.bank.id, questionIds: plan.questionIds, mode: session.mode }));
  }

  private start(loaded: LoadedBank): void {
    this.startWith(loaded, planQuiz(loaded.bank, { count: this.count, tags: this.tagList, shuffle: this.shuffle, seed: this.seed ?? randomSeed() }));
  }

  private say(message: string): void {
    // Re-announce an identical message: live regions only speak changes.
    this.announcement = message === this.announcement ? `${message}\u00a0` : message;
  }

  private get playing(): Playing | undefined {
    return this.state.phase === 'question' ? this.state : undefined;
  }

  /** Shows the attempt as it now is (each change is a new session object, which also ends the "resumed" note). */
  private play(playing: Playing, session: QuizSession, hint = ''): void {
    this.state = { ...playing, session, hint, unanswered: undefined };
  }

  private setResponse(playing: Playing, response: LearnerResponse): void {
    const session = respond(playing.session, questionAt(playing.loaded.bank, playing.session).id, response);
    this.play(playing, session);
    this.recorder.save(session);
  }

  /** Grades the question on screen, records it and tells the page; resolves to the session with the grade and the verdict to say. */
  private recordAnswer(playing: Playing): { session: QuizSession; verdict: string } {
    const question = questionAt(playing.loaded.bank, playing.session);
    const { session, grade } = commit(respondAsShown(playing.session, question), question, playing.loaded.bank.lang ?? this.locale.lang);
    this.play(playing, session);
    this.recorder.answer(session, question, grade);
    const { score, maxScore, correct } = grade;
    this.dispatchEvent(
      new QuizAnswerEvent({
        questionId: question.id,
        questionType: question.type,
        response: responseFor(question, session.responses),
        correct,
        score,
        maxScore,
      }),
    );
    return { session, verdict: verdictText(grade, this.msg) };
  }

  /** The form's main button: in practice Check, then Next question; in exam Next question at once. */
  private submit(playing: Playing): void {
    const { session } = playing;
    const question = questionAt(playing.loaded.bank, session);
    if (session.mode === 'exam') return this.move(playing, 1);
    if (session.grades[question.id]) return isLast(session) ? this.finish(playing) : this.advance(playing, 1);
    const reason = notReady(session, question, this.msg);
    if (reason) {
      this.play(playing, session, reason);
      return this.say(reason);
    }
    this.say(this.recordAnswer(playing).verdict);
    this.focusSelector = '.feedback';
  }

  /** Exam mode: commit what was given (an empty answer stays unanswered) and move. */
  private move(playing: Playing, step: number): void {
    const { session } = playing;
    const question = questionAt(playing.loaded.bank, session);
    const answered = notReady(session, question, this.msg) === '';
    const moved = { ...playing, session: answered ? this.recordAnswer(playing).session : session };
    if (step > 0 && isLast(session)) this.finishOrList(moved);
    else this.advance(moved, step);
  }

  /** Exam mode's "See results": finishes, or first lists the questions left blank, each a way back. */
  private finishOrList(playing: Playing): void {
    const { plan, grades } = playing.session;
    const unanswered = plan.questionIds.flatMap((id, index) => (grades[id] ? [] : [index]));
    if (!unanswered.length) return this.finish(playing);
    this.state = { ...playing, hint: '', unanswered };
    this.say(this.msg.unanswered(unanswered.length));
    this.focusSelector = '.finish-check';
  }

  private advance(playing: Playing, step: number): void {
    const session = goTo(playing.session, playing.session.index + step);
    this.play(playing, session);
    this.recorder.save(session);
    this.announcement = '';
    this.focusSelector = '.question';
  }

  private finish({ loaded, session }: Playing): void {
    const result = summarise(loaded.bank, session, this.effectivePassMark);
    const durationMs = spentMs(session, Date.now());
    this.state = { phase: 'summary', loaded, session, result };
    this.recorder.finish(session, result);
    this.announcement = '';
    this.focusSelector = '.summary';
    const statement = quizCompletedStatement({
      bank: loaded.bank,
      lang: loaded.bank.lang ?? this.locale.lang,
      activityId: loaded.activityId,
      actor: this.actor,
      result,
      durationMs,
    });
    const { score, maxScore, scaled, passed } = result;
    this.dispatchEvent(new QuizCompleteEvent({ score, maxScore, scaled, passed, durationMs, statement }));
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

  protected override render() {
    const lang = this.state.phase === 'loading' ? undefined : this.state.loaded?.bank.lang;
    return html`<div class="base" part="base" lang=${lang ?? nothing}>
      ${this.panel.renderNotice()} ${this.renderState(this.state)} ${this.renderWorksheet(this.state)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  /** What printing shows instead of the screen: every question of the selection, and the key with `print-answers`. */
  private renderWorksheet(state: QuizState) {
    if (state.phase === 'loading' || !state.loaded) return nothing;
    const { bank } = state.loaded;
    const plan =
      'session' in state
        ? state.session.plan
        : planQuiz(bank, { count: this.count, tags: this.tagList, shuffle: this.shuffle, seed: this.seed ?? 'worksheet' });
    return quizWorksheet(bank, plan, this.printAnswers, this.msg, messagesFor(this.locale.lang).worksheet);
  }

  private renderState(state: QuizState) {
    const msg = this.msg;
    switch (state.phase) {
      case 'loading':
        return html`<p class="loading" aria-busy="true">${msg.loading}</p>`;
      case 'error':
        return quizError(state.issues, state.context, msg);
      case 'start': {
        const { bank } = state.loaded;
        const questionCount = Math.min(questionsForTags(bank, this.tagList).length, this.count && this.count > 0 ? Math.floor(this.count) : Infinity);
        const view = { bank, questionCount, mode: this.effectiveMode, passMark: this.effectivePassMark, progress: this.panel.render(bank, this.tagList) };
        return quizStart(view, msg, () => this.start(state.loaded));
      }
      case 'question': {
        if (state.unanswered) return finishCheck(state.unanswered, state.session, msg, this.questionActions);
        const view = {
          bank: state.loaded.bank,
          session: state.session,
          question: questionAt(state.loaded.bank, state.session),
          hint: state.hint,
          resumed: state.resumed === state.session,
        };
        return quizQuestion(view, messagesFor(this.locale.lang), this.questionActions);
      }
      case 'summary':
        return quizSummary(
          state.loaded.bank,
          state.result,
          this.effectivePassMark,
          msg,
          {
            retryMissed: () =>
              this.startWith(
                state.loaded,
                planQuiz(state.loaded.bank, { shuffle: this.shuffle, seed: this.seed ?? randomSeed() }, state.result.missedIds),
                true,
              ),
            startAgain: () => this.start(state.loaded),
          },
          this.panel.render(state.loaded.bank, this.tagList, { historyOnly: true }),
        );
    }
  }
}

/** Where the learner is in an attempt, as far as its buttons go: which attempt, which question, and whether it was checked. */
function stepOf({ session }: Playing): string {
  const id = session.plan.questionIds[session.index];
  return `${session.startedAt}|${session.plan.seed}|${session.index}|${id !== undefined && Object.hasOwn(session.grades, id)}`;
}

declare global {
  interface HTMLElementTagNameMap {
    'defence-quiz': DefenceQuiz;
  }
}
