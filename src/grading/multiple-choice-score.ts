/**
 * The share of a `multiple` question earned by the options a learner ticked:
 *
 *     max(0, right ticked / R − wrong ticked / W)
 *
 * where R and W are the numbers of right and wrong options. Ticking every right option and nothing
 * else earns 1; ticking everything earns 1 − 1 = 0, as does ticking nothing; it never goes below 0.
 * Each wrong tick costs 1/W, so guessing gains nothing on average whatever the proportions (with
 * 4 right of 6: all six ticked earn 4/4 − 2/2 = 0, the four right and one wrong 1 − 1/2 = 0.5).
 * When every option is right (W = 0) there is nothing to tell apart and ticking all earns 1.
 * Unknown ids and repeated ticks are ignored.
 */
export function multipleChoiceFraction(options: ReadonlyArray<{ id: string; correct: boolean }>, ticked: readonly string[] | null | undefined): number {
  const chosen = new Set(Array.isArray(ticked) ? ticked : []);
  const right = options.filter((o) => o.correct);
  const wrong = options.filter((o) => !o.correct);
  const rightTicked = right.filter((o) => chosen.has(o.id)).length;
  const wrongTicked = wrong.filter((o) => chosen.has(o.id)).length;
  const earned = right.length === 0 ? 0 : rightTicked / right.length;
  const lost = wrong.length === 0 ? 0 : wrongTicked / wrong.length;
  return Math.max(0, earned - lost);
}
