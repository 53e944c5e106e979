import { html, nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';

import type { Messages } from '../messages/messages.js';
import type { Bank } from '../schema/bank-schema.js';
import { correctAnswerText, responseText, verdictText } from './answer-text.js';
import type { QuizResult } from './quiz-session.js';
import { isPartial, shownPoints } from './shown-score.js';
import { explanationBlock, sourceCitation } from './source-citation.js';
import { tagLabel } from './tag-label.js';

export interface SummaryActions {
  retryMissed: () => void;
  startAgain: () => void;
}

/** Score, pass/fail, the breakdown by tag and a review of every question with its source. */
export function quizSummary(bank: Bank, result: QuizResult, passMark: number | undefined, msg: Messages['quiz'], actions: SummaryActions) {
  return html`<section class="summary" part="summary" tabindex="-1" aria-labelledby="summary-title">
    <h2 id="summary-title">${msg.summaryTitle}</h2>
    <p class="score" part="score">${msg.score(shownPoints(result.score), shownPoints(result.maxScore), result.percent)}</p>
    ${
      result.passed === undefined
        ? nothing
        : html`<p class=${classMap({ verdict: true, 'is-right': result.passed, 'is-wrong': !result.passed })}>
          ${result.passed ? msg.passed : msg.failed(passMark ?? 0)}
        </p>`
    }
    ${
      result.byTag.length
        ? html`<table class="by-tag">
          <caption>${msg.byTag}</caption>
          <thead><tr><th scope="col">${msg.tag}</th><th scope="col">${msg.scoreColumn}</th></tr></thead>
          <tbody>
            ${result.byTag.map((t) => html`<tr><th scope="row">${tagLabel(bank, t.tag)}</th><td>${shownPoints(t.score)} / ${shownPoints(t.maxScore)}</td></tr>`)}
          </tbody>
        </table>`
        : nothing
    }
    <div class="actions">
      ${result.missedIds.length ? html`<button type="button" class="primary" part="button" @click=${actions.retryMissed}>${msg.retryMissed}</button>` : html`<p>${msg.allRight}</p>`}
      <button type="button" part="button" @click=${actions.startAgain}>${msg.startAgain}</button>
    </div>
    <h3>${msg.review}</h3>
    <ol class="review">
      ${result.questions.map(
        ({ question, response, grade }) => html`<li class="review-item">
        <p class="review-prompt">${question.prompt}</p>
        <p class=${classMap({ 'is-right': grade.correct, 'is-partial': isPartial(grade), 'is-wrong': !grade.correct && !isPartial(grade) })}>
          <strong>${msg.yourAnswer}:</strong> ${responseText(question, response, msg) ?? msg.noAnswer}
          <span class="mark">(${verdictText(grade, msg)})</span>
        </p>
        ${grade.correct ? nothing : html`<p><strong>${msg.theAnswer}:</strong> ${correctAnswerText(question, msg)}</p>`}
        ${explanationBlock(question, msg)} ${sourceCitation(bank, question, msg)}
      </li>`,
      )}
    </ol>
  </section>`;
}
