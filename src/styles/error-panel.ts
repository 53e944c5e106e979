import { html, nothing } from 'lit';

import type { PathWords } from '../schema/readable-path.js';
import type { ProblemContext, ValidationIssue } from '../schema/validation-issues.js';

/** An element's headings and help for each kind of problem (see `ProblemKind`), from its message table. */
export interface ProblemWords {
  errorTitle: string;
  errorHelp: string;
  fetchErrorTitle: string;
  fetchErrorHelp: string;
  setupErrorTitle: string;
  setupErrorHelp: string;
}

export interface ErrorPanel {
  /** Every problem, each located by its JSON path (or the attribute that pointed at the content). */
  issues: readonly ValidationIssue[];
  /** The kind of problem, which picks the heading, and the data the paths point into. */
  context: ProblemContext;
  words: ProblemWords;
  /** The content's main list (`questions`, `cards`) and how its entries and other items are named in a path. */
  paths: { list: string; words: PathWords };
  /** Extra classes and parts of the panel, e.g. `base` for an element whose outer box it is. */
  parts?: string;
}

/**
 * The panel an element shows in place when its content cannot be loaded or is invalid: an alert
 * headed by the kind of problem (could not be fetched, not set up, invalid), with every problem by a
 * path the author can follow (`question 3 ("pesco-name") › options`); events keep the machine-readable
 * paths. Styled by `.error` in theme.styles.ts; `::part(error)` lets a page restyle it.
 */
export function errorPanel({ issues, context: { problem, readable }, words, paths, parts }: ErrorPanel) {
  const [title, help] =
    problem === 'fetch'
      ? [words.fetchErrorTitle, words.fetchErrorHelp]
      : problem === 'setup'
        ? [words.setupErrorTitle, words.setupErrorHelp]
        : [words.errorTitle, words.errorHelp];
  const names = parts ? `${parts} error` : 'error';
  return html`<div class=${names} part=${names} role="alert">
    <h2>${title}</h2>
    <p>${help}</p>
    <ul>
      ${(readable?.(paths.list, paths.words) ?? issues).map(
        (issue) => html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : nothing}${issue.message}</li>`,
      )}
    </ul>
  </div>`;
}
