import type { Grade } from '../grading/grade.js';
import type { Messages } from '../messages/messages.js';
import { moduleOf, type Question, responseTo } from '../question-types/question-types.js';
import { shownPoints } from './shown-score.js';

/** Plain-text renderings of answers, for the review in the summary and for screen readers (each type's own in src/question-types/). */

/** The right answer, as a sentence fragment. */
export function correctAnswerText(q: Question, msg: Messages['quiz']): string {
  return moduleOf(q).correctAnswerText(q, msg);
}

/** What the learner gave, or null when nothing was given. */
export function responseText(q: Question, response: unknown, msg: Messages['quiz']): string | null {
  const given = responseTo(q, response);
  return given === undefined ? null : moduleOf(q).responseText(q, given, msg);
}

/** "Correct.", "Partly right: 1 of 2 points." or "Not quite.". */
export function verdictText(grade: Grade, msg: Messages['quiz']): string {
  // A forgiven typo still teaches the spelling: "Correct — spelled Kallas."
  const spellings = grade.spelled !== undefined ? [grade.spelled] : [...(grade.spelledBlanks?.values() ?? [])];
  if (grade.correct) return spellings.length ? msg.correctSpelled(spellings.join(', ')) : msg.correct;
  return grade.score > 0 ? msg.partly(shownPoints(grade.score), shownPoints(grade.maxScore)) : msg.incorrect;
}
