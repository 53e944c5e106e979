import { html, nothing, svg } from 'lit';

import { dateTimeFormat } from '../messages/date-time-format.js';
import type { Messages } from '../messages/messages.js';
import { questionsForTags } from '../quiz-plan/plan-quiz.js';
import type { Bank } from '../schema/bank-schema.js';
import { bestPoint, masteryFromLastAnswers, type ScorePoint, type TagMastery } from '../storage/history-figures.js';
import { shownPoints } from './shown-score.js';
import { tagLabel } from './tag-label.js';

/** Whose history the progress panel shows: the finished attempts of a quiz, over the questions its `tags` keep. */
export interface HistoryView {
  /** Finished whole-quiz attempts as points, oldest first. */
  points: readonly ScorePoint[];
  /** By question id: whether its last answer, over every finished attempt, was right. */
  lastRight: ReadonlyMap<string, boolean>;
  bank: Bank;
  tags: readonly string[];
  lang: string;
  /** On the results screen, which shows this attempt's score and topics: the best score and the chart only. */
  historyOnly: boolean;
}

/** The chart shows this many attempts at most; so does its table. */
export const CHART_ATTEMPTS = 20;

const WIDTH = 300;
const TOP = 8;
const BOTTOM = 92;
const LEFT = 34;
const RIGHT = 8;

/** The last and best score, the chart of scores over attempts with its table, and (on the start screen) mastery by topic. */
export function scoreHistory(view: HistoryView, msg: Messages['progress']) {
  const { points } = view;
  const last = points[points.length - 1];
  const best = bestPoint(points);
  const shown = points.slice(-CHART_ATTEMPTS);
  const firstNumber = points.length - shown.length + 1;
  const mastery = view.historyOnly
    ? []
    : masteryFromLastAnswers(view.lastRight, questionsForTags(view.bank, view.tags)).map((m) => ({ ...m, tag: tagLabel(view.bank, m.tag) }));
  return html`${
    last && best
      ? html`${view.historyOnly ? nothing : html`<p class="score-line">${msg.lastScore(last.percent, shownPoints(last.score), shownPoints(last.maxScore))}</p>`}
          <p class="score-line">${msg.bestScore(best.percent, shownPoints(best.score), shownPoints(best.maxScore))}</p>
          ${
            // One attempt draws no line: a lone dot in an empty frame says less than the score line above it.
            shown.length > 1
              ? html`<figure class="chart-figure">
                  ${scoreChart(shown)}
                  <figcaption aria-hidden="true">${msg.chartCaption(shown.length)}</figcaption>
                  ${scoreTable(shown, firstNumber, view.lang, msg)}
                </figure>`
              : nothing
          }`
      : nothing
  }
  ${mastery.length ? masteryList(mastery, msg) : nothing}`;
}

/** Scores over attempts as a small line chart; hidden from screen readers, which get the table. */
function scoreChart(points: ScorePoint[]) {
  const x = (i: number) => (points.length === 1 ? (LEFT + WIDTH - RIGHT) / 2 : LEFT + (i * (WIDTH - LEFT - RIGHT)) / (points.length - 1));
  const y = (percent: number) => BOTTOM - (percent / 100) * (BOTTOM - TOP);
  const line = points.map((p, i) => `${x(i).toFixed(1)},${y(p.percent).toFixed(1)}`).join(' ');
  return html`<svg class="chart" viewBox="0 0 300 100" aria-hidden="true" focusable="false">
    ${[0, 50, 100].map(
      (level) => svg`<line class="chart-grid" x1=${LEFT} x2=${WIDTH - RIGHT} y1=${y(level)} y2=${y(level)}></line>
        <text class="chart-label" x=${LEFT - 6} y=${y(level) + 4} text-anchor="end">${level}%</text>`,
    )}
    ${points.length > 1 ? svg`<polyline class="chart-line" points=${line}></polyline>` : nothing}
    ${points.map((p, i) => svg`<circle class="chart-dot" cx=${x(i)} cy=${y(p.percent)} r="4"></circle>`)}
  </svg>`;
}

function scoreTable(points: ScorePoint[], firstNumber: number, lang: string, msg: Messages['progress']) {
  const date = dateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
  // In a hidden box, not hidden itself: a table grows to its content whatever its width, and widened the page on a phone.
  return html`<div class="visually-hidden"><table>
    <caption>${msg.chartCaption(points.length)}</caption>
    <thead>
      <tr><th scope="col">${msg.attemptColumn}</th><th scope="col">${msg.dateColumn}</th><th scope="col">${msg.scoreColumn}</th></tr>
    </thead>
    <tbody>
      ${points.map(
        (p, i) => html`<tr>
          <th scope="row">${msg.attemptNumber(firstNumber + i)}</th>
          <td>${date.format(new Date(p.finishedAt))}</td>
          <td>${msg.percent(p.percent)} (${shownPoints(p.score)} / ${shownPoints(p.maxScore)})</td>
        </tr>`,
      )}
    </tbody>
  </table></div>`;
}

function masteryList(mastery: TagMastery[], msg: Messages['progress']) {
  return html`<h4>${msg.masteryTitle}</h4>
    <ul class="mastery">
      ${mastery.map(
        (m) => html`<li class="mastery-row">
          <span class="mastery-tag">${m.tag}</span>
          <svg class="mastery-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            <rect class="mastery-track" width="100" height="10"></rect>
            <rect class="mastery-fill" width=${Math.round(m.share * 1000) / 10} height="10"></rect>
          </svg>
          <span class="mastery-text">${msg.mastery(m.right, m.total)}</span>
        </li>`,
      )}
    </ul>`;
}
