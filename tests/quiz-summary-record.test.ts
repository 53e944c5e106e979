import { expect } from '@open-wc/testing';
import type { UseStore } from 'idb-keyval';

import { scoresOverAttempts } from '../src/storage/history-figures.js';
import { type AttemptRecord, QuizProgress, type StoredQuestionResult } from '../src/storage/progress-store.js';
import { exportProgress, importProgress } from '../src/storage/progress-transfer.js';
import { type QuizOverview, readQuizOverview } from '../src/storage/quiz-summary-record.js';
import { closingStore, SafeStore } from '../src/storage/safe-store.js';
import { readRaw, storeRefusingPuts, testDatabaseName, writeRaw } from './helpers/storage-faults.js';

const plan = { seed: 's', questionIds: ['q1', 'q2'], layout: {} };
const selection = { progressKey: 'csdp', mode: 'practice' as const };
const answers = (q1: boolean, q2: boolean): StoredQuestionResult[] => [
  { questionId: 'q1', correct: q1, score: q1 ? 1 : 0, maxScore: 1, tags: ['a'] },
  { questionId: 'q2', correct: q2, score: q2 ? 1 : 0, maxScore: 1, tags: ['b'] },
];

/** A tab (or a reload): its own store on the database. */
const tab = (dbName: string) => new QuizProgress(selection, new SafeStore({ dbName, channelName: null }));

/** The summary record's raw key for the quiz. */
const summaryKey = (progress: QuizProgress) => `quiz-summary/${progress.scope}`;

/** What the start screen shows, in plain values. */
const shown = (o: QuizOverview) => ({
  points: o.points.map((p) => [p.attemptId, p.finishedAt, p.score, p.maxScore, p.percent]),
  lastRight: [...o.lastRight].sort(([a], [b]) => (a < b ? -1 : 1)),
  finishedCount: o.finishedCount,
  resumable: o.resumable?.id,
  hasRecords: o.hasRecords,
  unreadable: o.unreadable.length,
});

/** The same figures computed from every record, as the start screen did before it had a summary. */
async function fromRecords(dbName: string, playing: ReadonlySet<string> = new Set()) {
  const snapshot = await tab(dbName).load(playing);
  const lastRight = new Map<string, boolean>();
  for (const a of snapshot.finished) for (const q of a.result!.questions) lastRight.set(q.questionId, q.correct);
  return shown({
    points: scoresOverAttempts(snapshot.finished),
    finishedCount: snapshot.finished.length,
    lastRight,
    ...(snapshot.resumable ? { resumable: snapshot.resumable } : {}),
    hasRecords: snapshot.finished.length > 0 || !!snapshot.resumable || snapshot.others > 0,
    unreadable: snapshot.unreadable,
  });
}

/** A reload reads the overview, and it is what the records say. */
async function expectOverviewRight(dbName: string, playing?: ReadonlySet<string>) {
  const reader = tab(dbName);
  const overview = shown(await readQuizOverview(reader, playing));
  // A summary rebuilt from the records is stored in the background.
  await reader.store.flush();
  expect(overview).to.deep.equal(await fromRecords(dbName, playing));
  return overview;
}

interface StoredSummary {
  stamp: number;
  attempts: Map<string, { state: string }>;
  lastRight: Map<string, unknown>;
}

/** The quiz's summary record as stored; undefined when there is none (nothing, or only the marker that there is none). */
async function storedSummary(dbName: string): Promise<StoredSummary | undefined> {
  const raw = (await readRaw(dbName, summaryKey(tab(dbName)))) as Partial<StoredSummary> | undefined;
  return raw?.attempts ? (raw as StoredSummary) : undefined;
}

describe('Quiz summary record (what the start screen reads instead of every attempt)', () => {
  it('is written after a first read of the records and kept right, in step with each write: begin, answers, finish, abandon, another tab', async () => {
    const dbName = testDatabaseName('summary-steps');
    const a = tab(dbName);
    const first = a.begin(plan, { now: 1000 });
    a.save(a.finish(first, answers(true, false), 2000));
    await a.store.flush();
    expect(await storedSummary(dbName)).to.equal(undefined);
    expect((await expectOverviewRight(dbName)).points).to.have.length(1);
    expect([...(await storedSummary(dbName))!.attempts.values()].map((e) => e.state)).to.deep.equal(['finished']);

    // From now on every write updates the summary in its own transaction.
    const second = a.begin(plan, { now: 3000 });
    a.save({ ...second, position: 1, updatedAt: 3100 });
    await a.store.flush();
    expect((await storedSummary(dbName))!.attempts.size).to.equal(2);
    expect((await expectOverviewRight(dbName)).resumable).to.equal(second.id);

    const b = tab(dbName);
    const third = b.begin(plan, { now: 4000 });
    b.save(b.finish(third, answers(false, true), 5000));
    a.save({ ...second, state: 'abandoned', updatedAt: 6000 });
    await Promise.all([a.store.flush(), b.store.flush()]);
    const states = [...(await storedSummary(dbName))!.attempts.values()].map((e) => e.state).sort();
    expect(states).to.deep.equal(['abandoned', 'finished', 'finished']);
    const overview = await expectOverviewRight(dbName);
    expect(overview.points.map(([, , score]) => score)).to.deep.equal([1, 1]);
    expect(overview.lastRight).to.deep.equal([
      ['q1', false],
      ['q2', true],
    ]);
    expect(overview.resumable).to.equal(undefined);
  });

  it('gives the attempt to resume read from its record, past the ones played elsewhere on the page, and follows a continued attempt', async () => {
    const dbName = testDatabaseName('summary-resume');
    const a = tab(dbName);
    const older = a.begin(plan, { now: 1000 });
    const newer = a.begin(plan, { now: 2000 });
    a.save({ ...newer, position: 1, responses: { q1: true }, updatedAt: 2500 });
    await a.store.flush();
    await expectOverviewRight(dbName);
    const resumed = await readQuizOverview(tab(dbName));
    expect(resumed.resumable).to.deep.include({ id: newer.id, position: 1, responses: { q1: true } });
    expect((await expectOverviewRight(dbName, new Set([newer.id]))).resumable).to.equal(older.id);
    const copy = a.continueAttempt(resumed.resumable!, 3000);
    await a.retired;
    await a.store.flush();
    expect((await storedSummary(dbName))!.attempts.has(`attempt/${a.scope}${newer.id}`)).to.equal(false);
    expect((await expectOverviewRight(dbName)).resumable).to.equal(copy.id);
  });

  it('is kept right by an import (new attempts, a newer copy of one, a finished copy of one in progress) and dropped by a reset', async () => {
    const dbName = testDatabaseName('summary-import');
    const a = tab(dbName);
    const played = a.begin(plan, { now: 1000 });
    a.save(a.finish(played, answers(false, false), 2000));
    const open = a.begin(plan, { now: 3000 });
    await a.store.flush();
    await expectOverviewRight(dbName);

    // The file: from another device, which finished `open` and played one more.
    const other = new QuizProgress(selection, new SafeStore({ memoryOnly: true }));
    const extra = other.begin(plan, { now: 500 });
    other.save(other.finish(extra, answers(true, true), 600));
    other.save(other.finish(open, answers(true, false), 4000));
    const file = await exportProgress({ store: other.store });
    const result = await importProgress(file, { store: new SafeStore({ dbName, channelName: null }) });
    expect(result).to.deep.include({ ok: true, added: 1, updated: 1 });
    expect((await storedSummary(dbName))!.attempts.size).to.equal(3);
    const overview = await expectOverviewRight(dbName);
    expect(overview.points.map(([id]) => id)).to.deep.equal([extra.id, played.id, open.id]);
    expect(overview.resumable).to.equal(undefined);

    expect(await a.reset()).to.equal(true);
    expect(await storedSummary(dbName)).to.equal(undefined);
    expect(await expectOverviewRight(dbName)).to.deep.include({ points: [], hasRecords: false, finishedCount: 0 });
  });

  it('does not store a summary rebuilt from records that changed before it was stored (an import replacing a finished attempt)', async () => {
    const dbName = testDatabaseName('summary-race');
    const a = tab(dbName);
    const played = a.begin(plan, { now: 1000 });
    a.save(a.finish(played, answers(false, false), 2000));
    await a.store.flush();
    // The reader's writes (its rebuilt summary) wait until the import has landed.
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const real = closingStore(dbName, 'progress');
    const gated: UseStore = async (mode, callback) => {
      if (mode === 'readwrite') await gate;
      return real(mode, callback);
    };
    const reader = new QuizProgress(selection, new SafeStore({ dbName, channelName: null, useStore: gated }));
    expect((await readQuizOverview(reader)).points.map((p) => p.score)).to.deep.equal([0]);
    // Another device's copy of the same attempt, finished later with every answer right: the import keeps it.
    const other = new QuizProgress(selection, new SafeStore({ memoryOnly: true }));
    other.save({ ...other.finish(played, answers(true, true), 3000), updatedAt: 3000 });
    const result = await importProgress(await exportProgress({ store: other.store }), { store: new SafeStore({ dbName, channelName: null }) });
    expect(result).to.deep.include({ ok: true, updated: 1 });
    release();
    await reader.store.flush();
    const overview = await expectOverviewRight(dbName);
    expect(overview.points.map(([, , score]) => score)).to.deep.equal([2]);
  });

  it('rebuilds from the records a summary that is stale (older code wrote an attempt), missing, or hostile', async () => {
    const dbName = testDatabaseName('summary-hostile');
    const a = tab(dbName);
    const first = a.begin(plan, { now: 1000 });
    a.save(a.finish(first, answers(true, true), 2000));
    await a.store.flush();
    await expectOverviewRight(dbName);
    const key = summaryKey(a);

    // An attempt written straight to the database, as a tab running older code would: the count no longer matches.
    const byOlderCode = a.finish({ ...a.begin(plan, { now: 3000 }), id: 'older-code' }, answers(false, true), 3500);
    await a.store.flush();
    await writeRaw(dbName, `attempt/${a.scope}older-code`, byOlderCode);
    await writeRaw(dbName, key, { v: 1, stamp: 1, attempts: new Map(), lastRight: new Map() });
    expect((await expectOverviewRight(dbName)).points).to.have.length(2);

    const real = (await storedSummary(dbName))!;
    const entries = [...real.attempts];
    const lastRight = new Map(real.lastRight);
    const hostile: unknown[] = [
      null,
      'summary',
      { ...real, v: 2 },
      { ...real, stamp: 'x' },
      { ...real, attempts: Object.fromEntries(entries), lastRight: Object.fromEntries(lastRight) },
      { ...real, attempts: new Map(entries.map(([k, e]) => [k, { ...e, result: { finishedAt: 1, score: 5e4, maxScore: 1 } }])) },
      { ...real, attempts: new Map(entries.map(([k, e]) => [k, { ...e, updatedAt: Infinity }])) },
      { ...real, attempts: new Map(entries.map(([k, e]) => [k, { ...e, state: 'won' }])) },
      { ...real, lastRight: new Map([...lastRight, ['__proto__', { correct: 'yes', at: 1 }]]) },
      { ...real, attempts: new Map([...entries.slice(1), ['attempt/x', entries[0]![1]]]) },
    ];
    for (const value of hostile) {
      await writeRaw(dbName, key, value);
      const overview = await expectOverviewRight(dbName);
      expect(overview.points.map(([, , score]) => score)).to.deep.equal([2, 1]);
    }
    // Hostile entries that happen to have the right count are rebuilt too: the summary now stored checks out.
    expect([...(await storedSummary(dbName))!.attempts.keys()].sort()).to.deep.equal(entries.map(([k]) => k).sort());
  });

  it('reads the records, and summarises them again, when the attempt it would resume was finished by a tab running older code', async () => {
    const dbName = testDatabaseName('summary-older-finish');
    const a = tab(dbName);
    const open = a.begin(plan, { now: 1000 });
    await a.store.flush();
    expect((await expectOverviewRight(dbName)).resumable).to.equal(open.id);
    // Straight to the database, as older code writes: the summary still says in progress, and the count is the same.
    await writeRaw(dbName, `attempt/${a.scope}${open.id}`, a.finish(open, answers(true, false), 2000));
    expect(await expectOverviewRight(dbName)).to.deep.include({ finishedCount: 1, resumable: undefined });
    expect([...(await storedSummary(dbName))!.attempts.values()].map((e) => e.state)).to.deep.equal(['finished']);
  });

  it('reads every record as before when one is unreadable: reported, the scope locked, no summary written', async () => {
    const dbName = testDatabaseName('summary-unreadable');
    const a = tab(dbName);
    a.save(a.finish(a.begin(plan, { now: 1000 }), answers(true, false), 2000));
    await a.store.flush();
    await writeRaw(dbName, `attempt/${a.scope}broken`, { v: 2, id: 'broken', quiz: a.key, state: 'finished' });
    const reader = tab(dbName);
    const overview = await readQuizOverview(reader);
    expect(shown(overview)).to.deep.include({ unreadable: 1, finishedCount: 1 });
    expect(reader.isPersisting()).to.equal(false);
    expect(await storedSummary(dbName)).to.equal(undefined);
  });

  it('costs only itself when it cannot be stored (no space left): the store stays available, and saves go on', async () => {
    const dbName = testDatabaseName('summary-quota');
    const a = tab(dbName);
    a.save(a.finish(a.begin(plan, { now: 1000 }), answers(true, false), 2000));
    await a.store.flush();
    // A summary to rebuild: what stands at its key is not one.
    await writeRaw(dbName, summaryKey(a), null);
    // A disk full for a moment: the summary's put is refused, the next write has room.
    let refused = false;
    const refusing = storeRefusingPuts(dbName, (key) => !refused && key.startsWith('quiz-summary/') && (refused = true));
    const reader = new QuizProgress(selection, new SafeStore({ dbName, channelName: null, useStore: refusing }));
    expect(shown(await readQuizOverview(reader))).to.deep.include({ finishedCount: 1, unreadable: 0 });
    await reader.store.flush();
    expect(refused).to.equal(true);
    expect(reader.store.status.state).to.equal('available');
    expect(await readRaw(dbName, summaryKey(a))).to.equal(null);
    // The learner plays on in this tab: the attempt is stored, and a reload sees both.
    reader.save(reader.finish(reader.begin(plan, { now: 3000 }), answers(true, true), 4000));
    await reader.store.flush();
    expect((await expectOverviewRight(dbName)).finishedCount).to.equal(2);
  });

  it('with storage kept in memory (persist="none"), reads the records in memory and stores nothing', async () => {
    const memory = new QuizProgress(selection, new SafeStore({ memoryOnly: true }));
    const attempt: AttemptRecord = memory.begin(plan, { now: 1000 });
    memory.save(memory.finish(attempt, answers(true, true), 2000));
    await memory.store.flush();
    const overview = await readQuizOverview(memory);
    expect(shown(overview)).to.deep.include({ finishedCount: 1, hasRecords: true, resumable: undefined });
    expect(overview.points[0]).to.deep.include({ attemptId: attempt.id, percent: 100 });
  });
});
