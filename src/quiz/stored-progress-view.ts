import { html, nothing, type TemplateResult } from 'lit';

import type { Messages } from '../messages/messages.js';
import type { ValidationIssue } from '../schema/validation-issues.js';
import { fileChosen, firstVisitPanel, importControl } from './progress-panel.js';

/**
 * The start screen's progress panel once there is saved progress: the score history, export, import and reset. Part of
 * the quiz's storage code (with stored-progress-panel.ts, which builds its view): a first visit shows progress-panel.ts's
 * `firstVisitPanel` without it.
 */

/** What the start screen's progress panel shows; built by the progress controller. */
export interface ProgressPanelView {
  /** The scores and chart (see score-history.ts), once its code has arrived; whether there are finished attempts to show. */
  history: TemplateResult | typeof nothing;
  hasHistory: boolean;
  /** Whether there is something to export (the file itself is built when the learner asks for it). */
  canDownload: boolean;
  /** A `blob:` URL of the export document, once built. */
  downloadUrl?: string;
  downloadName: string;
  /** Whether there is saved progress to reset. */
  canReset: boolean;
  confirmingReset: boolean;
  message?: { text: string; issues?: ValidationIssue[]; isError: boolean };
  /** On the results screen, which shows this attempt's score and topics: the history only, no managing. */
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

/** The start screen's progress: the score history, export, import and reset (the results screen: the history only). */
export function progressPanel(view: ProgressPanelView, msg: Messages['progress'], actions: ProgressPanelActions) {
  if (!view.hasHistory && !view.canReset) return firstVisitPanel(msg, actions.importFile, progressMessage(view));
  const onFile = fileChosen(actions.importFile);
  return html`<section class="progress" part="progress" aria-labelledby="progress-title">
    <h3 id="progress-title">${msg.title}</h3>
    ${view.history} ${view.historyOnly ? nothing : manageProgress(view, msg, actions, onFile)}
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

/** Reset, and its confirmation (Escape cancels). */
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
