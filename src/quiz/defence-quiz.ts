import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { isAnswered, numericValue, type Grade, type Response } from '../grading/grade.js';
import { langOf, messagesFor, type Messages } from '../messages/messages.js';
import { planQuiz, questionsForTags, type QuizPlan, type SelectionOptions } from '../quiz-plan/plan-quiz.js';
import { randomSeed, randomUuid } from '../random/seeded-random.js';
import type { Bank, Question } from '../schema/bank-schema.js';
import type { ValidationIssue } from '../schema/validation-issues.js';
import { markCardsForReview } from '../storage/card-states.js';
import { correctAnswerText, verdictText } from './answer-text.js';
import { loadBank, type BankSource, type LoadedBank } from './bank-loader.js';
import { themeStyles } from '../styles/theme.styles.js';
import { styles } from './defence-quiz.styles.js';
import { questionInput } from './inputs/question-input.js';
import type { AnyInputContext } from './inputs/input-context.js';
import { QuizAnswerEvent, QuizCompleteEvent, QuizErrorEvent, QuizStartEvent } from './quiz-events.js';
import { commit, goTo, isLast, questionAt, respond, startSession, summarise, type QuizMode, type QuizResult, type QuizSession } from './quiz-session.js';
import { historyStyles } from './quiz-history.styles.js';
import { QuizProgressController } from './quiz-progress-controller.js';
import { quizSummary } from './quiz-summary.js';
import type { ImportResult, ProgressDocument } from '../storage/progress-transfer.js';
import { explanationBlock, sourceCitation } from './source-citation.js';
import { completedStatement, type XapiAgent } from './xapi-statement.js';
import type { LrsConfig } from '../lrs/lrs-config.js';
import { quizWorksheet, worksheetStyles } from './quiz-worksheet.js';
import { worksheetMessagesFor } from './worksheet-messages.js';
import { LrsController } from '../lrs/lrs-reporter.js';

type Phase = 'loading' | 'error' | 'start' | 'question' | 'summary';

/**
 * A quiz over a question bank: eight question types, practice or exam mode, feedback with the
 * source of every answer, and a summary with a review.
 *
 * @summary An accessible quiz over a defence-learning question bank.
 *
 * @slot - An optional `<script type="application/json">` child holding the bank inline.
 *
 * @fires quiz-start - The learner started an attempt. `detail`: `{ bankId, questionIds, mode }`.
 * @fires quiz-answer - An answer was checked (practice) or committed (exam). `detail`: `{ questionId, questionType, response, correct, score, maxScore }`.
 * @fires quiz-complete - The learner reached the summary. `detail`: `{ score, maxScore, scaled, passed, durationMs, statement }`, `statement` being an xAPI "completed" statement.
 * @fires quiz-error - The bank could not be loaded or is invalid. `detail`: `{ issues: { path, message }[] }`.
 * @fires quiz-lrs-error - With `lrs` set: the Learning Record Store kept failing after every retry (statements stay queued). `detail`: `{ status, message, queued }`.
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
  static override styles = [themeStyles, styles, historyStyles, worksheetStyles];

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

  /** Sends the attempt's xAPI statements to a Learning Record Store (endpoint, auth, actor); set from script only. */
  @property({ attribute: false }) lrs?: LrsConfig;

  /** Printing adds an answer key (answers, explanations and sources) after the worksheet. */
  @property({ attribute: 'print-answers', type: Boolean }) printAnswers = false;

  @state() private phase: Phase = 'loading';
  @state() private loaded?: LoadedBank;
  @state() private issues: ValidationIssue[] = [];
  @state() private session?: QuizSession;
  @state() private result?: QuizResult;
  @state() private announcement = '';
  @state() private hint = '';

  private loadToken = 0;
  private loadAbort?: AbortController;
  private focusSelector?: string;
  // Protected, not private: nothing reads it, it only has to exist (it listens to this quiz's events).
  protected readonly lrsLink = new LrsController(this, () => this.lrs);
  private readonly progress = new QuizProgressController(this, () => ({
    bank: this.loaded?.bank,
    selection: { progressKey: this.progressKey, count: this.count, tags: this.tagList, shuffle: this.shuffle, seed: this.seed, mode: this.effectiveMode },
    persist: this.persist,
    phase: this.phase,
    session: this.session,
    result: this.result,
    lang: langOf(this),
    restart: () => this.start(),
    say: (message: string) => this.say(message),
  }));

  private get msg(): Messages['quiz'] {
    return messagesFor(langOf(this)).quiz;
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

  private selection(seed: string): SelectionOptions {
    return { count: this.count, tags: this.tagList, shuffle: this.shuffle, seed };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.phase !== 'loading') return;
    // Upgraded while the page is still being parsed, an inline bank may not be there yet.
    if (document.readyState === 'loading' && this.bankSource().kind === 'none') {
      document.addEventListener('DOMContentLoaded', () => void this.load(), { once: true });
    } else {
      void this.load();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.hasUpdated && (changed.has('bank') || changed.has('src') || changed.has('data'))) void this.load();
    if (this.loaded && this.phase === 'start' && changed.has('tags')) this.checkSelectionNotEmpty();
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
    this.phase = 'loading';
    this.session = undefined;
    this.result = undefined;
    let outcome;
    try {
      outcome = await loadBank(this.bankSource(), this.msg, abort.signal);
    } catch (error) {
      outcome = { ok: false as const, issues: [{ path: '(element)', message: String((error as Error)?.message ?? error) }] };
    }
    if (token !== this.loadToken) return;
    if (!outcome.ok) {
      this.fail(outcome.issues);
      return;
    }
    this.loaded = outcome.value;
    const resumed = await this.progress.open();
    if (token !== this.loadToken) return;
    this.session = resumed;
    this.phase = resumed ? 'question' : 'start';
    this.checkSelectionNotEmpty();
  }

  private checkSelectionNotEmpty(): void {
    if (this.loaded && questionsForTags(this.loaded.bank, this.tagList).length === 0) {
      this.fail([{ path: 'tags', message: `${this.msg.noQuestions} (${this.tagList.join(', ')})` }]);
    }
  }

  private fail(issues: ValidationIssue[]): void {
    this.issues = issues;
    this.phase = 'error';
    this.dispatchEvent(new QuizErrorEvent({ issues }));
  }

  private get bankData(): Bank {
    return this.loaded!.bank;
  }

  private startWith(plan: QuizPlan): void {
    this.session = startSession(plan, this.effectiveMode, Date.now());
    this.result = undefined;
    this.hint = '';
    this.announcement = '';
    this.phase = 'question';
    this.focusSelector = '.question';
    this.dispatchEvent(new QuizStartEvent({ bankId: this.bankData.id, questionIds: plan.questionIds, mode: this.session.mode }));
  }

  private start(): void {
    this.startWith(planQuiz(this.bankData, this.selection(this.seed ?? randomSeed())));
  }

  private retryMissed(): void {
    const missed = this.result?.missedIds ?? [];
    if (missed.length === 0) return;
    const plan = planQuiz(this.bankData, { ...this.selection(this.seed ?? randomSeed()), count: undefined, tags: undefined }, missed);
    this.startWith(plan);
  }

  private get current(): Question {
    return questionAt(this.bankData, this.session!);
  }

  private say(message: string): void {
    // Re-announce an identical message: live regions only speak changes.
    this.announcement = message === this.announcement ? `${message}\u00a0` : message;
  }

  private setResponse(response: Response): void {
    this.session = respond(this.session!, this.current.id, response);
    this.hint = '';
  }

  /** Why a response cannot be checked yet, or '' when it can. */
  private notReadyReason(question: Question): string {
    const response = this.session!.responses[question.id];
    const answered = question.type === 'order' ? true : isAnswered(question, response);
    if (answered) return '';
    if (question.type === 'numeric' && typeof response === 'string' && response.trim() && numericValue(response, question.unit) === null) return this.msg.enterNumber;
    return this.msg.answerFirst;
  }

  private orderResponse(question: Question): void {
    // An order question is answered as it stands: the learner may think the shown order is right.
    if (question.type !== 'order' || this.session!.responses[question.id]) return;
    this.session = respond(this.session!, question.id, this.session!.plan.layout[question.id] ?? question.items.map((i) => i.id));
  }

  private recordAnswer(question: Question): Grade {
    this.orderResponse(question);
    const { session, grade } = commit(this.session!, question);
    this.session = session;
    this.dispatchEvent(
      new QuizAnswerEvent({ questionId: question.id, questionType: question.type, response: session.responses[question.id], correct: grade.correct, score: grade.score, maxScore: grade.maxScore }),
    );
    // One learner model: a miss makes the question's fact cards due now. Never awaited, so feedback never waits.
    if (!grade.correct && question.cards?.length && this.persist !== 'none') void markCardsForReview(question.cards);
    return grade;
  }

  private check(): void {
    const question = this.current;
    const reason = this.notReadyReason(question);
    if (reason) {
      this.hint = reason;
      this.say(reason);
      return;
    }
    const grade = this.recordAnswer(question);
    this.say(verdictText(grade, this.msg));
    this.focusSelector = '.feedback';
  }

  /** Exam mode: commit what was given (an empty answer stays unanswered) and move. */
  private move(step: number): void {
    const question = this.current;
    if (this.notReadyReason(question) === '') this.recordAnswer(question);
    if (step > 0 && isLast(this.session!)) {
      this.finish();
      return;
    }
    this.advance(step);
  }

  private advance(step: number): void {
    this.session = goTo(this.session!, this.session!.index + step);
    this.hint = '';
    this.announcement = '';
    this.focusSelector = '.question';
  }

  private next(): void {
    if (isLast(this.session!)) this.finish();
    else this.advance(1);
  }

  private finish(): void {
    const session = this.session!;
    const bank = this.bankData;
    const passMark = this.effectivePassMark;
    const result = summarise(bank, session, passMark);
    const durationMs = Date.now() - session.startedAt + session.elapsedMs;
    this.result = result;
    this.phase = 'summary';
    this.announcement = '';
    this.focusSelector = '.summary';
    const lang = bank.lang ?? langOf(this);
    const statement = completedStatement({
      id: randomUuid(),
      actor: this.actor ?? { objectType: 'Agent', account: { homePage: location.origin, name: 'anonymous' } },
      activityId: this.loaded!.activityId,
      lang,
      title: bank.title,
      description: bank.description,
      score: result.score,
      maxScore: result.maxScore,
      passed: result.passed,
      durationMs,
      timestamp: new Date(),
    });
    this.dispatchEvent(new QuizCompleteEvent({ score: result.score, maxScore: result.maxScore, scaled: result.scaled, passed: result.passed, durationMs, statement }));
  }

  /** Deletes the progress saved for this quiz (this selection) on this device; resolves to whether it was deleted there. */
  resetProgress(): Promise<boolean> {
    return this.progress.resetProgress();
  }

  /** This quiz's saved attempts as a versioned JSON document (`format: 'defence-learning-progress'`). */
  exportProgress(): Promise<ProgressDocument> {
    return this.progress.exportProgress();
  }

  /** Merges a progress document (JSON text or object): attempts by id, the newer copy wins; a bad file changes nothing. */
  importProgress(json: unknown): Promise<ImportResult> {
    return this.progress.importProgress(json);
  }

  protected override render() {
    const lang = this.loaded?.bank.lang;
    return html`<div class="base" part="base" lang=${lang ?? nothing}>
      ${this.progress.renderNotices()} ${this.renderPhase()}
      ${this.loaded ? quizWorksheet(this.bankData, this.session?.plan ?? planQuiz(this.bankData, this.selection(this.seed ?? 'worksheet')), this.printAnswers, this.msg, worksheetMessagesFor(langOf(this))) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.announcement}</div>
    </div>`;
  }

  private renderPhase() {
    switch (this.phase) {
      case 'loading':
        return html`<p class="loading" aria-busy="true">${this.msg.loading}</p>`;
      case 'error':
        return this.renderError();
      case 'start':
        return this.renderStart();
      case 'question':
        return this.renderQuestion();
      case 'summary':
        return quizSummary(this.bankData, this.result!, this.effectivePassMark, this.msg, {
          retryMissed: () => this.retryMissed(),
          startAgain: () => this.start(),
        });
    }
  }

  private renderError() {
    return html`<div class="error" part="error" role="alert">
      <h2>${this.msg.errorTitle}</h2>
      <p>${this.msg.errorHelp}</p>
      <ul>
        ${this.issues.map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
      </ul>
    </div>`;
  }

  private renderStart() {
    const bank = this.bankData;
    const total = Math.min(questionsForTags(bank, this.tagList).length, this.count && this.count > 0 ? Math.floor(this.count) : Infinity);
    const passMark = this.effectivePassMark;
    return html`<section class="start" aria-labelledby="quiz-title">
      <h2 id="quiz-title">${bank.title}</h2>
      ${bank.description ? html`<p>${bank.description}</p>` : nothing}
      <p class="meta">
        ${this.msg.questionCount(total)}. ${this.effectiveMode === 'exam' ? this.msg.modeExam : this.msg.modePractice}
        ${passMark === undefined ? nothing : this.msg.passMarkInfo(passMark)}
      </p>
      <button type="button" class="primary" part="button" @click=${() => this.start()}>${this.msg.start}</button>
      ${this.progress.renderPanel()}
    </section>`;
  }

  private renderQuestion() {
    const session = this.session!;
    const question = this.current;
    const total = session.plan.questionIds.length;
    const graded = session.grades[question.id];
    const revealed = session.mode === 'practice' && graded !== undefined;
    const ctx = {
      question,
      layout: session.plan.layout[question.id],
      response: session.responses[question.id],
      revealed,
      msg: this.msg,
      idPrefix: `q${session.index}`,
      onChange: (r: Response) => this.setResponse(r),
      latest: () => this.session?.responses[question.id],
      announce: (m: string) => this.say(m),
      focusAfterRender: (selector: string) => (this.focusSelector = selector),
    } as AnyInputContext;
    const onSubmit = (e: Event) => {
      e.preventDefault();
      if (session.mode === 'exam') this.move(1);
      else if (revealed) this.next();
      else this.check();
    };
    return html`<form class="question" part="question" tabindex="-1" aria-labelledby="counter" @submit=${onSubmit} novalidate>
      <p class="counter" id="counter">
        ${this.msg.questionOf(session.index + 1, total)}
        ${question.points !== 1 ? html`<span class="points">· ${this.msg.points(question.points)}</span>` : nothing}
      </p>
      <progress max=${total} .value=${session.index + (revealed ? 1 : 0)} aria-hidden="true"></progress>
      <fieldset>
        <legend part="prompt">${question.prompt}</legend>
        ${questionInput(ctx)}
      </fieldset>
      ${this.hint ? html`<p class="hint" id="hint">${this.hint}</p>` : nothing}
      ${revealed ? this.renderFeedback(question, graded) : nothing}
      <div class="actions">${this.renderActions(revealed)}</div>
    </form>`;
  }

  private renderFeedback(question: Question, graded: Grade) {
    return html`<div class=${classMap({ feedback: true, 'is-right': graded.correct, 'is-wrong': !graded.correct })} part="feedback" tabindex="-1">
      <p class="verdict">${verdictText(graded, this.msg)}</p>
      ${graded.correct ? nothing : html`<p><strong>${this.msg.theAnswer}:</strong> ${correctAnswerText(question, this.msg)}</p>`}
      ${explanationBlock(question, this.msg)} ${sourceCitation(this.bankData, question, this.msg)}
    </div>`;
  }

  private renderActions(revealed: boolean) {
    const session = this.session!;
    const last = isLast(session);
    if (session.mode === 'exam') {
      return html`${session.index > 0
          ? html`<button type="button" part="button" @click=${() => this.move(-1)}>${this.msg.previous}</button>`
          : nothing}
        <button type="submit" class="primary" part="button">${last ? this.msg.finish : this.msg.next}</button>`;
    }
    return revealed
      ? html`<button type="submit" class="primary" part="button">${last ? this.msg.finish : this.msg.next}</button>`
      : html`<button type="submit" class="primary" part="button">${this.msg.check}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'defence-quiz': DefenceQuiz;
  }
}
