import { html, nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';

import type { Grade } from '../grading/grade.js';
import type { Messages, PageMessages } from '../messages/messages.js';
import { renderQuestionInput } from '../question-types/question-inputs.js';
import { type LearnerResponse, responseFor } from '../question-types/question-types.js';
import type { Bank, Question } from '../schema/bank-schema.js';
import { correctAnswerText, verdictText } from './answer-text.js';
import { resumeNote } from './progress-panel.js';
import { isLast, type QuizSession } from './quiz-session.js';
import { isPartial } from './shown-score.js';
import { explanationBlock, sourceCitation } from './source-citation.js';

/** What the question screen shows. */
export interface QuestionView {
  bank: Bank;
  session: QuizSession;
  question: Question;
  /** Why the answer cannot be checked yet, or ''. */
  hint: string;
  /** The attempt was resumed after a reload and not changed since: say so, and offer to start over. */
  resumed: boolean;
  /** A button that grades waits for the checking code: the form is busy. */
  checking: boolean;
}

export interface QuestionActions {
  respond: (response: LearnerResponse) => void;
  /** The response as it is now (see InputContext.latest). */
  latest: () => LearnerResponse | undefined;
  announce: (message: string) => void;
  focusAfterRender: (selector: string) => void;
  /** The form's main button: Check, Next question or See results. */
  submit: () => void;
  /** Exam mode's Previous button. */
  previous: () => void;
  startOver: () => void;
  /** Exam mode: back to the question at `index` of the attempt. */
  goToQuestion: (index: number) => void;
  /** Exam mode: see the results with questions left blank. */
  finishAnyway: () => void;
}

/** One question of an attempt: the counter, the prompt and its controls, the hint, the feedback once checked, the buttons. */
export function quizQuestion(view: QuestionView, messages: PageMessages, actions: QuestionActions) {
  const { session, question } = view;
  const msg = messages.quiz;
  const total = session.plan.questionIds.length;
  const graded = session.grades[question.id];
  const revealed = session.mode === 'practice' && graded !== undefined;
  const ctx = {
    layout: session.plan.layout[question.id],
    response: responseFor(question, session.responses),
    revealed,
    graded,
    msg,
    idPrefix: `q${session.index}`,
    onChange: actions.respond,
    latest: actions.latest,
    announce: actions.announce,
    focusAfterRender: actions.focusAfterRender,
  };
  const onSubmit = (e: Event) => {
    e.preventDefault();
    actions.submit();
  };
  return html`${view.resumed ? resumeNote(messages.progress, actions.startOver) : nothing}
    <form
      class="question"
      part="question"
      tabindex="-1"
      aria-labelledby="counter"
      aria-busy=${view.checking ? 'true' : nothing}
      @submit=${onSubmit}
      novalidate
    >
      <p class="counter" id="counter">
        ${msg.questionOf(session.index + 1, total)}
        ${question.points !== 1 ? html`<span class="points">· ${msg.points(question.points)}</span>` : nothing}
      </p>
      <progress max=${total} .value=${session.index + (revealed ? 1 : 0)} aria-hidden="true"></progress>
      <fieldset>
        <legend part="prompt">${question.prompt}</legend>
        ${renderQuestionInput(question, ctx)}
      </fieldset>
      ${view.hint ? html`<p class="hint" id="hint">${view.hint}</p>` : nothing}
      ${revealed ? feedback(view.bank, question, graded, msg) : nothing}
      <div class="actions">${buttons(session, revealed, msg, actions)}</div>
    </form>`;
}

function feedback(bank: Bank, question: Question, graded: Grade, msg: Messages['quiz']) {
  return html`<div class=${classMap({ feedback: true, 'is-right': graded.correct, 'is-partial': isPartial(graded), 'is-wrong': !graded.correct && !isPartial(graded) })} part="feedback" tabindex="-1">
    <p class="verdict">${verdictText(graded, msg)}</p>
    ${graded.correct ? nothing : html`<p><strong>${msg.theAnswer}:</strong> ${correctAnswerText(question, msg)}</p>`}
    ${explanationBlock(question, msg)} ${sourceCitation(bank, question, msg)}
  </div>`;
}

function buttons(session: QuizSession, revealed: boolean, msg: Messages['quiz'], actions: QuestionActions) {
  const last = isLast(session);
  if (session.mode === 'exam') {
    return html`${session.index > 0 ? html`<button type="button" part="button" @click=${actions.previous}>${msg.previous}</button>` : nothing}
      <button type="submit" class="primary" part="button">${last ? msg.finish : msg.next}</button>`;
  }
  return revealed
    ? html`<button type="submit" class="primary" part="button">${last ? msg.finish : msg.next}</button>`
    : html`<button type="submit" class="primary" part="button">${msg.check}</button>`;
}

/** Exam mode's check before the results: how many questions are blank, a way back to each, and Finish anyway. */
export function finishCheck(unanswered: readonly number[], session: QuizSession, checking: boolean, msg: Messages['quiz'], actions: QuestionActions) {
  const total = session.plan.questionIds.length;
  return html`<section class="finish-check" part="question" tabindex="-1" aria-labelledby="finish-check-title" aria-busy=${checking ? 'true' : nothing}>
    <h2 id="finish-check-title">${msg.unanswered(unanswered.length)}</h2>
    <ul class="unanswered-list">
      ${unanswered.map((index) => html`<li><button type="button" part="button" @click=${() => actions.goToQuestion(index)}>${msg.questionOf(index + 1, total)}</button></li>`)}
    </ul>
    <div class="actions">
      <button type="button" class="primary" part="button" @click=${actions.finishAnyway}>${msg.finishAnyway}</button>
    </div>
  </section>`;
}
