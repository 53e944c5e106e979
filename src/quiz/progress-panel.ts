import { html, nothing, type TemplateResult } from 'lit';

import type { Messages } from '../messages/messages.js';
import type { ValidationIssue } from '../schema/validation-issues.js';

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

/** A button that opens the file picker: the bare file input's "Choose File / No file chosen" says nothing useful. */
/**
 * A first visit's panel (no finished attempt): nothing to show but a way to bring progress from another device, with
 * the outcome of the last import; no heading, no empty history.
 */
export function firstVisitPanel(msg: Messages['progress'], importFile: (file: File) => void, message: TemplateResult | typeof nothing = nothing) {
  return html`<section class="progress is-empty" part="progress" aria-label=${msg.title}>
    <div class="actions progress-actions">${importControl(msg, fileChosen(importFile))}</div>
    ${message}
  </section>`;
}

/** The import control's change handler: the file chosen, once (the control is emptied for the next choice). */
function fileChosen(importFile: (file: File) => void) {
  return (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) importFile(file);
  };
}

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
