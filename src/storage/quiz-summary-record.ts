/**
 * A quiz's summary record: what its start screen shows (the score of each finished attempt, the last
 * answer to each question, which attempts are in progress), so that opening the quiz reads one record
 * instead of reading and checking every attempt.
 *
 * ```ts
 * const overview = await readQuizOverview(progress, playing); // points, last answers, the attempt to resume…
 * ```
 * The summary lives at `quiz-summary/<quiz>/`, outside the `attempt/` kind (never exported nor imported).
 * Every write of an attempt, whoever makes it (this quiz, an import, a reset, another tab with this code),
 * updates it in the same IndexedDB transaction (see `keepInStep` in safe-store.ts). It is trusted only
 * when it counts as many attempts as are stored (a cheap `count()`); otherwise (none yet, older data, a
 * tab with older code, a summary that does not check out) the records are read, as they were before
 * there was a summary, and the summary rebuilt from them is stored in the background, unless an attempt
 * was written meanwhile: each write puts a new `stamp` at the summary's key (a summary, or a marker that
 * there is none), and the rebuilt summary is put only where the stamp read before the records still is.
 * With memory-only or failing storage, or unreadable records, the records are read every time.
 */
import { percentScore } from '../scoring/score.js';
import { type ScorePoint, scoresOverAttempts } from './history-figures.js';
import type { AttemptRecord, QuizProgress } from './progress-store.js';
import { encodeKeyPart, type UnreadableRecord } from './record-store.js';
import { keepInStep } from './safe-store.js';

const ATTEMPT_PREFIX = 'attempt/';
const SUMMARY_PREFIX = 'quiz-summary/';

type AttemptState = AttemptRecord['state'];

/** One attempt, as the summary keeps it. */
interface SummaryEntry {
  id: string;
  state: AttemptState;
  updatedAt: number;
  /** A retry of the questions another attempt missed: counted for mastery, not for scores. */
  retry: boolean;
  /** Finished attempts only. */
  result?: { finishedAt: number; score: number; maxScore: number };
}

export interface QuizSummary {
  v: 1;
  /** New at each write (see above). */
  stamp: number;
  /** By the attempt's full storage key. */
  attempts: Map<string, SummaryEntry>;
  /** By question id: the last answer's correctness over the finished attempts, and when it was given. */
  lastRight: Map<string, { correct: boolean; at: number }>;
}

/** What a quiz's start screen needs of its stored progress. */
export interface QuizOverview {
  /** Finished whole-quiz attempts as points, oldest first. */
  points: ScorePoint[];
  finishedCount: number;
  /** By question id: whether its last answer, over every finished attempt, was right. */
  lastRight: ReadonlyMap<string, boolean>;
  /** The newest attempt in progress not played elsewhere on the page. */
  resumable?: AttemptRecord;
  /** Whether the quiz has any stored attempt, finished or not: what an export would hold. */
  hasRecords: boolean;
  unreadable: UnreadableRecord[];
}

const states: ReadonlySet<unknown> = new Set<AttemptState>(['in-progress', 'finished', 'abandoned']);

const isTime = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n);

/** The summary entry of an attempt record (checked before it was written), or undefined if it does not look like one. */
function entryOf(raw: unknown): SummaryEntry | undefined {
  const a = raw as Partial<Record<keyof AttemptRecord, unknown>> | null;
  if (typeof a !== 'object' || a === null || typeof a.id !== 'string' || !states.has(a.state) || !isTime(a.updatedAt)) return undefined;
  const entry: SummaryEntry = { id: a.id, state: a.state as AttemptState, updatedAt: a.updatedAt, retry: typeof a.retryOf === 'string' };
  if (entry.state !== 'finished') return entry;
  const r = a.result as Partial<Record<string, unknown>> | null | undefined;
  if (!r || !isTime(r.finishedAt) || !isTime(r.score) || !isTime(r.maxScore) || !Array.isArray(r.questions)) return undefined;
  return { ...entry, result: { finishedAt: r.finishedAt, score: r.score, maxScore: r.maxScore } };
}

/** Adds a finished attempt's answers to the last answers; false when it does not look like one. */
function noteAnswers(lastRight: QuizSummary['lastRight'], raw: unknown, at: number): boolean {
  const questions = (raw as { result: { questions: unknown[] } }).result.questions;
  for (const q of questions as Array<{ questionId?: unknown; correct?: unknown } | null>) {
    if (typeof q?.questionId !== 'string' || typeof q.correct !== 'boolean') return false;
    const known = lastRight.get(q.questionId);
    if (!known || known.at <= at) lastRight.set(q.questionId, { correct: q.correct, at });
  }
  return true;
}

/**
 * Applies one write to the summary; false when it cannot be applied step by step (a finished attempt
 * replaced or deleted, a value that is no attempt): the summary is then dropped, and rebuilt on next read.
 */
function applyWrite(summary: QuizSummary, key: string, raw: unknown): boolean {
  const previous = summary.attempts.get(key);
  if (raw === undefined) {
    summary.attempts.delete(key);
    return previous?.state !== 'finished';
  }
  const entry = entryOf(raw);
  if (!entry) return false;
  // A finished attempt saved again as it was changes nothing; changed, its answers may no longer be the last ones.
  if (previous?.state === 'finished') return entry.retry === previous.retry && sameResult(entry.result, previous.result);
  summary.attempts.set(key, entry);
  return entry.result === undefined || noteAnswers(summary.lastRight, raw, entry.result.finishedAt);
}

function sameResult(a: SummaryEntry['result'], b: SummaryEntry['result']): boolean {
  return a !== undefined && b !== undefined && a.finishedAt === b.finishedAt && a.score === b.score && a.maxScore === b.maxScore;
}

/**
 * Whether a stored value is a summary of the attempts under `scope` this code can use (it lives in the learner's
 * storage, like anything there): well formed, each entry under its attempt's own key.
 */
function isSummary(raw: unknown, scope: string): raw is QuizSummary {
  const s = raw as Partial<QuizSummary> | null;
  if (typeof s !== 'object' || s === null || s.v !== 1 || typeof s.stamp !== 'number') return false;
  if (!(s.attempts instanceof Map) || !(s.lastRight instanceof Map)) return false;
  for (const [key, e] of s.attempts as Map<unknown, Partial<SummaryEntry> | null>) {
    if (typeof e !== 'object' || e === null || typeof e.id !== 'string' || key !== scope + encodeKeyPart(e.id) || !states.has(e.state)) return false;
    if (!isTime(e.updatedAt) || typeof e.retry !== 'boolean') return false;
    const r = e.result;
    if (e.state === 'finished' && (!r || !isTime(r.finishedAt) || !isTime(r.score) || !isTime(r.maxScore) || r.score < 0 || r.score > r.maxScore)) return false;
  }
  for (const [id, last] of s.lastRight as Map<unknown, { correct?: unknown; at?: unknown } | null>) {
    if (typeof id !== 'string' || typeof last?.correct !== 'boolean' || !isTime(last.at)) return false;
  }
  return true;
}

/** `attempt/<quiz>/<id>` → `attempt/<quiz>/`. */
const scopeOf = (attemptKey: string) => attemptKey.slice(0, attemptKey.lastIndexOf('/') + 1);

/** `attempt/<quiz>/` → `quiz-summary/<quiz>/`. */
const summaryKeyOf = (scope: string) => SUMMARY_PREFIX + scope.slice(ATTEMPT_PREFIX.length);

keepInStep({
  prefix: ATTEMPT_PREFIX,
  written(store, writes) {
    const byQuiz = new Map<string, Array<readonly [string, unknown]>>();
    for (const write of writes) {
      const scope = scopeOf(write[0]);
      const list = byQuiz.get(scope);
      if (list) list.push(write);
      else byQuiz.set(scope, [write]);
    }
    for (const [scope, mine] of byQuiz) {
      const summaryKey = summaryKeyOf(scope);
      const request = store.get(summaryKey);
      request.onsuccess = () => {
        // Inside the transaction: a throw here would abort the attempt's write with it.
        try {
          const summary: unknown = request.result;
          if (isSummary(summary, scope) && mine.every(([key, value]) => applyWrite(summary, key, value)))
            store.put({ ...summary, stamp: newStamp() }, summaryKey);
          else store.put(noSummary(), summaryKey);
        } catch {
          store.put(noSummary(), summaryKey);
        }
      };
    }
  },
  cleared(store, prefix) {
    const scope = prefix.startsWith(ATTEMPT_PREFIX) ? SUMMARY_PREFIX + prefix.slice(ATTEMPT_PREFIX.length) : SUMMARY_PREFIX;
    store.delete(IDBKeyRange.bound(scope, `${scope}\uffff`));
  },
});

const newStamp = () => Math.random();

/** What stands at a summary's key while there is none to trust: only a stamp. */
const noSummary = () => ({ stamp: newStamp() });

const stampOf = (raw: unknown) => (raw as { stamp?: unknown } | null | undefined)?.stamp;

const lastAnswers = (summary: QuizSummary) => new Map([...summary.lastRight].map(([id, last]) => [id, last.correct]));

function emptySummary(): QuizSummary {
  return { v: 1, stamp: newStamp(), attempts: new Map(), lastRight: new Map() };
}

/** The attempts' overview from their summary; `resumable` is read afterwards. */
function overviewOf(summary: QuizSummary): Omit<QuizOverview, 'resumable'> {
  const points: ScorePoint[] = [];
  let finishedCount = 0;
  for (const e of summary.attempts.values()) {
    if (e.state !== 'finished' || !e.result) continue;
    finishedCount += 1;
    if (!e.retry) points.push({ attemptId: e.id, ...e.result, percent: percentScore(e.result) });
  }
  // In the order scoresOverAttempts gives from the records (sorted by key, then by time).
  points.sort((a, b) => a.finishedAt - b.finishedAt || (a.attemptId < b.attemptId ? -1 : a.attemptId > b.attemptId ? 1 : 0));
  return { points, finishedCount, lastRight: lastAnswers(summary), hasRecords: summary.attempts.size > 0, unreadable: [] };
}

/** The overview read from every record; with `rebuild`, the summary made of them is stored, if no write came between. */
async function overviewFromRecords(progress: QuizProgress, playing: ReadonlySet<string>, rebuild?: { stamp: unknown }): Promise<QuizOverview> {
  const [snapshot, all] = await Promise.all([progress.load(playing), rebuild ? progress.records.readAll(progress.scope) : undefined]);
  const summary = emptySummary();
  for (const attempt of snapshot.finished) {
    if (attempt.result) noteAnswers(summary.lastRight, attempt, attempt.result.finishedAt);
  }
  if (rebuild && all && all.unreadable.length === 0 && progress.isPersisting()) {
    const scope = progress.records.fullKey(progress.scope);
    for (const { key, value } of all.records) {
      const entry = entryOf(value);
      if (entry) summary.attempts.set(progress.records.fullKey(key), entry);
    }
    if (summary.attempts.size === all.records.length) {
      const count = all.records.length;
      progress.store.putCompanionIf(summaryKeyOf(scope), scope, (current, stored) => stampOf(current) === rebuild.stamp && stored === count, summary);
    }
  }
  return {
    points: scoresOverAttempts(snapshot.finished),
    finishedCount: snapshot.finished.length,
    lastRight: lastAnswers(summary),
    ...(snapshot.resumable ? { resumable: snapshot.resumable } : {}),
    hasRecords: snapshot.finished.length > 0 || snapshot.resumable !== undefined || snapshot.others > 0,
    unreadable: snapshot.unreadable,
  };
}

/**
 * What the start screen shows of a quiz's stored progress, and the attempt to resume (the newest in
 * progress, except those in `playing`), reading the quiz's summary record instead of every attempt
 * whenever it can.
 */
export async function readQuizOverview(progress: QuizProgress, playing: ReadonlySet<string> = new Set()): Promise<QuizOverview> {
  const store = progress.store;
  if (store.status.state !== 'available' || !progress.isPersisting()) return overviewFromRecords(progress, playing);
  const scope = progress.records.fullKey(progress.scope);
  const stored = await store.companionOf(summaryKeyOf(scope), scope);
  if (!stored) return overviewFromRecords(progress, playing);
  const summary = stored.value;
  if (!isSummary(summary, scope) || summary.attempts.size !== stored.count || !progress.isPersisting()) {
    return overviewFromRecords(progress, playing, { stamp: stampOf(summary) });
  }
  const overview = overviewOf(summary);
  let newest: [string, SummaryEntry] | undefined;
  for (const pair of summary.attempts) {
    const [, e] = pair;
    if (e.state === 'in-progress' && !playing.has(e.id) && (!newest || e.updatedAt > newest[1].updatedAt)) newest = pair;
  }
  if (!newest) return overview;
  const [read] = await progress.records.readMany([newest[0].slice(ATTEMPT_PREFIX.length)]);
  // Gone or changed since the summary was read (a tab running older code finished or took it): read the records, and summarise them again.
  if (read?.state !== 'found' || read.value.state !== 'in-progress' || read.value.quiz !== progress.key) {
    return overviewFromRecords(progress, playing, { stamp: summary.stamp });
  }
  return { ...overview, resumable: read.value };
}
