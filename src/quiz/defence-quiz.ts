import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { isAnswered, numericValue, type Response } from '../grading/grade.js';
import { langOf, messagesFor, type Messages } from '../messages/messages.js';
import { planQuiz, questionsForTags, type QuizPlan } from '../quiz-plan/plan-quiz.js';
import { randomSeed } from '../random/seeded-random.js';
import type { Question } from '../schema/bank-schema.js';
import type { ValidationIssue } from '../schema/validation-issues.js';
import type { ImportResult, ProgressDocument } from '../storage/progress-transfer.js';
import { themeStyles } from '../styles/theme.styles.js';
import { verdictText } from './answer-text.js';
import { AttemptRecorder, type ProgressTarget } from './attempt-recorder.js';
import { loadBank, type BankSource, type LoadedBank } from './bank-loader.js';
import { styles } from './defence-quiz.styles.js';
import { ProgressPanelController } from './progress-panel-controller.js';
import { progressPanelStyles } from './progress-panel.styles.js';
import { QuizAnswerEvent, QuizCompleteEvent, QuizErrorEvent, QuizStartEvent } from './quiz-events.js';
import { quizQuestion } from './quiz-question.js';
import { commit, goTo, isLast, questionAt, respond, spentMs, startSession, summarise, type QuizMode, type QuizResult, type QuizSession } from './quiz-session.js';
import { quizSummary } from './quiz-summary.js';
import { quizCompletedStatement, type XapiAgent } from './xapi-statement.js';

/** What the quiz shows, and the data that screen needs (a bank once loaded, an attempt once started). */
type QuizState =
  | { phase: 'loading' }
  | { phase: 'error'; issues: ValidationIssue[]; loaded?: LoadedBank }
  | { phase: 'start'; loaded: LoadedBank }
  | Playing
  | { phase: 'summary'; loaded: LoadedBank; session: QuizSession; result: QuizResult };

/** `resumed`: the session a reload brought back, while the learner has not changed it. */
type Playing = { phase: 'question'; loaded: LoadedBank; session: QuizSession; hint: string; resumed?: QuizSession };

/**
 * A quiz over a question bank: eight question types, practice or exam mode, feedback with the
 * source of every answer, and a summary with a review.
 *
 * @summary An accessible quiz over a defence-learning question bank.
 *
 * @slot - An optional `<script type="application/json">` child holding the bank inline.
 *
 * @fires quiz-start - The learner started an attempt. `detail`: `{ bankId, questionIds, mode }`.
 * @fires quiz-answer - An answer was checked (practice) or committed (exam). `detail`: `{ questionId, response, correct, score, maxScore }`.
 * @fires quiz-complete - The learner reached the summary. `detail`: `{ score, maxScore, scaled, passed, durationMs, statement }`, `statement` being an xAPI "completed" statement.
 * @fires quiz-error - The bank could not be loaded or is invalid. `detail`: `{ issues: { path, message }[] }`.
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
 * @cssprop [--dl-radius=0.5rem] - Corner radius.
 * @cssprop [--dl-space=1rem] - Base spacing.
 */
@customElement('defence-quiz')
export class DefenceQuiz extends LitElement {
  static override styles = [themeStyles, styles, progressPanelStyles];

  /** The id of a built-in bank, loaded from `questions/<id>.json` beside the module. */
  @property({ reflect: true }) bank?: string;

  /** The URL of a bank (JSON), relative to the page. */
  @property() src?: string;

  /** A bank object, set from script; wins over every attribute. */
  @property({ attribute: false }) data?: unknown;

  /** Ask a random N of the questions (of those left after `tags`). */
  @property({ type: Number }) count?: number;

  /** Keep only questions with at least one of these tags (space- or comma-separated). */
  @property() tags?: string;

  /** Shuffle the order of questions and of options. */
  @property({ type: Boolean }) shuffle = false;

  /** The same seed gives the same selection and order; without one every attempt differs. */
  @property() seed?: string;

  /** The percentage needed to pass; without it the quiz is a self-check and shows no pass/fail. */
  @property({ attribute: 'pass-mark', type: Number }) passMark?: number;

  /** `practice`: feedback after each answer; `exam`: no feedback until the summary. */
  @property({ reflect: true }) mode: QuizMode = 'practice';

  /** The learner, as an xAPI Agent, for the `quiz-complete` statement; anonymous by default. */
  @property({ attribute: false }) actor?: XapiAgent;

  /** Names this quiz's saved progress (with the selection attributes); by default the bank id. */
  @property({ attribute: 'progress-key' }) progressKey?: string;

  /** `none`: keep no progress on the device (nothing is read or written); by default progress is kept. */
  @property() persist?: 'local' | 'none';

  @state() private state: QuizState = { phase: 'loading' };
  @state() private announcement = '';

  private loadToken = 0;
  private loadAbort?: AbortController;
  private settleLoad?: () => void;
  private loading = new Promise<void>((resolve) => (this.settleLoad = resolve));
  private focusSelector?: string;
  private readonly recorder = new AttemptRecorder();
  private readonly panel = new ProgressPanelController(this, this.recorder, () => ({
    target: this.targetOf(this.state.phase === 'loading' ? undefined : this.state.loaded),
    onStartScreen: this.state.phase === 'start',
    lang: langOf(this),
    say: (message: string) => this.say(message),
  }));

  /** Resolves when the current load (the bank, then the progress saved for it) has settled, loaded or failed; a new load replaces it. */
  get loadComplete(): Promise<void> {
    return this.loading;
  }

  private get messages(): Messages {
    return messagesFor(langOf(this));
  }

  private get msg(): Messages['quiz'] {
    return this.messages.quiz;
  }

  private get effectiveMode(): QuizMode {
    return String(this.mode).trim().toLowerCase() === 'exam' ? 'exam' : 'practice';
  }

  private get effectivePassMark(): number | undefined {
    const mark = this.passMark;
    return typeof mark === 'number' && Number.isFinite(mark) ? Math.min(100, Math.max(0, mark)) : undefined;
  }

  private get tagList(): string[] {
    return (this.tags ?? '').split(/[\s,]+/).filter(Boolean);
  }

  /** Where this quiz's progress is kept, named by its attributes; undefined until a bank is loaded. */
  private targetOf(loaded: LoadedBank | undefined): ProgressTarget | undefined {
    const progressKey = this.progressKey || loaded?.bank.id;
    if (!progressKey) return undefined;
    const selection = { progressKey, count: this.count, tags: this.tagList, shuffle: this.shuffle, seed: this.seed, mode: this.effectiveMode };
    return { selection, persist: this.persist };
  }

  private get playing(): Playing | undefined {
    return this.state.phase === 'question' ? this.state : undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.recorder.connect();
    if (this.state.phase !== 'loading') return;
    // Upgraded while the page is still being parsed, an inline bank may not be there yet.
    if (document.readyState === 'loading' && this.bankSource().kind === 'none') {
      document.addEventListener('DOMContentLoaded', () => void this.load(), { once: true });
    } else {
      void this.load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.recorder.disconnect();
    this.loadAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('bank') || changed.has('src') || changed.has('data'))) void this.load();
    if (this.state.phase === 'start' && changed.has('tags')) this.checkSelectionNotEmpty(this.state.loaded);
  }

  protected override updated(): void {
    if (!this.focusSelector) return;
    const target = this.renderRoot.querySelector<HTMLElement>(this.focusSelector);
    this.focusSelector = undefined;
    target?.focus();
  }

  private bankSource(): BankSource {
    if (this.data !== undefined) return { kind: 'data', data: this.data };
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) return { kind: 'inline', json: inline.textContent ?? '' };
    if (this.src) {
      try {
        return { kind: 'src', url: new URL(this.src, document.baseURI) };
      } catch {
        return { kind: 'none' };
      }
    }
    if (this.bank) return { kind: 'builtin', id: this.bank };
    return { kind: 'none' };
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    // A load that replaces one still running settles the same promise.
    if (!this.settleLoad) this.loading = new Promise((resolve) => (this.settleLoad = resolve));
    this.state = { phase: 'loading' };
    try {
      const outcome = await loadBank(this.bankSource(), this.msg, abort.signal).catch((error: unknown) => ({
        ok: false as const,
        issues: [{ path: '(element)', message: String((error as Error)?.message ?? error) }],
      }));
      if (token !== this.loadToken) return;
      if (!outcome.ok) return this.fail(outcome.issues);
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
    if (questionsForTags(loaded.bank, this.tagList).length > 0) return;
    this.fail([{ path: 'tags', message: `${this.msg.noQuestions} (${this.tagList.join(', ')})` }], loaded);
  }

  private fail(issues: ValidationIssue[], loaded?: LoadedBank): void {
    this.state = { phase: 'error', issues, loaded };
    this.dispatchEvent(new QuizErrorEvent({ issues }));
  }

  private startWith(loaded: LoadedBank, plan: QuizPlan, retry: boolean): void {
    const session = startSession(plan, this.effectiveMode, Date.now());
    this.recorder.abandon();
    const target = this.targetOf(loaded);
    if (target) this.recorder.begin(session, target, retry);
    this.state = { phase: 'question', loaded, session, hint: '' };
    this.announcement = '';
    this.focusSelector = '.question';
    this.dispatchEvent(new QuizStartEvent({ bankId: loaded.bank.id, questionIds: plan.questionIds, mode: session.mode }));
  }

  private start(): void {
    if (this.state.phase === 'loading' || !this.state.loaded) return;
    const { loaded } = this.state;
    this.startWith(loaded, planQuiz(loaded.bank, { count: this.count, tags: this.tagList, shuffle: this.shuffle, seed: this.seed ?? randomSeed() }), false);
  }

  private retryMissed(): void {
    if (this.state.phase !== 'summary' || this.state.result.missedIds.length === 0) return;
    const { loaded, result } = this.state;
    this.startWith(loaded, planQuiz(loaded.bank, { shuffle: this.shuffle, seed: this.seed ?? randomSeed() }, result.missedIds), true);
  }

  private say(message: string): void {
    // Re-announce an identical message: live regions only speak changes.
    this.announcement = message === this.announcement ? `${message}\u00a0` : message;
  }

  /** Shows the attempt as it now is (a new object for each change; see QuizSession). */
  private play(playing: Playing, session: QuizSession, hint = ''): void {
    this.state = { ...playing, session, hint, resumed: undefined };
  }

  private setResponse(response: Response): void {
    const playing = this.playing;
    if (!playing) return;
    const session = respond(playing.session, questionAt(playing.loaded.bank, playing.session).id, response);
    this.play(playing, session);
    this.recorder.save(session);
  }

  /** Why a response cannot be checked yet, or '' when it can. */
  private notReadyReason(question: Question, response: Response | undefined): string {
    const answered = question.type === 'order' ? true : isAnswered(question, response);
    if (answered) return '';
    if (question.type === 'numeric' && typeof response === 'string' && response.trim() && numericValue(response, question.unit) === null) return this.msg.enterNumber;
    return this.msg.answerFirst;
  }

  /** Grades the question on screen, says so to the page, and records it. */
  private recordAnswer(playing: Playing, question: Question): { session: QuizSession; verdict: string } {
    // An order question is answered as it stands: the learner may think the shown order is right.
    const shown = question.type === 'order' && !playing.session.responses[question.id];
    const answered = shown ? respond(playing.session, question.id, playing.session.plan.layout[question.id] ?? question.items.map((i) => i.id)) : playing.session;
    const { session, grade } = commit(answered, question);
    this.play(playing, session);
    this.recorder.answer(session, question, grade);
    const { score, maxScore, correct } = grade;
    this.dispatchEvent(new QuizAnswerEvent({ questionId: question.id, response: session.responses[question.id], correct, score, maxScore }));
    return { session, verdict: verdictText(grade, this.msg) };
  }

  /** The form's main button: Check, then Next (practice), or Next right away (exam). */
  private submit(): void {
    const playing = this.playing;
    if (!playing) return;
    const { session } = playing;
    const question = questionAt(playing.loaded.bank, session);
    if (session.mode === 'exam') return this.move(1);
    if (session.grades[question.id]) return isLast(session) ? this.finish() : this.advance(1);
    const reason = this.notReadyReason(question, session.responses[question.id]);
    if (reason) {
      this.play(playing, session, reason);
      return this.say(reason);
    }
    this.say(this.recordAnswer(playing, question).verdict);
    this.focusSelector = '.feedback';
  }

  /** Exam mode: commit what was given (an empty answer stays unanswered) and move. */
  private move(step: number): void {
    const playing = this.playing;
    if (!playing) return;
    const question = questionAt(playing.loaded.bank, playing.session);
    const session = this.notReadyReason(question, playing.session.responses[question.id]) === '' ? this.recordAnswer(playing, question).session : playing.session;
    if (step > 0 && isLast(session)) this.finish();
    else this.advance(step);
  }

  private advance(step: number): void {
    const playing = this.playing;
    if (!playing) return;
    const session = goTo(playing.session, playing.session.index + step);
    this.play(playing, session);
    this.recorder.save(session);
    this.announcement = '';
    this.focusSelector = '.question';
  }

  private finish(): void {
    const playing = this.playing;
    if (!playing) return;
    const { loaded, session } = playing;
    const result = summarise(loaded.bank, session, this.effectivePassMark);
    const durationMs = spentMs(session, Date.now());
    this.state = { phase: 'summary', loaded, session, result };
    this.recorder.finish(session, result);
    this.announcement = '';
    this.focusSelector = '.summary';
    const statement = quizCompletedStatement({ bank: loaded.bank, activityId: loaded.activityId, actor: this.actor, result, durationMs });
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
      ${this.panel.renderNotice()} ${this.renderState(this.state)}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderState(state: QuizState) {
    switch (state.phase) {
      case 'loading':
        return html`<p class="loading" aria-busy="true">${this.msg.loading}</p>`;
      case 'error':
        return this.renderError(state.issues);
      case 'start':
        return this.renderStart(state.loaded);
      case 'question':
        return quizQuestion(
          { bank: state.loaded.bank, session: state.session, question: questionAt(state.loaded.bank, state.session), hint: state.hint, resumed: state.resumed === state.session },
          this.messages,
          {
            respond: (r) => this.setResponse(r),
            latest: () => this.playing?.session.responses[questionAt(state.loaded.bank, state.session).id],
            announce: (m) => this.say(m),
            focusAfterRender: (selector) => (this.focusSelector = selector),
            submit: () => this.submit(),
            previous: () => this.move(-1),
            startOver: () => this.start(),
          },
        );
      case 'summary':
        return quizSummary(state.loaded.bank, state.result, this.effectivePassMark, this.msg, { retryMissed: () => this.retryMissed(), startAgain: () => this.start() });
    }
  }

  private renderError(issues: ValidationIssue[]) {
    return html`<div class="error" part="error" role="alert">
      <h2>${this.msg.errorTitle}</h2>
      <p>${this.msg.errorHelp}</p>
      <ul>
        ${issues.map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
      </ul>
    </div>`;
  }

  private renderStart({ bank }: LoadedBank) {
    const total = Math.min(questionsForTags(bank, this.tagList).length, this.count && this.count > 0 ? Math.floor(this.count) : Infinity);
    const passMark = this.effectivePassMark;
    return html`<section class="start" aria-labelledby="quiz-title">
      <h2 id="quiz-title">${bank.title}</h2>
      <p>${bank.description}</p>
      <p class="meta">
        ${this.msg.questionCount(total)}. ${this.effectiveMode === 'exam' ? this.msg.modeExam : this.msg.modePractice}
        ${passMark === undefined ? nothing : this.msg.passMarkInfo(passMark)}
      </p>
      <button type="button" class="primary" part="button" @click=${() => this.start()}>${this.msg.start}</button>
      ${this.panel.render(bank, this.tagList)}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'defence-quiz': DefenceQuiz;
  }
}
