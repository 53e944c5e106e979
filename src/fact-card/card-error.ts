import type { Messages } from '../messages/messages.js';
import { readableIssues } from '../schema/readable-path.js';
import type { ProblemContext, ValidationIssue } from '../schema/validation-issues.js';
import { errorPanel } from '../styles/error-panel.js';

/** Why a card or deck cannot be shown: a heading for the kind of problem, then every problem, by a path the author can follow. */
export function cardError(issues: readonly ValidationIssue[], { problem, input }: ProblemContext, msg: Messages['card']) {
  const [title, help] =
    problem === 'fetch'
      ? [msg.fetchErrorTitle, msg.fetchErrorHelp]
      : problem === 'setup'
        ? [msg.setupErrorTitle, msg.setupErrorHelp]
        : [msg.errorTitle, msg.errorHelp];
  const words = { entry: msg.pathCard, item: msg.pathItem };
  return errorPanel({ title, help, issues: readableIssues(issues, input, 'cards', words), parts: 'base' });
}
