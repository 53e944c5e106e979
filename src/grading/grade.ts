import type { ForgivenSpelling } from '../question-types/question-type.js';
import { type LearnerResponse, moduleOf, type Question, responseTo } from '../question-types/question-types.js';
import { ownValue } from '../schema/content-keys.js';

export interface Grade extends ForgivenSpelling {
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
  const module = moduleOf(question);
  const given = responseTo(question, response);
  const fraction = module.fraction(question, given, lang);
  const maxScore = question.points;
  return { correct: fraction === 1, fraction, score: Math.round(maxScore * fraction * 100) / 100, maxScore, ...module.spelling?.(question, given, lang) };
}

/**
 * The learner's response to `question` in `responses` (keyed by question id), when it has the
 * question type's shape; undefined otherwise. The one safe way to look a response up: an id such as
 * `constructor` finds nothing inherited, and a wrong-shaped stored value counts as no answer.
 */
export function responseFor(question: Question, responses: Readonly<Record<string, unknown>> | null | undefined): LearnerResponse | undefined {
  return responseTo(question, ownValue(responses, question.id));
}

/** Whether a response is complete enough to check (every blank, every match, some choice). */
export function isAnswered(question: Question, response: unknown): boolean {
  const given = responseTo(question, response);
  return given !== undefined && moduleOf(question).isAnswered(question, given);
}
