/**
 * How points add up, for every place that shows or keeps a score: the summary of an attempt, the
 * attempt as stored, the history on the start screen and the xAPI statement. Pure functions.
 */

export interface Score {
  score: number;
  maxScore: number;
}

/** Points are summed to hundredths: partial credit (a third of a point) must not print as 0.6666666. */
const hundredths = (n: number) => Math.round(n * 100) / 100;

/** The sum of some graded parts (questions, or a tag's questions). */
export function totalScore(parts: Iterable<Score>): Score {
  let score = 0;
  let maxScore = 0;
  for (const part of parts) {
    score += part.score;
    maxScore += part.maxScore;
  }
  return { score: hundredths(score), maxScore: hundredths(maxScore) };
}

/** The share of points earned, 0–1; 0 when there was nothing to earn. */
export function scaledScore({ score, maxScore }: Score): number {
  return maxScore > 0 ? score / maxScore : 0;
}

/** The share of points earned as a whole percentage, for display. */
export function percentScore(score: Score): number {
  return Math.round(scaledScore(score) * 100);
}
