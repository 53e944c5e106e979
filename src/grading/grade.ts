import type { Question, QuestionOf } from '../schema/bank-schema.js';
import { forgivenSpellings } from './forgiven-spellings.js';
import { multipleChoiceFraction } from './multiple-choice-score.js';
import { parseNumericInput } from './numeric-input.js';
import { matchBlank, matchText } from './text-match.js';

/** What a learner gave, per question type. Absent or null means "not answered". */
export interface ResponseByType {
  single: string | null;
  multiple: string[];
  'true-false': boolean | null;
  /** As typed ("2,5", "74 actions") or already a number. */
  numeric: string | number | null;
  text: string;
  /** Item ids in the learner's order. */
  order: string[];
  /** Left pair id → the pair id whose right-hand text was chosen. */
  match: Record<string, string>;
  /** Blank id → what was typed or chosen. */
  cloze: Record<string, string>;
}
export type Response = ResponseByType[keyof ResponseByType];

export interface Grade {
  /** Full marks. */
  correct: boolean;
  /** Points earned, `points × fraction`, rounded to 2 decimals. */
  score: number;
  maxScore: number;
  /** Share of the question earned, 0–1. */
  fraction: number;
  /** A `text` answer right only with a forgiven typo: the accepted spelling, to show ("Correct — spelled Kallas"). */
  spelled?: string;
  /** The same for a cloze: blank id → accepted spelling, for each typed blank right only with a forgiven typo. */
  spelledBlanks?: ReadonlyMap<string, string>;
}

/** A numeric response as a number, or null when it is not one. */
export function numericValue(response: string | number | null | undefined, unit?: string): number | null {
  if (typeof response === 'number') return Number.isFinite(response) ? response : null;
  return typeof response === 'string' ? parseNumericInput(response, unit) : null;
}

/** Whether one cloze blank is filled right: a choice exactly, a typed answer forgivingly. */
export function blankIsRight(blank: { accept: readonly string[]; options?: readonly string[] }, given: string | undefined, lang?: string): boolean {
  return matchBlank(blank, given, lang) !== null;
}

const share = (n: number, of: number) => (of === 0 ? 0 : n / of);

/** Fraction of the question earned, for each type. Pure: data in, number out. `lang` is the bank's, for typed answers. */
const fractionOf: { [T in Question['type']]: (q: QuestionOf<T>, r: ResponseByType[T] | undefined, lang?: string) => number } = {
  single: (q, r) => (q.options.find((o) => o.id === r)?.correct ? 1 : 0),
  multiple: (q, r) => multipleChoiceFraction(q.options, r),
  'true-false': (q, r) => (r === q.answer ? 1 : 0),
  numeric: (q, r) => {
    const value = numericValue(r, q.unit);
    if (value === null) return 0;
    // The epsilon keeps a bound such as 0.3 ± 0.1 inclusive despite binary floating point.
    const slack = (q.tolerance ?? 0) + 1e-9 * Math.max(1, Math.abs(q.answer));
    return Math.abs(value - q.answer) <= slack ? 1 : 0;
  },
  text: (q, r, lang) => (typeof r === 'string' && matchText(r, q.accept, lang) ? 1 : 0),
  order: (q, r) => share(q.items.filter((item, i) => r?.[i] === item.id).length, q.items.length),
  match: (q, r) => share(q.pairs.filter((p) => r?.[p.id] === p.id).length, q.pairs.length),
  cloze: (q, r, lang) => {
    const blanks = Object.entries(q.blanks);
    return share(blanks.filter(([id, blank]) => blankIsRight(blank, r?.[id], lang)).length, blanks.length);
  },
};

/** Grades a response; `lang` is the bank's language (its articles are ignored in typed answers; absent: English). */
export function grade(question: Question, response: Response | undefined, lang?: string): Grade {
  const fraction = (fractionOf[question.type] as (q: Question, r: Response | undefined, lang?: string) => number)(question, response, lang);
  const maxScore = question.points;
  return { correct: fraction === 1, fraction, score: Math.round(maxScore * fraction * 100) / 100, maxScore, ...forgivenSpellings(question, response, lang) };
}

/** Whether a response is complete enough to check (every blank, every match, some choice). */
export function isAnswered(question: Question, response: Response | undefined): boolean {
  if (response === undefined || response === null) return false;
  switch (question.type) {
    case 'multiple':
      return (response as string[]).length > 0;
    case 'numeric':
      return numericValue(response as string | number, question.unit) !== null;
    case 'text':
      return (response as string).trim() !== '';
    case 'order':
      return (response as string[]).length === question.items.length;
    case 'match':
      return question.pairs.every((p) => !!(response as Record<string, string>)[p.id]);
    case 'cloze':
      return Object.keys(question.blanks).every((id) => ((response as Record<string, string>)[id] ?? '').trim() !== '');
    default:
      return true;
  }
}
