import { expect } from '@open-wc/testing';

import { QuizProgress } from '../src/storage/progress-store.js';
import { exportProgress, importProgress, resetProgress } from '../src/storage/progress-transfer.js';
import { SafeStore } from '../src/storage/safe-store.js';
import { readRaw, testDatabaseName, writeRaw } from './helpers/storage-faults.js';

const plan = { seed: 's', questionIds: ['q1', 'q2'], layout: {} };
const selection = { progressKey: 'csdp', mode: 'practice' as const };
const result = [{ questionId: 'q1', correct: true, score: 1, maxScore: 1, tags: ['t'] }];

async function deviceWithTwoAttempts() {
  const store = new SafeStore({ dbName: testDatabaseName('device') });
  const progress = new QuizProgress(selection, store);
  const done = progress.finish(progress.begin(plan, { now: 10 }), result, 20);
  progress.save(done);
  const open = progress.begin(plan, { now: 30 });
  await store.flush();
  return { store, progress, done, open };
}

describe('exportProgress / importProgress', () => {
  it('round-trips: what one device exports, a fresh device imports whole', async () => {
    const a = await deviceWithTwoAttempts();
    const document = await exportProgress({ store: a.store });
    expect(document).to.include({ format: 'defence-learning-progress', version: 1 });
    expect(Number.isNaN(Date.parse(document.exportedAt))).to.equal(false);
    expect(document.records.map((r) => r.kind)).to.deep.equal(['attempt', 'attempt']);

    const fresh = new SafeStore({ dbName: testDatabaseName('fresh') });
    const imported = await importProgress(JSON.stringify(document), { store: fresh });
    expect(imported).to.deep.equal({ ok: true, added: 2, updated: 0, unchanged: 0, kept: 0, saved: true });
    const snapshot = await new QuizProgress(selection, new SafeStore({ dbName: fresh.dbName })).load();
    expect(snapshot.finished).to.deep.equal([a.done]);
    expect(snapshot.resumable).to.deep.equal(a.open);
  });

  it('exports only the records under a prefix when asked', async () => {
    const a = await deviceWithTwoAttempts();
    const other = new QuizProgress({ ...selection, progressKey: 'other' }, a.store);
    other.begin(plan);
    await a.store.flush();
    expect((await exportProgress({ store: a.store })).records).to.have.length(3);
    expect((await exportProgress({ store: a.store, prefix: `attempt/${a.progress.scope}` })).records).to.have.length(2);
  });

  it('merges by attempt: the newer copy of each wins, in either direction', async () => {
    const a = await deviceWithTwoAttempts();
    const exported = await exportProgress({ store: a.store });
    // Device B already has the open attempt, further on; and an attempt of its own.
    const b = new SafeStore({ dbName: testDatabaseName('device-b') });
    const bProgress = new QuizProgress(selection, b);
    bProgress.save({ ...a.open, position: 1, updatedAt: 99 });
    const own = bProgress.begin(plan, { now: 50 });
    // The file also has a stale copy of the finished attempt: the newest of the file's copies counts.
    exported.records.push({ kind: 'attempt', value: { ...a.done, updatedAt: 1 } });
    const merged = await importProgress(exported, { store: b });
    expect(merged).to.deep.equal({ ok: true, added: 1, updated: 0, unchanged: 1, kept: 0, saved: true });
    const snapshot = await bProgress.load();
    expect(snapshot.finished.map((f) => f.id)).to.deep.equal([a.done.id]);
    expect((await bProgress.records.read(`${bProgress.key}/${a.open.id}`)).state === 'found').to.equal(true);
    const open = await bProgress.records.read(`${bProgress.key}/${a.open.id}`);
    expect(open).to.deep.include({ state: 'found' });
    expect((open as { value: { position: number } }).value.position).to.equal(1);
    expect((await bProgress.records.read(`${bProgress.key}/${own.id}`)).state).to.equal('found');

    // And the other way: A takes B's newer copy of the open attempt.
    const back = await importProgress(await exportProgress({ store: b }), { store: a.store });
    expect(back).to.deep.include({ ok: true, added: 1, updated: 1, unchanged: 1 });
    const aOpen = await a.progress.records.read(`${a.progress.key}/${a.open.id}`);
    expect((aOpen as { value: { position: number } }).value.position).to.equal(1);
  });

  it('refuses a bad file with every problem listed, and changes nothing', async () => {
    const a = await deviceWithTwoAttempts();
    const before = await exportProgress({ store: a.store });
    const cases: Array<[unknown, string[]]> = [
      ['{ not json', ['(root): is not JSON: this is not a progress file']],
      [{ hello: 'world' }, ['format: must be "defence-learning-progress": this is not a progress file']],
      [
        { format: 'defence-learning-progress', version: 2, exportedAt: 'x', records: [] },
        ['version: is 2: this file needs a newer version of this library, which reads version 1'],
      ],
      [{ format: 'defence-learning-progress', version: 1, exportedAt: 'x' }, ['records: is required']],
      [
        {
          format: 'defence-learning-progress',
          version: 1,
          exportedAt: 'x',
          records: [
            { kind: 'attempt', value: { ...a.done, id: 'new-one', updatedAt: Date.UTC(2100, 0, 1) } },
            { kind: 'spaceship', value: {} },
            { kind: 'attempt', value: { ...a.done, position: -1 } },
            { kind: 'attempt', value: { v: 7 } },
          ],
        },
        [
          'records[1].kind: is "spaceship", a kind of record this page does not know',
          'records[2].value.position: must be at least 0',
          'records[3].value.v: is 7: written by a newer version of this library, which reads up to 2',
        ],
      ],
    ];
    for (const [input, expected] of cases) {
      const outcome = await importProgress(input, { store: a.store });
      expect(outcome.ok, JSON.stringify(input)).to.equal(false);
      expect((outcome as { issues: Array<{ path: string; message: string }> }).issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal(expected);
    }
    const after = await exportProgress({ store: a.store });
    expect(after.records).to.deep.equal(before.records);
  });

  it('never replaces a local record it cannot read, and says so', async () => {
    const a = await deviceWithTwoAttempts();
    const document = await exportProgress({ store: a.store });
    const dbName = testDatabaseName('corrupt-local');
    await writeRaw(dbName, `attempt/${a.progress.key}/${a.done.id}`, { v: 2, garbage: true });
    const outcome = await importProgress(document, { store: new SafeStore({ dbName }) });
    expect(outcome).to.deep.include({ ok: true, kept: 1, added: 1, saved: true });
    expect(await readRaw(dbName, `attempt/${a.progress.key}/${a.done.id}`)).to.deep.equal({ v: 2, garbage: true });
  });

  it('imports a v1 attempt from an old file, migrated', async () => {
    const store = new SafeStore({ dbName: testDatabaseName('import-v1') });
    const progress = new QuizProgress(selection, store);
    const outcome = await importProgress(
      {
        format: 'defence-learning-progress',
        version: 1,
        exportedAt: '2024-01-01T00:00:00Z',
        records: [
          {
            kind: 'attempt',
            value: { v: 1, id: 'v1', quiz: progress.key, startedAt: '2024-01-01T00:00:00Z', questionIds: ['q1'], answers: {}, current: 0, secondsSpent: 1 },
          },
        ],
      },
      { store },
    );
    expect(outcome).to.deep.include({ ok: true, added: 1 });
    expect((await progress.load()).resumable).to.deep.include({ v: 2, id: 'v1', elapsedMs: 1000 });
  });
});

describe('resetProgress', () => {
  it('removes everything under a prefix, or every record of every kind', async () => {
    const a = await deviceWithTwoAttempts();
    const other = new QuizProgress({ ...selection, progressKey: 'other' }, a.store);
    other.begin(plan);
    await a.store.flush();
    expect(await resetProgress(`attempt/${a.progress.scope}`, { store: a.store })).to.equal(true);
    expect((await exportProgress({ store: a.store })).records).to.have.length(1);
    expect(await resetProgress(undefined, { store: a.store })).to.equal(true);
    expect((await exportProgress({ store: a.store })).records).to.have.length(0);
  });
});
