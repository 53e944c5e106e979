/**
 * The attempt record's schema (attempt-schemas.ts) written out, with no zod: a quiz reads and saves
 * its attempts before its first question, and zod would more than double the script that takes. It
 * gives back what the schema gives back (a fresh record holding only the schema's keys, content
 * records with no prototype) for exactly the records the schema accepts; tests/storage-reads.test.ts
 * checks the two agree. It declines a few shapes the schema would take but nothing here makes (a
 * prototype other than `Object`'s, symbol keys): the schema, loaded then, decides those.
 */
import { contentRecord } from '../schema/content-keys.js';
import type { AttemptRecord, StoredQuestionResult, StoredResponse } from './progress-store.js';
import {
  isScoreWithinMax,
  isStoredCount,
  isStoredString,
  isStoredTime,
  isWithin,
  MAX_DURATION_MS,
  MAX_ENTRIES,
  MAX_ID_LENGTH,
  MAX_SCORE,
  MAX_TEXT_LENGTH,
} from './stored-values.js';

/** Thrown (and caught below) at the first value the schema would refuse: one error, made once. */
const REFUSED = new Error('refused by the attempt schema');
/** Thrown (and caught below) at a shape left to the schema. */
const DECLINED = new Error('left to the attempt schema');

type Loose = Record<string, unknown>;

function refuse(): never {
  throw REFUSED;
}

/** An object, as zod's `z.object` takes one. */
function object(value: unknown): Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : refuse();
}

function when(ok: boolean): void {
  if (!ok) refuse();
}

const id = (value: unknown, min = 0) => (isStoredString(value, MAX_ID_LENGTH, min) ? value : refuse());
const text = (value: unknown, min = 0) => (isStoredString(value, MAX_TEXT_LENGTH, min) ? value : refuse());
const score = (value: unknown) => (isWithin(value, MAX_SCORE) ? value : refuse());
const time = (value: unknown) => (isStoredTime(value) ? value : refuse());

function list<T>(value: unknown, item: (v: unknown) => T, max = MAX_ENTRIES): T[] {
  if (!Array.isArray(value) || value.length > max) refuse();
  return Array.from(value, item);
}

/** `z.record(storedId(), item)`: its entries, but for `__proto__`, which zod skips; other shapes are left to zod. */
function entries<T>(value: unknown, item: (v: unknown) => T, max: number): Array<[string, T]> {
  const record = object(value);
  const proto = Object.getPrototypeOf(record) as unknown;
  if ((proto !== Object.prototype && proto !== null) || Object.getOwnPropertySymbols(record).length > 0) throw DECLINED;
  const result: Array<[string, T]> = [];
  for (const key of Object.keys(record)) if (key !== '__proto__') result.push([id(key), item(record[key])]);
  when(result.length <= max);
  return result;
}

function response(value: unknown): StoredResponse {
  if (value === null || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value))) return value;
  if (typeof value === 'string') return text(value);
  if (Array.isArray(value)) return list(value, (v) => id(v), 10_000);
  // A plain object, as the schema gives back a record in a union.
  return Object.fromEntries(entries(value, (v) => text(v), 10_000));
}

function questionResult(value: unknown): StoredQuestionResult {
  const q = object(value);
  const result = {
    questionId: id(q.questionId),
    correct: typeof q.correct === 'boolean' ? q.correct : refuse(),
    score: score(q.score),
    maxScore: score(q.maxScore),
    tags: list(q.tags, (v) => text(v)),
  };
  when(isScoreWithinMax(result.score, result.maxScore));
  return result;
}

function attemptResult(value: unknown): NonNullable<AttemptRecord['result']> {
  const r = object(value);
  const result = {
    finishedAt: time(r.finishedAt),
    score: score(r.score),
    maxScore: score(r.maxScore),
    durationMs: isWithin(r.durationMs, MAX_DURATION_MS) ? r.durationMs : refuse(),
    questions: list(r.questions, questionResult),
  };
  when(isScoreWithinMax(result.score, result.maxScore));
  return result;
}

function attempt(value: unknown): AttemptRecord {
  const a = object(value);
  const plan = object(a.plan);
  const record: AttemptRecord = {
    v: a.v === 2 ? 2 : refuse(),
    id: id(a.id, 1),
    quiz: text(a.quiz, 1),
    state: a.state === 'in-progress' || a.state === 'finished' || a.state === 'abandoned' ? a.state : refuse(),
    startedAt: time(a.startedAt),
    updatedAt: time(a.updatedAt),
    plan: {
      seed: text(plan.seed),
      questionIds: list(plan.questionIds, (v) => id(v)),
      layout: contentRecord(entries(plan.layout, (v) => list(v, (i) => id(i), 10_000), MAX_ENTRIES)),
    },
    position: isStoredCount(a.position, MAX_ENTRIES) ? a.position : refuse(),
    responses: contentRecord(entries(a.responses, response, MAX_ENTRIES)),
    checked: list(a.checked, (v) => id(v)),
    elapsedMs: isWithin(a.elapsedMs, MAX_DURATION_MS) ? a.elapsedMs : refuse(),
  };
  // Optional keys as zod has them: absent stays absent, present and undefined stays undefined.
  if ('retryOf' in a) record.retryOf = a.retryOf === undefined ? undefined : id(a.retryOf);
  if ('result' in a) record.result = a.result === undefined ? undefined : attemptResult(a.result);
  when(record.position <= record.plan.questionIds.length);
  when(record.state !== 'finished' || record.result !== undefined);
  return record;
}

/** The attempt as its schema gives it back, or undefined when the schema refuses it or is left to decide. */
export function readAttemptRecord(raw: object): AttemptRecord | undefined {
  try {
    return attempt(raw);
  } catch (error) {
    if (error === REFUSED || error === DECLINED) return undefined;
    throw error;
  }
}
