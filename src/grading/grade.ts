import { moduleOf, responseTo, type Question } from '../question-types/question-types.js';

export interface Grade {
  /** Full marks. */
  correct: boolean;
  /** Points earned, `points × fraction`, rounded to 2 decimals. */
  score: number;
  maxScore: number;
  /** Share of the question earned, 0–1. */
  fraction: number;
}

/** Grades a response (anything: a value not of the question type's shape is no answer). Pure: data in, grade out. */
export function grade(question: Question, response: unknown): Grade {
  const fraction = moduleOf(question).fraction(question, responseTo(question, response));
  const maxScore = question.points;
  return { correct: fraction === 1, fraction, score: Math.round(maxScore * fraction * 100) / 100, maxScore };
}

/** Whether a response is complete enough to check (every blank, every match, some choice). */
export function isAnswered(question: Question, response: unknown): boolean {
  const given = responseTo(question, response);
  return given !== undefined && moduleOf(question).isAnswered(question, given);
}
