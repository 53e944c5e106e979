import type { LearnerResponse, QuestionType } from '../question-types/question-types.js';
import type { ValidationIssue } from '../schema/validation-issues.js';
import type { XapiStatement } from './xapi-statement.js';

const options = { bubbles: true, composed: true } as const;

export interface QuizStartDetail {
  bankId: string;
  /** The IRI naming the bank in xAPI statements: its URL when loaded from `src`, else `urn:defence-learning:bank:<id>`. */
  activityId: string;
  questionIds: string[];
  mode: 'practice' | 'exam';
}

/** The learner started (or restarted) an attempt. */
export class QuizStartEvent extends Event {
  constructor(readonly detail: QuizStartDetail) {
    super('quiz-start', options);
  }
}

export interface QuizAnswerDetail {
  /** The IRI naming the question's bank in xAPI statements: its URL when loaded from `src`, else `urn:defence-learning:bank:<id>`. */
  activityId: string;
  questionId: string;
  questionType: QuestionType;
  /** What the learner gave, in its type's shape (see the README's bank format). */
  response: LearnerResponse | undefined;
  correct: boolean;
  score: number;
  maxScore: number;
}

/** An answer was checked (practice) or committed by moving on (exam). */
export class QuizAnswerEvent extends Event {
  constructor(readonly detail: QuizAnswerDetail) {
    super('quiz-answer', options);
  }
}

export interface QuizCompleteDetail {
  /** The IRI naming the bank in xAPI statements: its URL when loaded from `src`, else `urn:defence-learning:bank:<id>`. */
  activityId: string;
  score: number;
  maxScore: number;
  /** score / maxScore, 0–1. */
  scaled: number;
  /** Undefined without a pass-mark (self-check). */
  passed: boolean | undefined;
  durationMs: number;
  /** An xAPI "completed" statement, ready to send to a Learning Record Store. */
  statement: XapiStatement;
}

/** The learner reached the summary. */
export class QuizCompleteEvent extends Event {
  constructor(readonly detail: QuizCompleteDetail) {
    super('quiz-complete', options);
  }
}

/** The bank could not be loaded or is invalid; the element shows the same problems in place. */
export class QuizErrorEvent extends Event {
  constructor(readonly detail: { issues: ValidationIssue[] }) {
    super('quiz-error', options);
  }
}

// On GlobalEventHandlersEventMap, not only HTMLElementEventMap: the events are composed and bubble,
// so pages listen for them on the document or window as often as on the element.
declare global {
  interface GlobalEventHandlersEventMap {
    'quiz-start': QuizStartEvent;
    'quiz-answer': QuizAnswerEvent;
    'quiz-complete': QuizCompleteEvent;
    'quiz-error': QuizErrorEvent;
  }
}
