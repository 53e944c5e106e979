/**
 * The figures a quiz's start screen shows, computed from its finished attempts. Pure functions:
 * attempts in, figures out. "Retry the ones I missed" attempts count for mastery, not for scores
 * (a retry of two missed questions is not a 100% quiz).
 */
import { percentScore, scaledScore } from '../scoring/score.js';
import type { AttemptRecord } from './progress-store.js';

export interface ScorePoint {
  attemptId: string;
  finishedAt: number;
  score: number;
  maxScore: number;
  /** 0–100, rounded to a whole number. */
  percent: number;
}

export interface TagMastery {
  tag: string;
  /** The tag's questions whose last answer was right. */
  right: number;
  /** The tag's questions. */
  total: number;
  /** right / total, 0–1. */
  share: number;
}

/** Finished, whole-quiz attempts as points, oldest first. */
export function scoresOverAttempts(attempts: readonly AttemptRecord[]): ScorePoint[] {
  return attempts
    .filter((a): a is AttemptRecord & { result: NonNullable<AttemptRecord['result']> } => a.state === 'finished' && !!a.result && !a.retryOf)
    .map((a) => ({
      attemptId: a.id,
      finishedAt: a.result.finishedAt,
      score: a.result.score,
      maxScore: a.result.maxScore,
      percent: percentScore(a.result),
    }))
    .sort((a, b) => a.finishedAt - b.finishedAt);
}

/** Of points oldest first, the highest share of points; of equal ones, the first reached. */
export function bestPoint(points: readonly ScorePoint[]): ScorePoint | undefined {
  let best: ScorePoint | undefined;
  for (const point of points) {
    if (!best || scaledScore(point) > scaledScore(best)) best = point;
  }
  return best;
}

/**
 * Per tag, the share of its questions whose last answer (over every finished attempt, retries included) was
 * right, from the last answer to each question (by question id: whether it was right). `questions` is the quiz's
 * pool, as the bank gives it now: a question the bank dropped no longer counts, and its tags are the bank's
 * current ones. Tags in bank order.
 */
export function masteryFromLastAnswers(
  lastRight: ReadonlyMap<string, boolean>,
  questions: ReadonlyArray<{ id: string; tags: readonly string[] }>,
): TagMastery[] {
  const byTag = new Map<string, { right: number; total: number }>();
  for (const question of questions) {
    for (const tag of new Set(question.tags)) {
      const entry = byTag.get(tag) ?? { right: 0, total: 0 };
      entry.total += 1;
      if (lastRight.get(question.id) === true) entry.right += 1;
      byTag.set(tag, entry);
    }
  }
  return [...byTag].map(([tag, { right, total }]) => ({ tag, right, total, share: total > 0 ? right / total : 0 }));
}
