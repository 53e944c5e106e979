import { expect } from '@open-wc/testing';
import fc from 'fast-check';

import { loadScheduler } from '../src/scheduling/fsrs-scheduler.js';
import { planReview } from '../src/scheduling/review-queue.js';
import { cardStateSchema } from '../src/storage/card-state-schema.js';
import { cardStateFormat, type CardStateRecord, readCardStates } from '../src/storage/card-states.js';
import { bestPoint, scoresOverAttempts } from '../src/storage/history-figures.js';
import { attemptFormat, type AttemptRecord, QuizProgress } from '../src/storage/progress-store.js';
import { exportProgress, importProgress } from '../src/storage/progress-transfer.js';
import { decodeRecord, loadRecordSchemas, RecordStore } from '../src/storage/record-store.js';
import { SafeStore, useSharedSafeStore } from '../src/storage/safe-store.js';
import { MAX_DURATION_MS, MAX_TIME } from '../src/storage/stored-values.js';
import { assertIssues, contentId, FUZZ_SEED, fuzzSettings, mutated, mutationArb, PROTOTYPE_NAMES } from './fuzz/arbitraries.js';
import { nth } from './helpers/present.js';
import { testDatabaseName } from './helpers/storage-faults.js';

const SELECTION = { progressKey: 'fuzz', mode: 'practice' as const };
const QUIZ = new QuizProgress(SELECTION, new SafeStore({ memoryOnly: true })).key;
const NOW = Date.UTC(2026, 11, 1);

const time = fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) });

/** A valid attempt of the fuzz quiz, in progress or finished. */
const attemptArb: fc.Arbitrary<AttemptRecord> = fc
  .record({
    id: fc.stringMatching(/^[0-9a-f]{24}$/),
    questionIds: fc.uniqueArray(contentId, { minLength: 1, maxLength: 5 }),
    startedAt: time,
    elapsedMs: fc.integer({ min: 0, max: 3_600_000 }),
    finished: fc.boolean(),
    points: fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100 })), { minLength: 5, maxLength: 5 }),
    answers: fc.array(
      fc.oneof(
        fc.constant(null),
        fc.boolean(),
        fc.string({ maxLength: 6 }),
        fc.array(contentId, { maxLength: 3 }),
        fc.dictionary(contentId, fc.string({ maxLength: 4 }), { maxKeys: 3 }),
      ),
      { minLength: 5, maxLength: 5 },
    ),
    retry: fc.boolean(),
  })
  .map(({ id, questionIds, startedAt, elapsedMs, finished, points, answers, retry }) => {
    const questions = questionIds.map((questionId, i) => {
      const [score, extra] = nth(points, i, 'points');
      return { questionId, correct: extra === 1, score, maxScore: score + extra, tags: ['t', 'constructor'] };
    });
    const updatedAt = startedAt + elapsedMs;
    return {
      v: 2 as const,
      id,
      quiz: QUIZ,
      state: finished ? ('finished' as const) : ('in-progress' as const),
      startedAt,
      updatedAt,
      ...(retry ? { retryOf: 'ab12' } : {}),
      plan: { seed: 's', questionIds, layout: Object.fromEntries(questionIds.slice(0, 2).map((q) => [q, ['a', 'b']])) },
      position: finished ? questionIds.length : 0,
      responses: Object.fromEntries(questionIds.map((q, i) => [q, nth(answers, i, 'answer')])),
      checked: questionIds.slice(0, 1),
      elapsedMs,
      ...(finished
        ? {
            result: {
              finishedAt: updatedAt,
              score: questions.reduce((s, q) => s + q.score, 0),
              maxScore: questions.reduce((s, q) => s + q.maxScore, 0),
              durationMs: elapsedMs,
              questions,
            },
          }
        : {}),
    };
  });

const cardArb: fc.Arbitrary<CardStateRecord> = fc
  .record({
    cardId: contentId,
    phase: fc.constantFrom('new', 'learning', 'review', 'relearning'),
    due: time,
    stability: fc.double({ min: 0, max: 36_500, noNaN: true }),
    difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
    scheduledDays: fc.integer({ min: 0, max: 36_500 }),
    reps: fc.integer({ min: 0, max: 1000 }),
    reviewed: fc.option(time, { nil: null }),
  })
  .map(({ cardId, phase, due, stability, difficulty, scheduledDays, reps, reviewed }) => ({
    v: 1 as const,
    cardId,
    phase,
    due,
    stability: phase === 'new' ? 0 : stability,
    difficulty: phase === 'new' ? 0 : difficulty,
    scheduledDays,
    learningSteps: 0,
    reps,
    lapses: 0,
    lastReview: reviewed,
    introducedAt: reviewed,
    reviewRequestedAt: null,
    updatedAt: due,
  }));

/** A v1 attempt, as the first draft wrote them (dates as text). */
const attemptV1Arb = fc
  .record({ id: fc.stringMatching(/^[a-z0-9]{4,8}$/), startedAt: time, seconds: fc.integer({ min: 0, max: 1e6 }), done: fc.boolean() })
  .map(({ id, startedAt, seconds, done }) => ({
    v: 1,
    id,
    quiz: QUIZ,
    startedAt: new Date(startedAt).toISOString(),
    ...(done
      ? {
          finishedAt: new Date(startedAt + seconds * 1000).toISOString(),
          score: 1,
          maxScore: 2,
          results: { q1: { correct: true, score: 1, maxScore: 1 }, constructor: { correct: false, score: 0, maxScore: 1 } },
        }
      : {}),
    questionIds: ['q1', 'constructor'],
    answers: { q1: 'a', constructor: ['x'] },
    current: 0,
    secondsSpent: seconds,
  }));

const documentArb = fc
  .record({
    attempts: fc.array(attemptArb, { maxLength: 4 }),
    cards: fc.array(cardArb, { maxLength: 4 }),
    old: fc.array(attemptV1Arb, { maxLength: 1 }),
  })
  .map(({ attempts, cards, old }) => ({
    format: 'defence-learning-progress',
    version: 1,
    exportedAt: new Date(NOW).toISOString(),
    records: [
      ...attempts.map((value) => ({ kind: 'attempt', value })),
      ...cards.map((value) => ({ kind: 'card', value })),
      ...old.map((value) => ({ kind: 'attempt', value })),
    ],
  }));

const isTime = (t: unknown) => typeof t === 'number' && Number.isInteger(t) && t >= 0 && t <= MAX_TIME && !Number.isNaN(new Date(t).getTime());

/** What the start screen and the deck compute from what was read: all of it must be usable. */
async function assertUsable(attempts: AttemptRecord[], cards: CardStateRecord[], label: string): Promise<void> {
  for (const a of attempts) {
    for (const t of [a.startedAt, a.updatedAt, a.result?.finishedAt ?? 0]) if (!isTime(t)) throw new Error(`${label}: attempt time ${t}`);
    if (!(a.elapsedMs >= 0 && a.elapsedMs <= MAX_DURATION_MS)) throw new Error(`${label}: elapsedMs ${a.elapsedMs}`);
    new Date(a.updatedAt).toISOString();
  }
  for (const point of scoresOverAttempts(attempts)) if (!(point.percent >= 0 && point.percent <= 100)) throw new Error(`${label}: ${point.percent}%`);
  bestPoint(scoresOverAttempts(attempts));
  if (cards.length === 0) return;
  const states = new Map(cards.map((c) => [c.cardId, c]));
  const queue = planReview([...states.keys()], states, { now: NOW, newPerDay: 10 });
  if (queue.nextDue !== null && !isTime(queue.nextDue)) throw new Error(`${label}: next due ${queue.nextDue}`);
  const scheduler = await loadScheduler();
  for (const card of cards) {
    for (const [rating, next] of Object.entries(scheduler.preview(card, NOW))) {
      if (!isTime(next.due) || !Number.isFinite(next.stability))
        throw new Error(`${label}: ${card.cardId} rated ${rating} gives due ${next.due}, stability ${next.stability}`);
      // What the deck saves after a rating, storage must accept.
      if (!cardStateSchema.safeParse({ ...next, v: 1, updatedAt: NOW }).success) throw new Error(`${label}: ${card.cardId} rated ${rating} is not storable`);
    }
  }
}

async function readBack(store: SafeStore) {
  const attempts = await new RecordStore(attemptFormat, store).readAll();
  const cards = await new RecordStore(cardStateFormat, store).readAll();
  return { attempts, cards };
}

describe('fuzz: progress files and stored records', function () {
  this.timeout(240_000);

  it(`an import of a generated progress file, mutated or not, refuses and changes nothing, or leaves records the code can use (seed ${FUZZ_SEED})`, async () => {
    const seen = { tried: 0, accepted: 0, refused: 0, crashed: 0, lost: 0 };
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(documentArb, fc.array(mutationArb, { maxLength: 3 }), fc.boolean(), async (document, mutations, asText) => {
        seen.tried += 1;
        const store = new SafeStore({ memoryOnly: true });
        // A device with progress of its own, which no import may lose.
        const local = new QuizProgress(SELECTION, store);
        const mine = local.finish(
          local.begin({ seed: 'm', questionIds: ['q1'], layout: {} }, { now: NOW }),
          [{ questionId: 'q1', correct: true, score: 1, maxScore: 1, tags: [] }],
          NOW + 1,
        );
        local.save(mine);
        await store.flush();
        const before = await exportProgress({ store });
        const input = mutated(document, mutations);
        try {
          let outcome;
          try {
            outcome = await importProgress(asText ? (JSON.stringify(input) ?? 'undefined') : input, { store });
          } catch (error) {
            throw new Error(`importProgress threw: ${String(error)}`, { cause: error });
          }
          const after = await exportProgress({ store });
          if (!outcome.ok) {
            seen.refused += 1;
            assertIssues(outcome.issues, 'import');
            expect(after.records, 'a refused import changes nothing').to.deep.equal(before.records);
            return;
          }
          seen.accepted += 1;
          const { attempts, cards } = await readBack(store);
          if (attempts.unreadable.length + cards.unreadable.length > 0)
            throw new Error(`accepted records read back unreadable: ${JSON.stringify(attempts.unreadable.concat(cards.unreadable)).slice(0, 500)}`);
          if (!attempts.records.some((r) => r.value.id === mine.id)) {
            seen.lost += 1;
            throw new Error('the local attempt was lost');
          }
          await assertUsable(
            attempts.records.map((r) => r.value),
            cards.records.map((r) => r.value),
            'after import',
          );
        } catch (error) {
          seen.crashed += 1;
          throw error;
        }
      }),
      fuzzSettings(1000),
    );
    console.log(`fuzz imports (seed ${FUZZ_SEED}): ${JSON.stringify(seen)} in ${Math.round(performance.now() - started)} ms`);
    expect(seen.accepted).to.be.above(0);
    expect(seen.refused).to.be.above(0);
  });

  it(`a stored record that got in anyway is counted as unreadable, never thrown on (seed ${FUZZ_SEED})`, async () => {
    const seen = { tried: 0, readable: 0, unreadable: 0 };
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(fc.oneof(attemptArb, cardArb, attemptV1Arb), fc.array(mutationArb, { minLength: 1, maxLength: 3 }), async (record, mutations) => {
        seen.tried += 1;
        const store = new SafeStore({ memoryOnly: true });
        const value = mutated(record, mutations);
        const isCard = (record as { cardId?: unknown }).cardId !== undefined;
        await Promise.all([loadRecordSchemas(cardStateFormat), loadRecordSchemas(attemptFormat)]);
        const expected = isCard ? decodeRecord(cardStateFormat, value).state : decodeRecord(attemptFormat, value).state;
        // Written under the key the real record would have, past every check.
        store.set(isCard ? `card/${encodeURIComponent(String((record as { cardId?: unknown }).cardId))}` : `attempt/${QUIZ}/x`, value);
        await store.flush();
        if (isCard) {
          useSharedSafeStore(store);
          const read = await readCardStates([(record as CardStateRecord).cardId, 'constructor', 'toString']);
          await assertUsable(
            [],
            [...read.states.values()].map((s) => ({ ...s, v: 1 as const, updatedAt: 0 })),
            'card read',
          );
          if (expected === 'unreadable' && read.states.size > 0) throw new Error('an unreadable card state was used');
        } else {
          const snapshot = await new QuizProgress(SELECTION, store).load();
          await assertUsable([...snapshot.finished, ...(snapshot.resumable ? [snapshot.resumable] : [])], [], 'attempt read');
          if ((expected === 'unreadable') !== (snapshot.unreadable.length === 1))
            throw new Error(`unreadable: expected ${expected}, got ${snapshot.unreadable.length}`);
        }
        seen[expected === 'found' ? 'readable' : 'unreadable'] += 1;
      }),
      fuzzSettings(800),
    );
    console.log(`fuzz stored records (seed ${FUZZ_SEED}): ${JSON.stringify(seen)} in ${Math.round(performance.now() - started)} ms`);
  });

  it(`through IndexedDB: an accepted import reads back whole after a reload (seed ${FUZZ_SEED})`, async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(documentArb, fc.array(mutationArb, { maxLength: 1 }), async (document, mutations) => {
        const dbName = testDatabaseName('fuzz-import');
        const store = new SafeStore({ dbName, channelName: null });
        const outcome = await importProgress(mutated(document, mutations), { store });
        if (!outcome.ok) return;
        accepted += 1;
        const reloaded = new SafeStore({ dbName, channelName: null });
        const { attempts, cards } = await readBack(reloaded);
        if (attempts.unreadable.length + cards.unreadable.length > 0) throw new Error('accepted records unreadable after a reload');
        if (attempts.records.length + cards.records.length !== outcome.added)
          throw new Error(`${outcome.added} added, ${attempts.records.length + cards.records.length} read back`);
        for (const { value } of attempts.records)
          for (const name of PROTOTYPE_NAMES)
            if (name !== '__proto__' && value.responses[name] !== undefined && !Object.hasOwn(value.responses, name)) throw new Error(`inherited ${name}`);
        await assertUsable(
          attempts.records.map((r) => r.value),
          cards.records.map((r) => r.value),
          'after reload',
        );
      }),
      fuzzSettings(120),
    );
    expect(accepted).to.be.above(0);
  });
});
