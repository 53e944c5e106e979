import { expect } from '@open-wc/testing';

import { bestPoint, masteryFromLastAnswers, scoresOverAttempts } from '../src/storage/history-figures.js';
import { attemptFormat, type AttemptRecord, type AttemptRecordV1, migrateAttemptV1, quizKeyOf, QuizProgress } from '../src/storage/progress-store.js';
import { decodeRecord, loadRecordSchemas } from '../src/storage/record-store.js';
import { SafeStore } from '../src/storage/safe-store.js';
import { nth } from './helpers/present.js';
import { readRaw, storeRefusingWrites, testDatabaseName, writeRaw } from './helpers/storage-faults.js';

const plan = { seed: 's', questionIds: ['q1', 'q2', 'q3'], layout: { q1: ['b', 'a'] } };
const selection = { progressKey: 'csdp', mode: 'practice' as const };

function finished(id: string, finishedAt: number, results: Array<[string, boolean]>, extra: Partial<AttemptRecord> = {}): AttemptRecord {
  const questions = results.map(([questionId, correct]) => ({ questionId, correct, score: correct ? 1 : 0, maxScore: 1, tags: [] }));
  return {
    v: 2,
    id,
    quiz: 'k',
    state: 'finished',
    startedAt: finishedAt - 1000,
    updatedAt: finishedAt,
    plan: { seed: '', questionIds: results.map(([q]) => q), layout: {} },
    position: 0,
    responses: {},
    checked: [],
    elapsedMs: 1000,
    result: { finishedAt, score: questions.filter((q) => q.correct).length, maxScore: questions.length, durationMs: 1000, questions },
    ...extra,
  };
}

describe('quiz progress keys', () => {
  it('differ for each selection parameter and ignore tag order and duplicates', () => {
    const keys = [
      quizKeyOf(selection),
      quizKeyOf({ ...selection, mode: 'exam' }),
      quizKeyOf({ ...selection, count: 5 }),
      quizKeyOf({ ...selection, tags: ['a'] }),
      quizKeyOf({ ...selection, shuffle: true }),
      quizKeyOf({ ...selection, seed: 'x' }),
      quizKeyOf({ ...selection, progressKey: 'other' }),
    ];
    expect(new Set(keys).size).to.equal(keys.length);
    expect(quizKeyOf({ ...selection, tags: ['b', 'a', 'b'] })).to.equal(quizKeyOf({ ...selection, tags: ['a', 'b'] }));
  });

  it("never let a progress key run into another one's prefix", () => {
    const a = quizKeyOf({ ...selection, progressKey: 'a' });
    const ab = quizKeyOf({ ...selection, progressKey: 'a/b' });
    expect(ab.startsWith(`${a}/`)).to.equal(false);
    expect(ab.split('/')).to.have.length(2);
  });
});

describe('QuizProgress', () => {
  it('resumes the attempt in progress after a remount against the same database', async () => {
    const dbName = testDatabaseName('resume');
    const progress = new QuizProgress(selection, new SafeStore({ dbName }));
    expect(await progress.load()).to.deep.equal({ finished: [], unreadable: [], others: 0 });
    const attempt = progress.begin(plan, { now: 1000 });
    progress.save({
      ...attempt,
      position: 2,
      responses: { q1: 'a', q2: ['x', 'y'], q3: { left: 'right' } },
      checked: ['q1'],
      elapsedMs: 4200,
      updatedAt: 2000,
    });
    await progress.store.flush();

    const remounted = new QuizProgress(selection, new SafeStore({ dbName }));
    const { resumable, finished } = await remounted.load();
    expect(finished).to.deep.equal([]);
    expect(resumable).to.deep.include({ id: attempt.id, position: 2, checked: ['q1'], elapsedMs: 4200, startedAt: 1000, state: 'in-progress' });
    expect(resumable!.responses).to.deep.equal({ q1: 'a', q2: ['x', 'y'], q3: { left: 'right' } });
    expect(resumable!.plan).to.deep.equal(plan);
    // Another selection of the same bank does not see it.
    expect((await new QuizProgress({ ...selection, mode: 'exam' }, new SafeStore({ dbName })).load()).resumable).to.equal(undefined);
  });

  it('moves a finished attempt into the history and resumes the newest unfinished one', async () => {
    const dbName = testDatabaseName('finish');
    const progress = new QuizProgress(selection, new SafeStore({ dbName }));
    const first = progress.begin(plan, { now: 1000 });
    progress.save(
      progress.finish(
        first,
        [
          { questionId: 'q1', correct: true, score: 1, maxScore: 1, tags: ['a'] },
          { questionId: 'q2', correct: false, score: 0.5, maxScore: 1, tags: ['b'] },
        ],
        5000,
      ),
    );
    const older = progress.begin(plan, { now: 6000 });
    const newer = progress.begin(plan, { now: 7000 });
    await progress.store.flush();
    const snapshot = await new QuizProgress(selection, new SafeStore({ dbName })).load();
    expect(snapshot.finished.map((a) => a.id)).to.deep.equal([first.id]);
    expect(nth(snapshot.finished, 0).result).to.deep.include({ score: 1.5, maxScore: 2, finishedAt: 5000 });
    expect(snapshot.resumable!.id).to.equal(newer.id);
    expect(older.id).not.to.equal(newer.id);
  });

  it('loses nothing when two documents write different attempts of the same quiz at once', async () => {
    const dbName = testDatabaseName('two-writers');
    const tabA = new QuizProgress(selection, new SafeStore({ dbName }));
    const tabB = new QuizProgress(selection, new SafeStore({ dbName }));
    const changesSeenByA: string[] = [];
    tabA.onChange((c) => c.remote && changesSeenByA.push(c.prefix));
    const a = tabA.begin(plan, { now: 1 });
    const b = tabB.begin(plan, { now: 2 });
    for (let i = 1; i <= 20; i++) {
      tabA.save({ ...a, position: i % 3, elapsedMs: i, updatedAt: 1 + i });
      tabB.save({ ...b, position: i % 3, elapsedMs: 100 + i, updatedAt: 2 + i });
    }
    tabA.save(tabA.finish({ ...a, elapsedMs: 20 }, [{ questionId: 'q1', correct: true, score: 1, maxScore: 1, tags: [] }], 50));
    tabB.save(tabB.finish({ ...b, elapsedMs: 120 }, [{ questionId: 'q1', correct: false, score: 0, maxScore: 1, tags: [] }], 60));
    await Promise.all([tabA.store.flush(), tabB.store.flush()]);
    const { finished } = await new QuizProgress(selection, new SafeStore({ dbName })).load();
    expect(finished.map((f) => [f.id, f.elapsedMs, f.result!.score])).to.deep.equal([
      [a.id, 20, 1],
      [b.id, 120, 0],
    ]);
    for (let i = 0; i < 50 && !changesSeenByA.some((p) => p.endsWith(b.id)); i++) await new Promise((r) => setTimeout(r, 10));
    expect(changesSeenByA.some((p) => p.endsWith(b.id))).to.equal(true);
    tabA.store.close();
    tabB.store.close();
  });

  it('lets two documents resume the same attempt without overwriting each other', async () => {
    const dbName = testDatabaseName('two-resumers');
    const original = new QuizProgress(selection, new SafeStore({ dbName }));
    const started = original.begin(plan, { now: 1 });
    original.save({ ...started, position: 1, responses: { q1: 'a' }, updatedAt: 2 });
    await original.store.flush();

    const tabA = new QuizProgress(selection, new SafeStore({ dbName }));
    const tabB = new QuizProgress(selection, new SafeStore({ dbName }));
    const [seenA, seenB] = [(await tabA.load()).resumable!, (await tabB.load()).resumable!];
    const a = tabA.continueAttempt(seenA, 10);
    const b = tabB.continueAttempt(seenB, 11);
    expect(new Set([started.id, a.id, b.id]).size).to.equal(3);
    expect(a).to.deep.include({ position: 1, responses: { q1: 'a' }, startedAt: 1 });
    tabA.save({ ...a, responses: { ...a.responses, q2: ['x'] }, position: 2, updatedAt: 20 });
    tabB.save({ ...b, responses: { ...b.responses, q2: ['y'] }, position: 2, updatedAt: 21 });
    await Promise.all([tabA.retired, tabB.retired, tabA.store.flush(), tabB.store.flush()]);

    const all = await new SafeStore({ dbName }).entries(`attempt/${tabA.scope}`);
    const byId = new Map(all.map(([, v]) => [(v as AttemptRecord).id, v as AttemptRecord]));
    expect([...byId.keys()].sort()).to.deep.equal([a.id, b.id].sort());
    expect(byId.get(a.id)!.responses.q2).to.deep.equal(['x']);
    expect(byId.get(b.id)!.responses.q2).to.deep.equal(['y']);
    expect((await new QuizProgress(selection, new SafeStore({ dbName })).load()).resumable!.id).to.equal(b.id);
  });

  it('keeps the original of a continued attempt when the copy could not be stored', async () => {
    const dbName = testDatabaseName('continue-quota');
    const first = new QuizProgress(selection, new SafeStore({ dbName }));
    const started = first.begin(plan, { now: 1 });
    await first.store.flush();
    const faulty = storeRefusingWrites(dbName);
    faulty.refuseWrites();
    const tab = new QuizProgress(selection, new SafeStore({ dbName, useStore: faulty.useStore }));
    const copy = tab.continueAttempt((await tab.load()).resumable!);
    await tab.retired;
    expect(await readRaw(dbName, `attempt/${tab.key}/${started.id}`)).to.deep.include({ id: started.id });
    expect(await readRaw(dbName, `attempt/${tab.key}/${copy.id}`)).to.equal(undefined);
    expect((await tab.load()).resumable!.id).to.equal(copy.id);
  });

  it('reads a v1 attempt migrated, and reports a corrupt or newer one without touching it', async () => {
    const dbName = testDatabaseName('versions');
    const key = quizKeyOf(selection);
    const v1: AttemptRecordV1 = {
      v: 1,
      id: 'old',
      quiz: key,
      startedAt: '2024-03-01T10:00:00.000Z',
      finishedAt: '2024-03-01T10:05:00.000Z',
      questionIds: ['q1', 'q2'],
      answers: { q1: 'a', q2: true },
      current: 1,
      secondsSpent: 300,
      score: 1,
      maxScore: 2,
      results: { q1: { correct: true, score: 1, maxScore: 1 }, q2: { correct: false, score: 0, maxScore: 1 } },
    };
    await writeRaw(dbName, `attempt/${key}/old`, v1);
    const progress = new QuizProgress(selection, new SafeStore({ dbName }));
    let snapshot = await progress.load();
    expect(snapshot.unreadable).to.deep.equal([]);
    expect(snapshot.finished).to.have.length(1);
    expect(snapshot.finished[0]).to.deep.include({ v: 2, id: 'old', state: 'finished', elapsedMs: 300000 });
    expect(nth(snapshot.finished, 0).result).to.deep.include({ score: 1, maxScore: 2, finishedAt: Date.parse('2024-03-01T10:05:00.000Z') });
    expect(progress.isPersisting()).to.equal(true);

    await writeRaw(dbName, `attempt/${key}/broken`, { v: 2, id: 'broken', quiz: key, state: 'finished' });
    await writeRaw(dbName, `attempt/${key}/future`, { v: 3, id: 'future', somethingNew: [1, 2] });
    const again = new QuizProgress(selection, new SafeStore({ dbName }));
    snapshot = await again.load();
    expect(snapshot.finished.map((a) => a.id)).to.deep.equal(['old']);
    expect(snapshot.unreadable.map((u) => [u.key.split('/').pop(), u.reason])).to.deep.equal([
      ['broken', 'corrupt'],
      ['future', 'newer-version'],
    ]);
    expect(again.isPersisting()).to.equal(false);
    const attempt = again.begin(plan);
    await again.store.flush();
    expect(await readRaw(dbName, `attempt/${key}/${attempt.id}`)).to.equal(undefined);
    expect(await readRaw(dbName, `attempt/${key}/future`)).to.deep.equal({ v: 3, id: 'future', somethingNew: [1, 2] });
    expect(await readRaw(dbName, `attempt/${key}/old`)).to.deep.equal(v1);
  });

  it('keeps working in memory when the database refuses writes for lack of space', async () => {
    const dbName = testDatabaseName('quota-progress');
    const faulty = storeRefusingWrites(dbName);
    const progress = new QuizProgress(selection, new SafeStore({ dbName, useStore: faulty.useStore }));
    const saved = progress.begin(plan, { now: 1 });
    await progress.store.flush();
    faulty.refuseWrites();
    progress.save({ ...saved, position: 1, updatedAt: 2 });
    await progress.store.flush();
    expect(progress.isPersisting()).to.equal(false);
    expect(progress.store.status).to.include({ reason: 'quota' });
    expect((await progress.load()).resumable!.position).to.equal(1);
    expect(await readRaw(dbName, `attempt/${progress.key}/${saved.id}`)).to.deep.include({ position: 0 });
  });

  it('resets one quiz and leaves the others', async () => {
    const dbName = testDatabaseName('reset');
    const store = new SafeStore({ dbName });
    const mine = new QuizProgress(selection, store);
    const other = new QuizProgress({ ...selection, count: 2 }, store);
    mine.begin(plan);
    const kept = other.begin(plan);
    expect(await mine.reset()).to.equal(true);
    expect(await mine.load()).to.deep.equal({ finished: [], unreadable: [], others: 0 });
    expect((await other.load()).resumable!.id).to.equal(kept.id);
  });
});

describe('attempt v1 → v2 migration', () => {
  it('keeps an unfinished attempt unfinished, at its question, with its answers', () => {
    const migrated = migrateAttemptV1({
      v: 1,
      id: 'x',
      quiz: 'k',
      startedAt: '2024-01-01T00:00:00.000Z',
      questionIds: ['q1', 'q2'],
      layout: { q1: ['b', 'a'] },
      answers: { q1: 'b' },
      current: 1,
      secondsSpent: 12.5,
    });
    expect(migrated).to.deep.equal({
      v: 2,
      id: 'x',
      quiz: 'k',
      state: 'in-progress',
      startedAt: Date.parse('2024-01-01T00:00:00.000Z'),
      updatedAt: Date.parse('2024-01-01T00:00:00.000Z') + 12500,
      plan: { seed: '', questionIds: ['q1', 'q2'], layout: { q1: ['b', 'a'] } },
      position: 1,
      responses: { q1: 'b' },
      checked: [],
      elapsedMs: 12500,
    });
    expect(decodeRecord(attemptFormat, migrated).state).to.equal('found');
  });

  it('calls a v1 attempt with an impossible date corrupt rather than guessing', async () => {
    await loadRecordSchemas(attemptFormat);
    const decoded = decodeRecord(attemptFormat, {
      v: 1,
      id: 'x',
      quiz: 'k',
      startedAt: 'yesterday',
      questionIds: [],
      answers: {},
      current: 0,
      secondsSpent: 0,
    });
    expect(decoded).to.deep.include({ state: 'unreadable', reason: 'corrupt' });
  });
});

describe('history figures', () => {
  const attempts = [
    finished('b', 2000, [
      ['q1', false],
      ['q2', true],
      ['q3', true],
    ]),
    finished('a', 1000, [
      ['q1', true],
      ['q2', false],
      ['q3', false],
    ]),
    finished('retry', 2500, [['q1', true]], { retryOf: 'b' }),
    finished('c', 3000, [
      ['q1', true],
      ['q2', false],
      ['q3', true],
    ]),
  ];

  it('plots whole attempts oldest first, leaving retries of missed questions out', () => {
    expect(scoresOverAttempts(attempts).map((p) => [p.attemptId, p.percent])).to.deep.equal([
      ['a', 33],
      ['b', 67],
      ['c', 67],
    ]);
  });

  it('gives the last score and the best one (the first of equal bests)', () => {
    expect(scoresOverAttempts(attempts).at(-1)).to.deep.include({ attemptId: 'c', score: 2, maxScore: 3 });
    expect(bestPoint(scoresOverAttempts(attempts))).to.deep.include({ attemptId: 'b', percent: 67 });
    expect(bestPoint([])).to.equal(undefined);
  });

  it('measures mastery per tag by the last answer to each of its questions, retries included', () => {
    // The last answer to each question over the finished attempts, as the quiz summary record keeps it.
    const masteryByTag = (list: AttemptRecord[], questions: Array<{ id: string; tags: string[] }>) => {
      const lastRight = new Map<string, boolean>();
      for (const a of [...list].sort((x, y) => (x.result?.finishedAt ?? 0) - (y.result?.finishedAt ?? 0))) {
        for (const q of a.result?.questions ?? []) lastRight.set(q.questionId, q.correct);
      }
      return masteryFromLastAnswers(lastRight, questions);
    };
    const questions = [
      { id: 'q1', tags: ['pesco', 'csdp'] },
      { id: 'q2', tags: ['pesco'] },
      { id: 'q3', tags: ['csdp'] },
      { id: 'q4', tags: ['csdp'] },
    ];
    // q1: last right (c); q2: last wrong (c); q3: last right (c); q4: never answered.
    expect(masteryByTag(attempts, questions)).to.deep.equal([
      { tag: 'pesco', right: 1, total: 2, share: 0.5 },
      { tag: 'csdp', right: 2, total: 3, share: 2 / 3 },
    ]);
    const wrongLast = [...attempts, finished('d', 4000, [['q1', false]], { retryOf: 'c' })];
    expect(masteryByTag(wrongLast, questions)[0]).to.deep.equal({ tag: 'pesco', right: 0, total: 2, share: 0 });
  });
});
