import '../src/quiz/index.js';

import { expect } from '@open-wc/testing';

import type { DefenceQuiz } from '../src/quiz/defence-quiz.js';
import { announcedWrites } from '../src/storage/progress-presence.js';
import { type AttemptRecord, quizKeyOf, QuizProgress } from '../src/storage/progress-store.js';
import { SafeStore, useSharedSafeStore } from '../src/storage/safe-store.js';
import { bankOf, rawQuestions } from './fixtures/sample-questions.js';
import { nth } from './helpers/present.js';
import { QuizHarness } from './helpers/quiz-harness.js';
import { testDatabaseName } from './helpers/storage-faults.js';

const bank = () => bankOf([rawQuestions.single, rawQuestions.tf]);
const selection = { progressKey: 'unit', mode: 'practice' as const, seed: 'fixed' };
const mounted: HTMLElement[] = [];

afterEach(async () => {
  for (const el of mounted.splice(0)) el.remove();
  // Writes still waiting for the storage code go to this test's store, not the next one's.
  await announcedWrites();
});

/** A fresh page on `dbName` (as after a reload): a new store instance, the quizzes of the page before gone. */
function reloadPage(dbName: string): SafeStore {
  for (const el of mounted.splice(0)) el.remove();
  const store = new SafeStore({ dbName });
  useSharedSafeStore(store);
  return store;
}

/** Puts quizzes on the page at once, as a page's markup does, and waits until each has loaded. */
async function mountTogether(n: number): Promise<QuizHarness[]> {
  const els = Array.from({ length: n }, () => Object.assign(document.createElement('defence-quiz'), { data: bank(), seed: 'fixed' }) as DefenceQuiz);
  document.body.append(...els);
  mounted.push(...els);
  const harnesses = els.map((el) => new QuizHarness(el));
  await Promise.all(harnesses.map((h) => h.loaded()));
  return harnesses;
}

const storedAttempts = async (dbName: string) =>
  (await new SafeStore({ dbName, channelName: null }).entries(`attempt/${quizKeyOf(selection)}/`)).map(([, v]) => v as AttemptRecord);

describe('<defence-quiz> attempts are never lost nor played twice', () => {
  it('is accessible with two quizzes of one bank, one resumed', async () => {
    const dbName = testDatabaseName('own-a11y');
    reloadPage(dbName);
    const h = nth(await mountTogether(1), 0);
    await h.start();
    await h.choose('Warsaw');
    await h.el.exportProgress(); // waits for the pending writes
    reloadPage(dbName);
    const both = await mountTogether(2);
    for (const quiz of both) await expect(quiz.el).to.be.accessible();
  });

  it('two quizzes of one bank on a reloaded page: one resumes the attempt, the other offers to start', async () => {
    const dbName = testDatabaseName('own-two');
    reloadPage(dbName);
    const h = nth(await mountTogether(1), 0);
    await h.start();
    await h.choose('Warsaw');
    await h.el.exportProgress(); // waits for the pending writes
    reloadPage(dbName);
    const two = await mountTogether(2);
    const [a, b] = [nth(two, 0), nth(two, 1)];
    const resumed = [a, b].filter((q) => !q.hasButton('Start'));
    expect(resumed, 'quizzes that resumed the attempt').to.have.length(1);
    expect(nth(resumed, 0).option('Warsaw').checked).to.equal(true);
  });

  it('a finished attempt is kept when the page deletes the database mid-attempt', async () => {
    const dbName = testDatabaseName('own-deleted');
    reloadPage(dbName);
    const h = nth(await mountTogether(1), 0);
    await h.start();
    await h.choose('Warsaw');
    await h.check();
    await h.el.exportProgress();
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase(dbName);
      const timer = setTimeout(() => reject(new Error('the page kept the database from being deleted')), 2000);
      request.onsuccess = () => resolve(clearTimeout(timer));
    });
    await h.click('Next question');
    await h.choose('False');
    await h.check();
    await h.click('See results');
    await h.el.exportProgress();
    const stored = await storedAttempts(dbName);
    expect(stored.map((a) => [a.state, a.result?.score])).to.deep.equal([['finished', 2]]);
    expect(h.root.querySelector('[part="storage-notice"]')).to.equal(null);
  });

  it('a second tab resuming an attempt the first tab finished meanwhile does not delete the finished one', async () => {
    const dbName = testDatabaseName('own-tabs');
    const firstTab = new QuizProgress(selection, new SafeStore({ dbName, channelName: null }));
    const plan = { seed: 'fixed', questionIds: ['single', 'tf'], layout: {} };
    const attempt = firstTab.begin(plan);
    await firstTab.store.flush();
    // The second tab reads the attempt in progress…
    const secondTab = new QuizProgress(selection, new SafeStore({ dbName, channelName: null }));
    const { resumable } = await secondTab.load();
    expect(resumable?.id).to.equal(attempt.id);
    // …the first tab finishes it…
    firstTab.save(firstTab.finish({ ...attempt, position: 1 }, [{ questionId: 'single', correct: true, score: 1, maxScore: 1, tags: [] }]));
    await firstTab.store.flush();
    // …and the second tab takes it over.
    secondTab.continueAttempt(resumable!);
    await secondTab.retired;
    const states = (await storedAttempts(dbName)).map((a) => `${a.id === attempt.id ? 'original' : 'copy'} ${a.state}`).sort();
    expect(states).to.deep.equal(['copy in-progress', 'original finished']);
  });

  it('an import keeps a finished attempt over a later in-progress copy of it', async () => {
    const dbName = testDatabaseName('own-import');
    const store = new SafeStore({ dbName, channelName: null });
    const progress = new QuizProgress(selection, store);
    const begun = progress.begin({ seed: 'fixed', questionIds: ['single'], layout: {} }, { now: 1000 });
    const finished = progress.finish(begun, [{ questionId: 'single', correct: true, score: 1, maxScore: 1, tags: [] }], 2000);
    progress.save(finished);
    await store.flush();
    const { importProgress } = await import('../src/storage/progress-transfer.js');
    const stale = { ...begun, id: begun.id, updatedAt: 5000, position: 0 };
    const result = await importProgress(
      { format: 'defence-learning-progress', version: 1, exportedAt: new Date(6000).toISOString(), records: [{ kind: 'attempt', value: stale }] },
      { store },
    );
    expect(result).to.deep.include({ ok: true, unchanged: 1, updated: 0 });
    expect((await storedAttempts(dbName)).map((a) => a.state)).to.deep.equal(['finished']);
  });
});
