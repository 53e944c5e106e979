/**
 * Free-text comparison for `text` and typed `cloze` answers: case, accents, surrounding spaces and
 * punctuation are ignored, and one wrong, missing or extra letter is forgiven in words longer
 * than four letters (a learner who types "Brusels" knows the answer).
 */

/** Lower case, accents and punctuation removed, words separated by single spaces. */
export function normaliseAnswer(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .trim()
    .replace(/\s+/g, ' ');
}

/** True when `a` becomes `b` by at most one substitution, insertion or deletion. */
export function withinOneEdit(a: string, b: string): boolean {
  const ca = [...a];
  const cb = [...b];
  if (Math.abs(ca.length - cb.length) > 1) return false;
  const [shorter, longer] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < shorter.length && j < longer.length) {
    if (shorter[i] === longer[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (shorter.length === longer.length) i++;
    j++;
  }
  return edits + (longer.length - j) <= 1;
}

const FORGIVING_LENGTH = 5;

function wordsMatch(given: string, expected: string): boolean {
  if (given === expected) return true;
  return [...expected].length >= FORGIVING_LENGTH && withinOneEdit(given, expected);
}

/** Whether a typed answer matches one accepted answer. */
export function matchesAccepted(response: string, accepted: string): boolean {
  const given = normaliseAnswer(response);
  const expected = normaliseAnswer(accepted);
  if (!given || !expected) return false;
  // "HRVP" for "HR/VP", "EU NATO" for "EU-NATO": spacing is not what is being tested.
  if (given.replaceAll(' ', '') === expected.replaceAll(' ', '')) return true;
  const gw = given.split(' ');
  const ew = expected.split(' ');
  return gw.length === ew.length && ew.every((word, i) => wordsMatch(gw[i], word));
}

export function matchesAny(response: string, accept: readonly string[]): boolean {
  return accept.some((accepted) => matchesAccepted(response, accepted));
}
