import { CLOZE_PROMPT, escapeGift, giftGeneralFeedback, type GiftNote } from '../gift/gift-text.js';
import { ID_MESSAGE } from '../schema/content-keys.js';
import { isObject, list, stringOf, untypeableAnswers } from '../schema/cross-field-rules.js';
import type { clozeSchema } from '../schema/question-schemas.js';
import type { ValidationIssue } from '../schema/validation-issues.js';
import type { z } from '../schema/zod.js';
import { clozeMarkers, clozeParts } from './cloze.js';
import { ownValue, type QuestionAuthoring } from './question-type.js';

function clozeRules(q: Record<string, unknown>, at: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const text = stringOf(q.text) ?? '';
  const blanks = isObject(q.blanks) ? q.blanks : {};
  const markers = clozeMarkers(text);
  const seen = new Set<string>();
  for (const marker of markers) {
    if (seen.has(marker)) issues.push({ path: `${at}.text`, message: `marker {{${marker}}} is used more than once` });
    seen.add(marker);
    if (!Object.hasOwn(blanks, marker)) issues.push({ path: `${at}.text`, message: `marker {{${marker}}} has no blank in "blanks"` });
  }
  if (markers.length === 0 && text) issues.push({ path: `${at}.text`, message: 'has no {{blankId}} marker' });
  for (const [blankId, blank] of Object.entries(blanks)) {
    // zod skips a "__proto__" key without a word (it cannot be copied onto a plain object), so it is refused here.
    if (blankId === '__proto__') issues.push({ path: `${at}.blanks["__proto__"]`, message: ID_MESSAGE });
    if (!seen.has(blankId)) issues.push({ path: `${at}.blanks.${blankId}`, message: `has no {{${blankId}}} marker in the text` });
    // A choice-list blank may offer "%": it is picked, not typed.
    if (isObject(blank) && !Array.isArray(blank.options)) issues.push(...untypeableAnswers(blank.accept, `${at}.blanks.${blankId}.accept`));
    if (!isObject(blank) || !Array.isArray(blank.options)) continue;
    const options = blank.options.filter((o): o is string => typeof o === 'string');
    for (const accepted of list(blank.accept)) {
      if (typeof accepted === 'string' && !options.includes(accepted)) {
        issues.push({ path: `${at}.blanks.${blankId}.options`, message: `must include the accepted answer "${accepted}"` });
      }
    }
    if (new Set(options).size !== options.length) {
      issues.push({ path: `${at}.blanks.${blankId}.options`, message: 'has the same option twice' });
    }
  }
  return issues;
}

/** A cloze with one blank is GIFT's missing word: the sentence with the answers in braces where the blank is. */
function clozeToGift(q: z.output<typeof clozeSchema>, note: GiftNote): string | undefined {
  const parts = clozeParts(q.text);
  const blanks = parts.filter((p) => 'blank' in p);
  const only = blanks.length === 1 ? blanks.at(0) : undefined;
  const blank = only && ownValue(q.blanks, only.blank);
  if (!blank) {
    note('skipped', `a cloze with ${blanks.length} blanks has no GIFT form (a missing-word question has one blank)`);
    return undefined;
  }
  if (q.prompt !== CLOZE_PROMPT) note('changed', 'its prompt is dropped: a GIFT missing-word question is its sentence alone');
  const choices = blank.options
    ? blank.options.map((o) => `${blank.accept.includes(o) ? '=' : '~'}${escapeGift(o)}`).join(' ')
    : blank.accept.map((a) => `=${escapeGift(a)}`).join(' ');
  return parts.map((p) => ('blank' in p ? `{${choices}${giftGeneralFeedback(q.explanation)}}` : escapeGift(p.text))).join('');
}

/** What a `cloze` question of a bank must satisfy besides its schema, and its GIFT form. */
export const clozeAuthoring = {
  rules: clozeRules,
  toGift: clozeToGift,
} satisfies QuestionAuthoring<typeof clozeSchema>;
