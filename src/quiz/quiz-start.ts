import { html, nothing, type TemplateResult } from 'lit';

import type { Messages } from '../messages/messages.js';
import { questionsForTags } from '../quiz-plan/plan-quiz.js';
import type { Bank } from '../schema/bank-schema.js';
import type { ProblemContext, ValidationIssue } from '../schema/validation-issues.js';
import { errorPanel } from '../styles/error-panel.js';
import type { QuizMode } from './quiz-session.js';

/** What the start screen says about the attempt to come. */
export interface StartView {
  bank: Bank;
  /** How many questions an attempt asks. */
  questionCount: number;
  mode: QuizMode;
  passMark: number | undefined;
  /** The progress panel, rendered by its controller. */
  progress: TemplateResult | null;
}

/** How many questions an attempt asks: those the `tags` keep, at most `count` of them. */
export function attemptLength(bank: Bank, tags: readonly string[], count: number | undefined): number {
  return Math.min(questionsForTags(bank, tags).length, count && count > 0 ? Math.floor(count) : Infinity);
}

/** The problem with a selection that keeps no question of the bank (`tags` that none has), for the error panel. */
export function emptySelection(bank: Bank, tags: readonly string[], msg: Messages['quiz']): ValidationIssue[] | undefined {
  return questionsForTags(bank, tags).length ? undefined : [{ path: 'tags', message: `${msg.noQuestions} (${tags.join(', ')})` }];
}

/** The bank's title and description, what an attempt will be like, the Start button and the learner's progress. */
export function quizStart(view: StartView, msg: Messages['quiz'], start: () => void) {
  return html`<section class="start" aria-labelledby="quiz-title">
    <h2 id="quiz-title">${view.bank.title}</h2>
    ${view.bank.description ? html`<p>${view.bank.description}</p>` : nothing}
    <p class="meta">
      ${msg.questionCount(view.questionCount)}. ${view.mode === 'exam' ? msg.modeExam : msg.modePractice}
      ${view.passMark === undefined ? nothing : msg.passMarkInfo(view.passMark)}
    </p>
    <button type="button" class="primary" part="button" @click=${start}>${msg.start}</button>
    ${view.progress}
  </section>`;
}

/** Why the bank could not be used: a heading for the kind of problem, then every problem, by a path the author can follow. */
export function quizError(issues: readonly ValidationIssue[], context: ProblemContext = {}, msg: Messages['quiz']) {
  return errorPanel({ issues, context, words: msg, paths: { list: 'questions', words: { entry: msg.pathQuestion, item: msg.pathItem } } });
}
