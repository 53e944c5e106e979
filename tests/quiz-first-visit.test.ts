// A learner's first visit: nothing saved on the device, so the quiz shows its start screen and its first question
// without its storage code (progress-presence.ts, attempt-recorder.ts), and saves all the same. This file holds one
// test, as the storage code, once loaded, stays for the page's life: the import on a first visit is in
// quiz-first-visit-import.test.ts. The page's store is one of this file's own, with nothing in it yet.
import '../src/quiz/index.js';

import { expect } from '@open-wc/testing';

import { SafeStore, sharedSafeStore, useSharedSafeStore } from '../src/storage/safe-store.js';
import { rawQuestions } from './fixtures/sample-questions.js';
import { mountFirstVisitQuiz } from './helpers/first-visit-quiz.js';
import type { QuizHarness } from './helpers/quiz-harness.js';
import { testDatabaseName } from './helpers/storage-faults.js';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

async function mount(): Promise<QuizHarness> {
  const h = await mountFirstVisitQuiz();
  mounted.push(h.el);
  return h;
}

/** Whether the page has asked for the quiz's storage code (its chunk in the build, its module here). */
const storageCodeRequested = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/progress-storage.'));
const panel = (h: QuizHarness) => h.root.querySelector('[part="progress"]');

describe('<defence-quiz> on a first visit', () => {
  // A database of this test's own, which the page's store keeps progress in: other test files use the library's.
  before(() => useSharedSafeStore(new SafeStore({ dbName: testDatabaseName('first-visit') })));

  // Each test of this file runs on a page of its own (see the file opening), so the storage code is not yet there.
  it('shows its start screen and first question before the storage code, then saves the attempt, which a reload resumes', async () => {
    const h = await mount();
    await expect(h.el).to.be.accessible();
    expect(storageCodeRequested(), 'nothing saved, nothing to read').to.equal(false);
    expect(panel(h)!.querySelector('h3, .score-line'), 'no history on a first visit').to.equal(null);
    expect(h.button('Import progress from a file')).to.exist;
    expect(h.root.querySelector('[part="storage-notice"]')).to.equal(null);

    // The question as it first renders: the storage code is asked for once it is on screen (a frame later).
    h.button('Start').click();
    await h.el.updateComplete;
    expect(h.prompt).to.contain(rawQuestions.single.prompt);
    expect(storageCodeRequested(), 'the first question does not wait for the storage code').to.equal(false);
    await h.settle();
    await h.choose('Warsaw');
    await h.check();
    expect(h.feedbackText).to.contain('Correct');
    await sharedSafeStore().flush();

    for (const el of mounted.splice(0)) el.remove();
    const again = await mount();
    expect(again.prompt, 'the attempt left open is resumed on its question').to.contain(rawQuestions.single.prompt);
    expect(again.feedbackText).to.contain('Correct');
  });
});
