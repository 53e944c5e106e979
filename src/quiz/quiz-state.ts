import type { ProblemContext, ValidationIssue } from '../schema/validation-issues.js';
import type { LoadedBank } from './bank-loader.js';
import type { QuizResult, QuizSession } from './quiz-session.js';

/** What `<defence-quiz>` shows, with what that screen needs: a bank once loaded, an attempt once started. */
export type QuizState =
  | { phase: 'loading' }
  | { phase: 'error'; issues: ValidationIssue[]; loaded?: LoadedBank; context?: ProblemContext }
  | { phase: 'start'; loaded: LoadedBank }
  | Playing
  | { phase: 'summary'; loaded: LoadedBank; session: QuizSession; result: QuizResult };

/**
 * `hint`: why the answer cannot be checked yet. `resumed`: the session a reload brought back, until the learner changes it.
 * `unanswered`: exam mode's "See results" with questions left blank: their indexes, listed before finishing.
 * `checking`: a button that grades was pressed and waits for the checking code (the screen says it is busy).
 */
export type Playing = {
  phase: 'question';
  loaded: LoadedBank;
  session: QuizSession;
  hint: string;
  resumed?: QuizSession;
  unanswered?: number[];
  checking?: boolean;
};

/** Where the learner is in an attempt, as far as its buttons go: which attempt, which question, and whether it was checked. */
export function stepOf({ session }: Playing): string {
  const id = session.plan.questionIds[session.index];
  return `${session.startedAt}|${session.plan.seed}|${session.index}|${id !== undefined && Object.hasOwn(session.grades, id)}`;
}
