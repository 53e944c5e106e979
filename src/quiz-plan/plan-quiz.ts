import { moduleOf } from '../question-types/question-types.js';
import { scrambled, seededRandom, shuffled } from '../random/seeded-random.js';
import type { Bank, Question } from '../schema/bank-schema.js';
import { contentRecord } from '../schema/content-keys.js';

/** How a teacher narrows and orders a bank (the quiz element's attributes). */
export interface SelectionOptions {
  /** Take a random N of the pool. */
  count?: number;
  /** Keep only questions carrying at least one of these tags. */
  tags?: readonly string[];
  /** Shuffle question and option order. */
  shuffle?: boolean;
  /** The same seed gives the same selection and order. */
  seed: string;
}

/**
 * One attempt's questions and their layout, decided once so it can be stored and resumed:
 * a plain, serialisable record.
 */
export interface QuizPlan {
  seed: string;
  questionIds: string[];
  /**
   * Display order per question: option ids (choices), item ids (order), pair ids of the right-hand
   * choices (match). Keyed by question id: read it with `ownValue` (an id may be `constructor`).
   */
  layout: Record<string, string[]>;
}

/** The display order of a question's options, items or choices, when its type lays any out (see `layout` in src/question-types/). */
function layoutOf(question: Question, shuffle: boolean, random: () => number): string[] | undefined {
  const layout = moduleOf(question).layout;
  if (!layout) return undefined;
  const ids = layout.ids(question);
  if (layout.shuffle === 'always') return scrambled(ids, random);
  return shuffle ? shuffled(ids, random) : ids;
}

/** The ids a stored layout of this question must hold, when its type lays any out. */
export function layoutIds(question: Question): string[] | undefined {
  return moduleOf(question).layout?.ids(question);
}

export function questionsForTags(bank: Bank, tags?: readonly string[]): Question[] {
  if (!tags || tags.length === 0) return bank.questions;
  return bank.questions.filter((q) => q.tags.some((t) => tags.includes(t)));
}

/**
 * How many questions a `count` asks for: a whole number of at least 1 ("0.5" asks for one, not for an
 * empty quiz), or undefined for all of them (absent, 0, negative or not a number).
 */
export function questionCount(count: number | undefined): number | undefined {
  return count !== undefined && count > 0 ? Math.max(1, Math.floor(count)) : undefined;
}

export function planQuiz(bank: Bank, options: SelectionOptions, onlyIds?: readonly string[]): QuizPlan {
  const random = seededRandom(options.seed);
  let pool = questionsForTags(bank, options.tags);
  if (onlyIds) pool = pool.filter((q) => onlyIds.includes(q.id));
  const count = Math.min(questionCount(options.count) ?? pool.length, pool.length);
  let chosen = pool;
  if (count < pool.length) {
    const picked = new Set(shuffled(pool, random).slice(0, count));
    chosen = pool.filter((q) => picked.has(q));
  }
  if (options.shuffle) chosen = shuffled(chosen, random);
  const layout = contentRecord<string[]>();
  for (const q of chosen) {
    const order = layoutOf(q, !!options.shuffle, random);
    if (order) layout[q.id] = order;
  }
  return { seed: options.seed, questionIds: chosen.map((q) => q.id), layout };
}
