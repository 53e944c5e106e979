import { css, html, nothing } from 'lit';

import type { Messages, PageMessages } from '../messages/messages.js';
import { worksheetSpace } from '../question-types/question-inputs.js';
import { planQuiz, type QuizPlan, type SelectionOptions } from '../quiz-plan/plan-quiz.js';
import type { Bank, Question } from '../schema/bank-schema.js';
import { correctAnswerText } from './answer-text.js';
import type { QuizState } from './quiz-state.js';
import { explanationBlock, sourceCitation } from './source-citation.js';

/**
 * What a printed quiz is: a worksheet with every question of the selection, room to answer and the
 * options listed, no buttons; with `print-answers`, an answer key with explanations and sources.
 * On screen it is not shown (and hidden from assistive technology); in print it is all that shows. It is built
 * once the page is printed (print-controller.ts), not before.
 */

/** The worksheet of what the quiz shows: the attempt's questions once one is started, before that the selection `options` make. */
export function worksheetOf(state: QuizState, options: Omit<SelectionOptions, 'seed'> & { seed?: string }, withAnswers: boolean, messages: PageMessages) {
  if (state.phase === 'loading' || !state.loaded) return nothing;
  const { bank } = state.loaded;
  const plan = 'session' in state ? state.session.plan : planQuiz(bank, { ...options, seed: options.seed ?? 'worksheet' });
  return quizWorksheet(bank, plan, withAnswers, messages.quiz, messages.worksheet);
}

/** Every question of `plan`, with room to answer; with `withAnswers`, the key after them. */
export function quizWorksheet(bank: Bank, plan: QuizPlan, withAnswers: boolean, msg: Messages['quiz'], w: Messages['worksheet']) {
  const questions = plan.questionIds.map((id) => bank.questions.find((q) => q.id === id)).filter((q): q is Question => q !== undefined);
  return html`<section class="worksheet" aria-hidden="true">
    <h2>${bank.title}</h2>
    <p class="ws-name">${w.name}: <span class="ws-blank"></span> ${w.date}: <span class="ws-short-blank"></span></p>
    <ol class="ws-questions">
      ${questions.map((q) => html`<li class="ws-question"><p class="ws-prompt">${q.prompt}</p>${worksheetSpace(q, plan.layout[q.id], w)}</li>`)}
    </ol>
    ${
      withAnswers
        ? html`<section class="ws-key">
          <h2>${w.answerKey}</h2>
          <ol>
            ${questions.map((q) => html`<li><p><strong>${correctAnswerText(q, msg)}</strong></p>${explanationBlock(q, msg)} ${sourceCitation(bank, q, msg)}</li>`)}
          </ol>
        </section>`
        : nothing
    }
  </section>`;
}

export const worksheetStyles = css`
  .worksheet {
    display: none;
  }
  @media print {
    .base > :not(.worksheet) {
      display: none !important;
    }
    .base {
      border: none;
      padding: 0;
    }
    .worksheet {
      display: block;
      color: #000;
    }
    .ws-question {
      break-inside: avoid;
      margin-block-end: 1.25rem;
    }
    .ws-prompt {
      font-weight: 600;
    }
    .ws-options {
      list-style: none;
      padding-inline-start: 0.5rem;
    }
    .ws-box {
      display: inline-block;
      inline-size: 0.9em;
      block-size: 0.9em;
      border: 1px solid #000;
      margin-inline-end: 0.5em;
      vertical-align: -0.1em;
    }
    .ws-blank {
      display: inline-block;
      min-inline-size: 12em;
      border-block-end: 1px solid #000;
    }
    .ws-short-blank {
      display: inline-block;
      min-inline-size: 3em;
      border-block-end: 1px solid #000;
    }
    .ws-line,
    .ws-cloze {
      line-height: 2.2;
    }
    .ws-match {
      display: flex;
      gap: 2rem;
    }
    .ws-key {
      break-before: page;
    }
  }
`;
