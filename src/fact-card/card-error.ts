import type { CardMessages } from '../messages/card-messages.js';
import type { ProblemContext, ValidationIssue } from '../schema/validation-issues.js';
import { errorPanel } from '../styles/error-panel.js';

/** Why a card or deck cannot be shown: a heading for the kind of problem, then every problem, by a path the author can follow. */
export function cardError(issues: readonly ValidationIssue[], context: ProblemContext, msg: CardMessages) {
  return errorPanel({ issues, context, words: msg, paths: { list: 'cards', words: { entry: msg.pathCard, item: msg.pathItem } }, parts: 'base' });
}
