import type { Question, QuestionOf } from '../schema/bank-schema.js';
import { isRecord, ownValue } from '../schema/content-keys.js';
import { parseNumericInput } from './numeric-input.js';
import { matchesAny } from './text-match.js';

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
}

/** A numeric response as a number, or null when it is not one. */
export function numericValue(response: string | number | null | undefined, unit?: string): number | null {
  if (typeof response === 'number') return Number.isFinite(response) ? response : null;
  return typeof response === 'string' ? parseNumericInput(response, unit) : null;
}

/** Whether one cloze blank is filled right: a choice exactly, a typed answer forgivingly. */
export function blankIsRight(blank: { accept: readonly string[]; options?: readonly string[] }, given: string | undefined): boolean {
  if (typeof given !== 'string') return false;
  return blank.options ? blank.accept.includes(given) : matchesAny(given, blank.accept);
}

const unique = (ids: readonly string[]) => [...new Set(ids)];
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const isStringRecord = (v: unknown): v is Record<string, string> => isRecord(v) && Object.values(v).every((x) => typeof x === 'string');

/** Which values are responses of each type: a stored or imported response of another shape counts as no answer. */
const isResponseOf: { [T in Question['type']]: (r: unknown) => r is ResponseByType[T] } = {
  single: (r): r is string | null => r === null || typeof r === 'string',
  multiple: isStringList,
  'true-false': (r): r is boolean | null => r === null || typeof r === 'boolean',
  numeric: (r): r is string | number | null => r === null || typeof r === 'string' || typeof r === 'number',
  text: (r): r is string => typeof r === 'string',
  order: isStringList,
  match: isStringRecord,
  cloze: isStringRecord,
};

/**
 * The learner's response to `question` in `responses` (keyed by question id), when it has the
 * question type's shape; undefined otherwise. The one safe way to look a response up: an id such as
 * `constructor` finds nothing inherited, and a wrong-shaped stored value counts as no answer.
 */
export function responseFor<T extends Question>(question: T, responses: Readonly<Record<string, unknown>> | null | undefined): ResponseByType[T['type']] | undefined {
  return asResponse(question, ownValue(responses, question.id)) as ResponseByType[T['type']] | undefined;
}

/** `value` as a response to `question`, or undefined when it does not have the question type's shape. */
export function asResponse(question: Question, value: unknown): Response | undefined {
  return value !== undefined && isResponseOf[question.type](value) ? (value as Response) : undefined;
}
const share = (n: number, of: number) => (of === 0 ? 0 : n / of);

/** Fraction of the question earned, for each type. Pure: data in, number out. */
const fractionOf: { [T in Question['type']]: (q: QuestionOf<T>, r: ResponseByType[T] | undefined) => number } = {
  single: (q, r) => (q.options.find((o) => o.id === r)?.correct ? 1 : 0),
  multiple: (q, r) => {
    // A wrong pick costs what a right one earns; picking everything earns nothing; never below 0.
    const picked = unique(r ?? []).map((id) => q.options.find((o) => o.id === id)).filter((o) => o !== undefined);
    const right = picked.filter((o) => o.correct).length;
    const wrong = picked.length - right;
    return Math.max(0, share(right - wrong, q.options.filter((o) => o.correct).length));
  },
  'true-false': (q, r) => (r === q.answer ? 1 : 0),
  numeric: (q, r) => {
    const value = numericValue(r, q.unit);
    if (value === null) return 0;
    // The epsilon keeps a bound such as 0.3 ± 0.1 inclusive despite binary floating point.
    const slack = (q.tolerance ?? 0) + 1e-9 * Math.max(1, Math.abs(q.answer));
    return Math.abs(value - q.answer) <= slack ? 1 : 0;
  },
  text: (q, r) => (typeof r === 'string' && matchesAny(r, q.accept) ? 1 : 0),
  order: (q, r) => share(q.items.filter((item, i) => r?.[i] === item.id).length, q.items.length),
  match: (q, r) => share(q.pairs.filter((p) => ownValue(r, p.id) === p.id).length, q.pairs.length),
  cloze: (q, r) => {
    const blanks = Object.entries(q.blanks);
    return share(blanks.filter(([id, blank]) => blankIsRight(blank, ownValue(r, id))).length, blanks.length);
  },
};

/** Grades any value as a response: one that is not of the question type's shape earns nothing. */
export function grade(question: Question, response: Response | undefined): Grade {
  const fraction = (fractionOf[question.type] as (q: Question, r: Response | undefined) => number)(question, asResponse(question, response));
  const maxScore = question.points;
  return { correct: fraction === 1, fraction, score: Math.round(maxScore * fraction * 100) / 100, maxScore };
}

/** Whether a response is complete enough to check (every blank, every match, some choice). */
export function isAnswered(question: Question, given: Response | undefined): boolean {
  const response = asResponse(question, given);
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
      return question.pairs.every((p) => !!ownValue(response as Record<string, string>, p.id));
    case 'cloze':
      return Object.keys(question.blanks).every((id) => (ownValue(response as Record<string, string>, id) ?? '').trim() !== '');
    default:
      return true;
  }
}
