import { gradingOf } from '../question-types/question-grading.js';
import type { GradeDetails } from '../question-types/question-type.js';
import { type Question, responseTo } from '../question-types/question-types.js';

export interface Grade extends GradeDetails {
  /** Full marks. */
  correct: boolean;
  /** Points earned, `points × fraction`, rounded to 2 decimals. */
  score: number;
  maxScore: number;
  /** Share of the question earned, 0–1. */
  fraction: number;
}

/**
 * Grades a response (anything: a value not of the question type's shape is no answer). `lang` is the
 * bank's language: its leading articles are ignored in typed answers (absent: English). Pure.
 */
export function grade(question: Question, response: unknown, lang?: string): Grade {
  const grading = gradingOf(question);
  const given = responseTo(question, response);
  const fraction = grading.fraction(question, given, lang);
  const maxScore = question.points;
  return { correct: fraction === 1, fraction, score: Math.round(maxScore * fraction * 100) / 100, maxScore, ...grading.details?.(question, given, lang) };
}
