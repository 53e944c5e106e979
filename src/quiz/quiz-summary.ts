import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';

import type { Grade } from '../grading/grade.js';
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

const verdictClasses = (grade: Grade) => ({ 'is-right': grade.correct, 'is-partial': isPartial(grade), 'is-wrong': !grade.correct && !isPartial(grade) });

/** A glyph beside each verdict, so that it does not rest on colour alone; the verdict's text says it to screen readers. */
const verdictGlyph = (grade: Grade) => (grade.correct ? '✓' : isPartial(grade) ? '◐' : '✗');

/**
 * The results below the score line (see results-loader.ts, which draws that line at once): pass/fail, the breakdown by tag,
 * the actions, the learner's history (the chart, now including this attempt), then a compact review: one line per question
 * with its verdict, the answers, explanation and source one click away, the right ones hidden on request; the actions again
 * after it.
 */
export function summaryDetails(
  bank: Bank,
  result: QuizResult,
  passMark: number | undefined,
  msg: Messages['quiz'],
  actions: SummaryActions,
  progress: TemplateResult | null = null,
) {
  const missed = result.questions.filter(({ grade }) => !grade.correct).length;
  const summaryActions = (where: string) =>
    html`<div class="actions summary-actions ${where}">
      ${result.missedIds.length ? html`<button type="button" class="primary" part="button" @click=${actions.retryMissed}>${msg.retryMissed}</button>` : nothing}
      <button type="button" part="button" @click=${actions.startAgain}>${msg.startAgain}</button>
    </div>`;
  return html`${
    result.passed === undefined
      ? nothing
      : html`<p class=${classMap({ verdict: true, 'is-right': result.passed, 'is-wrong': !result.passed })}>
          ${result.passed ? msg.passed : msg.failed(passMark ?? 0)}
        </p>`
  }
    ${result.missedIds.length ? nothing : html`<p class="all-right">${msg.allRight}</p>`}
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
    ${summaryActions('before-review')} ${progress}
    <div class="review-head">
      <h3>${msg.review}</h3>
      ${missed > 0 && missed < result.questions.length ? html`<label class="only-missed"><input type="checkbox" />${msg.showOnlyMissed}</label>` : nothing}
    </div>
    <ol class="review">
      ${result.questions.map(
        ({ question, response, grade }, i) => html`<li class=${classMap({ 'review-item': true, ...verdictClasses(grade) })}>
        <details>
          <summary>
            <span class="review-number">${i + 1}.</span>
            <span class="review-prompt">${question.prompt}</span>
            <span class=${classMap({ 'review-verdict': true, ...verdictClasses(grade) })}
              ><span class="review-glyph" aria-hidden="true">${verdictGlyph(grade)}</span> ${verdictText(grade, msg)}</span
            >
          </summary>
          <div class="review-details">
            <p class=${classMap(verdictClasses(grade))}><strong>${msg.yourAnswer}:</strong> ${responseText(question, response, msg) ?? msg.noAnswer}</p>
            ${grade.correct ? nothing : html`<p><strong>${msg.theAnswer}:</strong> ${correctAnswerText(question, msg)}</p>`}
            ${explanationBlock(question, msg)} ${sourceCitation(bank, question, msg)}
          </div>
        </details>
      </li>`,
      )}
    </ol>
    ${summaryActions('after-review')}`;
}
