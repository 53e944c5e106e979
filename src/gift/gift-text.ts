/**
 * How a question's parts are written in Moodle's GIFT, for each question type's `toGift` (its
 * module in src/question-types/) and for `bankToGift`, which puts the questions together. Pure.
 */

/** GIFT's special characters, escaped with a backslash wherever an author's text goes. */
export function escapeGift(text: string): string {
  return text.replace(/[~=#{}:\\]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
}

/** An answer's own feedback (`#…`), when it has one. */
export const giftFeedback = (text: string | undefined) => (text ? `#${escapeGift(text)}` : '');

/** A percentage as Moodle writes it: at most five decimals, no trailing zeros. */
export const giftPercent = (n: number) => String(Math.round(n * 100000) / 100000);

/** A question's explanation as its general feedback (`####…`), inside its answer braces. */
export const giftGeneralFeedback = (explanation: string | undefined) => (explanation ? ` ####${escapeGift(explanation)}` : '');

/** The usual GIFT question after its title: the prompt, then the answers (and general feedback) in braces. */
export const giftQuestion = (q: { prompt: string; explanation?: string | undefined }, answers: string) =>
  `${escapeGift(q.prompt)} {${answers}${giftGeneralFeedback(q.explanation)}}`;

/** The prompt a cloze gets when it comes from GIFT's missing word (which has none), and which goes when it goes back. */
export const CLOZE_PROMPT = 'Fill in the blank.';

/** What a conversion could not carry over as it was: `skipped`, not in the output; `changed`, in it with something lost. */
export type GiftNote = (kind: 'skipped' | 'changed', message: string) => void;
