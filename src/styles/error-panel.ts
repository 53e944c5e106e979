import { html, nothing } from 'lit';

import type { ValidationIssue } from '../schema/validation-issues.js';

export interface ErrorPanel {
  /** What could not be shown, e.g. "This quiz could not be loaded". */
  title: string;
  /** Who can fix it, and where. */
  help: string;
  /** Every problem, each located by its JSON path (or the attribute that pointed at the content). */
  issues: readonly ValidationIssue[];
  /** Extra classes and parts of the panel, e.g. `base` for an element whose outer box it is. */
  parts?: string;
}

/**
 * The panel an element shows in place when its content cannot be loaded or is invalid: an alert
 * with every problem by path, for the page author. The heading and help say what kind of problem it
 * is (the caller picks them); events keep the machine-readable paths. Styled by `.error` in theme.styles.ts;
 * `::part(error)` lets a page restyle it.
 */
export function errorPanel({ title, help, issues, parts }: ErrorPanel) {
  const names = parts ? `${parts} error` : 'error';
  return html`<div class=${names} part=${names} role="alert">
    <h2>${title}</h2>
    <p>${help}</p>
    <ul>
      ${issues.map((issue) => html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : nothing}${issue.message}</li>`)}
    </ul>
  </div>`;
}
