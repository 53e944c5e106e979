import type { GiftNote } from '../gift/gift-text.js';
import type { Messages } from '../messages/messages.js';
import type { Loose } from '../schema/cross-field-rules.js';
import type { ValidationIssue } from '../schema/validation-issues.js';
import type { z } from '../schema/zod.js';

/**
 * What the quiz screen knows about one question type, besides how it is drawn: which responses it
 * takes, how it is laid out, when it is answered and how answers are put into words. One module per
 * type (`src/question-types/<type>.ts`) exports this as `<type>Question`, and beside it the type's
 * grading (`<type>Grading`, a `QuestionGrading`) and authoring rules (`<type>Authoring`, a
 * `QuestionAuthoring`); `questionTypes` (question-types.ts), `questionGrading` (question-grading.ts)
 * and `questionAuthoring` (question-authoring.ts) gather them. The three parts are apart so that each
 * page loads only what it uses: a quiz shows its first question with the first alone, loads grading
 * while the learner answers, and loads the rules only to validate a bank it did not ship with.
 *
 * These modules import no Lit and no element, so the schema, the grading and the answer texts run
 * in Node (the JSON Schema generator, the content check) as well as in the browser. What a type
 * looks like on screen is its sibling `<type>.input.ts`, gathered in `questionInputs`
 * (question-inputs.ts); the tables are typed so that a type missing from any of them, or a missing
 * part, is a compile error.
 *
 * `S` is the type's zod schema (its row of `questionSchemas`, schema/question-schemas.ts, imported here as a
 * type only, so grading loads no zod), `R` what a learner's response to it looks like. "Not answered" is
 * `undefined`: anything that is not an `R` (a stored `null`, a value of another type's shape) reads
 * as not answered.
 */
export interface QuestionTypeDefinition<S extends z.ZodMiniObject, R> {
  /** Whether a value (from a control, an event or storage) is a response of this type. */
  isResponse(value: unknown): value is R;
  /**
   * What the quiz plan orders for display: the ids (options, items, right-hand choices) and whether
   * they are shuffled only when the quiz shuffles, or always. Absent: nothing to lay out.
   */
  layout?: { ids(question: z.output<S>): string[]; shuffle: 'when-asked' | 'always' };
  /** The response the controls show before the learner changes anything, when checking it as it stands is an answer. */
  initialResponse?(question: z.output<S>, layout: readonly string[] | undefined): R;
  /** Whether a response is complete enough to check (every blank, every match, some choice). */
  isAnswered(question: z.output<S>, response: R): boolean;
  /** Why an unanswered response cannot be checked, when this type says more than "answer first". */
  notReadyReason?(question: z.output<S>, response: R | undefined, msg: Messages['quiz']): string | undefined;
  /** The right answer, as a sentence fragment (feedback, review, screen readers). */
  correctAnswerText(question: z.output<S>, msg: Messages['quiz']): string;
  /** What the learner gave, as text, or null when it amounts to nothing. */
  responseText(question: z.output<S>, response: R, msg: Messages['quiz']): string | null;
}

/** How one question type is graded (its `<type>Grading`): pure, data in, numbers out. */
export interface QuestionGrading<S extends z.ZodMiniObject, R> {
  /** Share of the question earned, 0–1. `lang` is the bank's, for typed answers (its articles are ignored). */
  fraction(question: z.output<S>, response: R | undefined, lang?: string): number;
  /** What the grade says besides its score: a typo forgiven, the blanks filled right. */
  details?(question: z.output<S>, response: R | undefined, lang?: string): GradeDetails;
}

/** What one question type's bank entries must satisfy besides their schema, and their GIFT form (its `<type>Authoring`). */
export interface QuestionAuthoring<S extends z.ZodMiniObject> {
  /** Cross-field checks the schema cannot express, on one raw question at path `at`. */
  rules(question: Loose, at: string): ValidationIssue[];
  /** The question in Moodle's GIFT after its `::id::` title; undefined, with a `skipped` note, when GIFT has no form for it. */
  toGift(question: z.output<S>, note: GiftNote): string | undefined;
}

/** What a grade says besides its score, for the types that say more. */
export interface GradeDetails {
  /** A `text` answer right only with a forgiven typo: the accepted answer it matched ("Correct — spelled Kallas"). */
  spelled?: string;
  /** A cloze: blank id → the accepted answer, for each typed blank right only with a forgiven typo. */
  spelledBlanks?: ReadonlyMap<string, string>;
  /** A cloze: the ids of the blanks filled right, which its controls mark once checked. */
  rightBlanks?: ReadonlySet<string>;
}

/** Joins answer parts in an answer text. */
export const listText = (parts: readonly string[]) => parts.join('; ');

/** `items` in the layout's order; items missing from the layout keep their authored order after it. */
export function inLayoutOrder<T extends { id: string }>(items: readonly T[], layout: readonly string[] | undefined): T[] {
  if (!layout) return [...items];
  const byId = new Map(items.map((item) => [item.id, item]));
  const ordered = layout.map((id) => byId.get(id)).filter((item): item is T => item !== undefined);
  return [...ordered, ...items.filter((item) => !layout.includes(item.id))];
}

export const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');
export const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((v) => typeof v === 'string');

/** `n` of `of` as a fraction, 0 when there is nothing to share. */
export const share = (n: number, of: number) => (of === 0 ? 0 : n / of);

// Lookups by a content id (a blank, a pair) go through the one safe lookup; see schema/content-keys.ts.
export { ownValue } from '../schema/content-keys.js';
