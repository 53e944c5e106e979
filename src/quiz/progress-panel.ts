import { html, nothing, type TemplateResult } from 'lit';

import type { Messages } from '../messages/messages.js';

/** What the start screen shows of progress before the storage code is here (a first visit) and in any case: the first-visit panel, the storage notice, the resume note. Once there is saved progress, the panel is stored-progress-view.ts's. */

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
export function fileChosen(importFile: (file: File) => void) {
  return (e: Event) => {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (file) importFile(file);
  };
}

/** A button that opens the file picker: the bare file input's "Choose File / No file chosen" says nothing useful. */
export function importControl(msg: Messages['progress'], onFile: (e: Event) => void) {
  const pick = (e: Event) => ((e.currentTarget as HTMLElement).nextElementSibling as HTMLInputElement).click();
  return html`<button type="button" class="import-button" part="button" @click=${pick}>${msg.importLabel}</button
    ><input type="file" hidden accept=".json,application/json" @change=${onFile} />`;
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
