import { css } from 'lit';

/** The progress panel, the storage notice and the resume note; uses the quiz's internal tokens. */
export const progressPanelStyles = css`
  .storage-notice,
  .resume-note {
    font-size: 0.92em;
    color: var(--_muted);
    margin: 0 0 var(--_space);
    padding: 0.35rem 0.75rem;
    border-inline-start: 3px solid var(--_border);
    background: var(--_subtle);
  }
  .resume-note {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space);
    align-items: center;
  }
  button.link-button {
    min-height: 1.5rem;
    min-width: 1.5rem;
    padding: 0.1rem 0.25rem;
    border: 0;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
    font-size: 1em;
  }
  .progress {
    margin-top: calc(var(--_space) * 1.5);
    padding-top: var(--_space);
    border-top: 1px solid var(--_border);
  }
  .progress h3 {
    margin-top: 0;
  }
  .progress h4 {
    font-size: 1em;
    margin: var(--_space) 0 0.5em;
  }
  .button-link {
    display: inline-flex;
    align-items: center;
    min-height: var(--_control);
    padding: var(--_space-s) var(--_space);
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    color: var(--_accent);
    text-decoration: none;
  }
  /* A button, not a link in a button's frame: no underline, the buttons' hover. */
  .button-link:hover {
    background: var(--_subtle);
  }
  .file-label {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s);
    max-width: 100%;
  }
  .file-label input {
    font: inherit;
    color: var(--_text);
    min-height: var(--_control);
    max-width: 100%;
    min-width: 0;
  }
  .file-label input::file-selector-button {
    font: inherit;
    min-height: 2.5rem;
    padding: 0.35rem 0.9rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  .confirm-reset {
    flex-basis: 100%;
    padding: 0.75rem;
    border: 2px solid var(--_wrong);
    border-radius: var(--_radius);
  }
  .confirm-reset:focus {
    outline: none;
  }
  .confirm-reset:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  .confirm-reset .actions {
    margin-top: 0.5rem;
  }
  button.danger {
    background: var(--_wrong);
    border-color: var(--_wrong);
    color: var(--_surface);
    font-weight: 600;
  }
  .progress-message {
    margin-top: var(--_space);
    padding: 0.5rem 0.75rem;
    border-inline-start: 4px solid var(--_right);
    background: var(--_subtle);
  }
  .progress-message.is-error {
    border-inline-start-color: var(--_wrong);
  }
  .progress-message p:last-child {
    margin-bottom: 0;
  }
  .progress-message code {
    font-family: ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
`;
