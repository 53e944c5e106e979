import { grade, type Grade } from '../grading/grade.js';
import type { LearnerResponse } from '../question-types/question-types.js';
import type { Bank, Question } from '../schema/bank-schema.js';
import type { QuizPlan } from '../quiz-plan/plan-quiz.js';

export type QuizMode = 'practice' | 'exam';

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

/** Grades the current response to a question and records it. */
export function commit(session: QuizSession, question: Question): { session: QuizSession; grade: Grade } {
  const result = grade(question, session.responses[question.id]);
  return { session: { ...session, grades: { ...session.grades, [question.id]: result } }, grade: result };
}

export function goTo(session: QuizSession, index: number): QuizSession {
  return { ...session, index: Math.max(0, Math.min(index, session.plan.questionIds.length - 1)) };
}

export const isLast = (session: QuizSession) => session.index >= session.plan.questionIds.length - 1;

export interface TagResult {
  tag: string;
  score: number;
  maxScore: number;
}

export interface QuestionResult {
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
  questions: QuestionResult[];
  missedIds: string[];
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** The summary of an attempt; an unanswered question counts as wrong. */
export function summarise(bank: Bank, session: QuizSession, passMark?: number): QuizResult {
  const questions = session.plan.questionIds.map((_, i) => {
    const question = questionAt(bank, session, i);
    const response = session.responses[question.id];
    return { question, response, grade: session.grades[question.id] ?? grade(question, response) };
  });
  const score = round2(questions.reduce((sum, r) => sum + r.grade.score, 0));
  const maxScore = round2(questions.reduce((sum, r) => sum + r.grade.maxScore, 0));
  const scaled = maxScore === 0 ? 0 : score / maxScore;
  const tags = new Map<string, TagResult>();
  for (const r of questions) {
    for (const tag of r.question.tags) {
      const t = tags.get(tag) ?? { tag, score: 0, maxScore: 0 };
      t.score = round2(t.score + r.grade.score);
      t.maxScore = round2(t.maxScore + r.grade.maxScore);
      tags.set(tag, t);
    }
  }
  const percent = Math.round(scaled * 100);
  return {
    score,
    maxScore,
    scaled,
    percent,
    passed: passMark === undefined ? undefined : scaled * 100 >= passMark,
    byTag: [...tags.values()].sort((a, b) => a.tag.localeCompare(b.tag)),
    questions,
    missedIds: questions.filter((r) => !r.grade.correct).map((r) => r.question.id),
  };
}
