import type { Grade, grade } from '../grading/grade.js';
import type { Messages } from '../messages/messages.js';
import { initialResponse, type LearnerResponse, notReadyReason, responseFor } from '../question-types/question-types.js';
import type { QuizPlan } from '../quiz-plan/plan-quiz.js';
import type { Bank, Question } from '../schema/bank-schema.js';
import { ownValue } from '../schema/content-keys.js';
import { percentScore, scaledScore, totalScore } from '../scoring/score.js';

export type QuizMode = 'practice' | 'exam';

/**
 * Grades a response: grading/grade.ts's `grade`, passed in rather than imported, so that a quiz shows its first
 * question before the grading code (typed answers' matching above all) has loaded.
 */
export type Grader = typeof grade;

/**
 * One attempt, as plain data: what was asked, what the learner gave, what was graded. Every
 * transition returns a new object, so the element re-renders on assignment and the state can
 * be stored and resumed as it is.
 */
export interface QuizSession {
  plan: QuizPlan;
  mode: QuizMode;
  /** Position in `plan.questionIds`. */
  index: number;
  /** The learner's current response per question id. */
  responses: Record<string, LearnerResponse>;
  /** Graded answers per question id: checked (practice) or committed (exam). */
  grades: Record<string, Grade>;
  /** Time spent before this page's clock started (for resumed attempts). */
  elapsedMs: number;
  startedAt: number;
}

export function startSession(plan: QuizPlan, mode: QuizMode, now: number): QuizSession {
  return { plan, mode, index: 0, responses: {}, grades: {}, elapsedMs: 0, startedAt: now };
}

export function questionAt(bank: Bank, session: QuizSession, index = session.index): Question {
  const id = session.plan.questionIds[index];
  const question = bank.questions.find((q) => q.id === id);
  if (!question) throw new Error(`question "${id}" is not in bank "${bank.id}"`);
  return question;
}

export function respond(session: QuizSession, questionId: string, response: LearnerResponse): QuizSession {
  return { ...session, responses: { ...session.responses, [questionId]: response } };
}

/** The question's response, or the one its type starts from when none was given (an order question is answered as it stands). */
function givenResponse(session: QuizSession, question: Question): LearnerResponse | undefined {
  return responseFor(question, session.responses) ?? initialResponse(question, ownValue(session.plan.layout, question.id));
}

/**
 * Why the response cannot be checked yet (the hint to show), or '' when it can. In practice, Check takes an order
 * question as it stands; in an exam, an order question the learner never touched is not answered: moving on leaves it
 * blank, listed with the others before the results (which still grade it as it stands, see `summarise`).
 */
export function notReady(session: QuizSession, question: Question, msg: Messages['quiz']): string {
  const response = session.mode === 'exam' ? responseFor(question, session.responses) : givenResponse(session, question);
  return notReadyReason(question, response, msg);
}

/** The session with the question's response as shown, when none was given: the learner may think the shown order is right. */
export function respondAsShown(session: QuizSession, question: Question): QuizSession {
  const given = givenResponse(session, question);
  return given === undefined || responseFor(question, session.responses) !== undefined ? session : respond(session, question.id, given);
}

/** Grades the current response to a question and records it. */
export function commit(session: QuizSession, question: Question, grade: Grader, lang?: string): { session: QuizSession; grade: Grade } {
  const result = grade(question, responseFor(question, session.responses), lang);
  return { session: { ...session, grades: { ...session.grades, [question.id]: result } }, grade: result };
}

export function goTo(session: QuizSession, index: number): QuizSession {
  return { ...session, index: Math.max(0, Math.min(index, session.plan.questionIds.length - 1)) };
}

export const isLast = (session: QuizSession) => session.index >= session.plan.questionIds.length - 1;

/** Time spent in the attempt by `now`, visits before this page's included. */
export const spentMs = (session: QuizSession, now: number) => Math.max(0, session.elapsedMs + (now - session.startedAt));

export interface TagResult {
  tag: string;
  score: number;
  maxScore: number;
}

/** A question of an attempt, with the learner's response and its grade (the stored form is progress-store's QuestionResult). */
export interface GradedQuestion {
  question: Question;
  response: LearnerResponse | undefined;
  grade: Grade;
}

export interface QuizResult {
  score: number;
  maxScore: number;
  /** 0–1. */
  scaled: number;
  /** Whole percent, for display. */
  percent: number;
  /** Undefined without a pass mark. */
  passed: boolean | undefined;
  byTag: TagResult[];
  questions: GradedQuestion[];
  missedIds: string[];
}

/** The summary of an attempt; an unanswered question counts as wrong, an untouched order question as it stands. */
export function summarise(bank: Bank, session: QuizSession, grade: Grader, passMark?: number): QuizResult {
  const questions = session.plan.questionIds.map((_, i) => {
    const question = questionAt(bank, session, i);
    const response = givenResponse(session, question);
    return { question, response, grade: session.grades[question.id] ?? grade(question, response, bank.lang) };
  });
  const total = totalScore(questions.map((r) => r.grade));
  const scaled = scaledScore(total);
  const tags = [...new Set(questions.flatMap((r) => r.question.tags))].sort((a, b) => a.localeCompare(b));
  return {
    ...total,
    scaled,
    percent: percentScore(total),
    passed: passMark === undefined ? undefined : scaled * 100 >= passMark,
    byTag: tags.map((tag) => ({ tag, ...totalScore(questions.filter((r) => r.question.tags.includes(tag)).map((r) => r.grade)) })),
    questions,
    missedIds: questions.filter((r) => !r.grade.correct).map((r) => r.question.id),
  };
}
