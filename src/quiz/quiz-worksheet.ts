import { css, html, nothing } from 'lit';

import type { Messages } from '../messages/messages.js';
import { clozeParts } from '../question-types/cloze.js';
import type { QuizPlan } from '../quiz-plan/plan-quiz.js';
import type { Bank, Question } from '../schema/bank-schema.js';
import { correctAnswerText } from './answer-text.js';
import { explanationBlock, sourceCitation } from './source-citation.js';

/**
 * What a printed quiz is: a worksheet with every question of the selection, room to answer and the
 * options listed, no buttons; with `print-answers`, an answer key with explanations and sources.
 * On screen it is not shown (and hidden from assistive technology); in print it is all that shows.
 */

const byLayout = <T extends { id: string }>(items: T[], layout: string[] | undefined): T[] =>
  layout ? layout.map((id) => items.find((i) => i.id === id)).filter((i): i is T => i !== undefined) : items;
const letter = (i: number) => String.fromCharCode(65 + (i % 26));

function answerSpace(q: Question, layout: string[] | undefined, w: Messages['worksheet']) {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return html`<ul class="ws-options">${byLayout(q.options, layout).map((o) => html`<li><span class="ws-box" aria-hidden="true"></span>${o.text}</li>`)}</ul>`;
    case 'true-false':
      return html`<p class="ws-tf">${w.trueFalse}</p>`;
    case 'numeric':
    case 'text':
      return html`<p class="ws-line">${w.answerLine}: <span class="ws-blank"></span>${q.type === 'numeric' && q.unit ? ` ${q.unit}` : nothing}</p>`;
    case 'order':
      return html`<p class="ws-hint">${w.orderHint}</p>
        <ul class="ws-options">${byLayout(q.items, layout).map((i) => html`<li><span class="ws-box" aria-hidden="true"></span>${i.text}</li>`)}</ul>`;
    case 'match': {
      const rights = byLayout(q.pairs, layout);
      return html`<p class="ws-hint">${w.matchHint}</p>
        <div class="ws-match">
          <ol class="ws-left">${q.pairs.map((p) => html`<li>${p.left} <span class="ws-short-blank"></span></li>`)}</ol>
          <ol class="ws-right" type="A">${rights.map((p, i) => html`<li data-letter=${letter(i)}>${p.right}</li>`)}</ol>
        </div>`;
    }
    case 'cloze':
      return html`<p class="ws-cloze">
        ${clozeParts(q.text).map((part) => {
          if ('text' in part) return part.text;
          const options = q.blanks[part.blank]?.options;
          return html`<span class="ws-blank"></span>${options ? html` (${options.join(' / ')})` : nothing}`;
        })}
      </p>`;
  }
}

export function quizWorksheet(bank: Bank, plan: QuizPlan, withAnswers: boolean, msg: Messages['quiz'], w: Messages['worksheet']) {
  const questions = plan.questionIds.map((id) => bank.questions.find((q) => q.id === id)).filter((q): q is Question => q !== undefined);
  return html`<section class="worksheet" aria-hidden="true">
    <h2>${bank.title}</h2>
    <p class="ws-name">${w.name}: <span class="ws-blank"></span> ${w.date}: <span class="ws-short-blank"></span></p>
    <ol class="ws-questions">
      ${questions.map((q) => html`<li class="ws-question"><p class="ws-prompt">${q.prompt}</p>${answerSpace(q, plan.layout[q.id], w)}</li>`)}
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
