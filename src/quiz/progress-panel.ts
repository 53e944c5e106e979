import { html, nothing, svg } from 'lit';

import { dateTimeFormat } from '../messages/date-time-format.js';
import type { Messages } from '../messages/messages.js';
import type { ValidationIssue } from '../schema/validation-issues.js';
import type { ScorePoint, TagMastery } from '../storage/history-figures.js';
import { shownPoints } from './shown-score.js';

/** What the start screen's progress panel shows; built by the progress controller. */
export interface ProgressPanelView {
  /** Whole attempts, oldest first. */
  points: ScorePoint[];
  last?: ScorePoint;
  best?: ScorePoint;
  mastery: TagMastery[];
  /** Whether there is something to export (the file itself is built when the learner asks for it). */
  canDownload: boolean;
  /** A `blob:` URL of the export document, once built. */
  downloadUrl?: string;
  downloadName: string;
  /** Whether there is saved progress to reset. */
  canReset: boolean;
  confirmingReset: boolean;
  message?: { text: string; issues?: ValidationIssue[]; isError: boolean };
  lang: string;
  /** On the results screen, which shows this attempt's score and topics: the best score and the chart only. */
  historyOnly?: boolean;
}

export interface ProgressPanelActions {
  askReset: () => void;
  confirmReset: () => void;
  cancelReset: () => void;
  importFile: (file: File) => void;
  /** The download link was followed: the export is built then, if it is not yet (then the link is followed again). */
  download: (event: MouseEvent) => void;
}

/** The chart shows this many attempts at most; so does its table. */
export const CHART_ATTEMPTS = 20;

const WIDTH = 300;
const TOP = 8;
const BOTTOM = 92;
const LEFT = 34;
const RIGHT = 8;

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

function scoreTable(points: ScorePoint[], firstNumber: number, view: ProgressPanelView, msg: Messages['progress']) {
  const date = dateTimeFormat(view.lang, { dateStyle: 'medium', timeStyle: 'short' });
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

function resetControls(view: ProgressPanelView, msg: Messages['progress'], actions: ProgressPanelActions) {
  if (!view.confirmingReset) {
    return html`<button type="button" class="reset" part="button" @click=${actions.askReset}>${msg.reset}</button>`;
  }
  const onKeydown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      actions.cancelReset();
    }
  };
  return html`<div class="confirm-reset" role="group" aria-labelledby="reset-question" tabindex="-1" @keydown=${onKeydown}>
    <p id="reset-question">${msg.resetQuestion}</p>
    <div class="actions">
      <button type="button" class="danger" part="button" @click=${actions.confirmReset}>${msg.resetConfirm}</button>
      <button type="button" class="cancel-reset" part="button" @click=${actions.cancelReset}>${msg.resetCancel}</button>
    </div>
  </div>`;
}

/** The start screen's progress: last and best score, the chart and its table, mastery, reset, export, import (the results screen: best score and chart). */
export function progressPanel(view: ProgressPanelView, msg: Messages['progress'], actions: ProgressPanelActions) {
  const shown = view.points.slice(-CHART_ATTEMPTS);
  const firstNumber = view.points.length - shown.length + 1;
  const onFile = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) actions.importFile(file);
  };
  // A first visit has nothing to show but a way to bring progress from another device: no heading, no empty history.
  if (!view.points.length && !view.canReset) {
    return html`<section class="progress is-empty" part="progress" aria-label=${msg.title}>
      <div class="actions progress-actions">${importControl(msg, onFile)}</div>
      ${progressMessage(view)}
    </section>`;
  }
  return html`<section class="progress" part="progress" aria-labelledby="progress-title">
    <h3 id="progress-title">${msg.title}</h3>
    ${
      view.last && view.best
        ? html`${view.historyOnly ? nothing : html`<p class="score-line">${msg.lastScore(view.last.percent, shownPoints(view.last.score), shownPoints(view.last.maxScore))}</p>`}
          <p class="score-line">${msg.bestScore(view.best.percent, shownPoints(view.best.score), shownPoints(view.best.maxScore))}</p>
          ${
            // One attempt draws no line: a lone dot in an empty frame says less than the score line above it.
            shown.length > 1
              ? html`<figure class="chart-figure">
                ${scoreChart(shown)}
                <figcaption aria-hidden="true">${msg.chartCaption(shown.length)}</figcaption>
                ${scoreTable(shown, firstNumber, view, msg)}
              </figure>`
              : nothing
          }`
        : nothing
    }
    ${view.historyOnly ? nothing : html`${view.mastery.length ? masteryList(view.mastery, msg) : nothing} ${manageProgress(view, msg, actions, onFile)}`}
  </section>`;
}

/** Export, import and reset, with the outcome of the last one. */
function manageProgress(view: ProgressPanelView, msg: Messages['progress'], actions: ProgressPanelActions, onFile: (e: Event) => void) {
  return html`<div class="actions progress-actions">
      ${
        view.canDownload
          ? html`<a class="button-link" part="button" href=${view.downloadUrl ?? '#'} download=${view.downloadName} @click=${actions.download}>${msg.download}</a>`
          : nothing
      }
      ${importControl(msg, onFile)} ${view.canReset ? resetControls(view, msg, actions) : nothing}
    </div>
    ${progressMessage(view)}`;
}

/** A button that opens the file picker: the bare file input's "Choose File / No file chosen" says nothing useful. */
function importControl(msg: Messages['progress'], onFile: (e: Event) => void) {
  const pick = (e: Event) => ((e.currentTarget as HTMLElement).nextElementSibling as HTMLInputElement).click();
  return html`<button type="button" class="import-button" part="button" @click=${pick}>${msg.importLabel}</button
    ><input type="file" hidden accept=".json,application/json" @change=${onFile} />`;
}

/** The outcome of a reset or an import, with the problems of a refused file. */
function progressMessage(view: ProgressPanelView) {
  return view.message
    ? html`<div class=${view.message.isError ? 'progress-message is-error' : 'progress-message'}>
          <p>${view.message.text}</p>
          ${
            view.message.issues?.length
              ? html`<ul>
                ${view.message.issues.map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
              </ul>`
              : nothing
          }
        </div>`
    : nothing;
}

/** The discreet line saying progress is not kept, and why when a saved record is being protected. */
export function storageNotice(unreadableKept: boolean, msg: Messages['progress']) {
  return html`<p class="storage-notice" part="storage-notice">
    ${msg.notSaved}${unreadableKept ? html` ${msg.unreadableKept}` : nothing}
  </p>`;
}

/** Shown on the question a reload brought the learner back to, with a way to start afresh. */
export function resumeNote(msg: Messages['progress'], startOver: () => void) {
  return html`<p class="resume-note">
    ${msg.resumed}
    <button type="button" class="link-button" part="button" @click=${startOver}>${msg.startOver}</button>
  </p>`;
}
