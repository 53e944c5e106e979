// A learner's first visit: nothing saved on the device, so the quiz shows its start screen and its first question
// without its storage code (progress-presence.ts, attempt-recorder.ts), and saves all the same. This file must not
// import the storage modules, nor replace the page's store, and holds one test: its page then loads them only as a
// learner's would. The import on a first visit is in quiz-first-visit-import.test.ts, for the same reason.
import '../src/quiz/index.js';

import { expect } from '@open-wc/testing';

import { bankOf, rawQuestions } from './fixtures/sample-questions.js';
import { QuizHarness } from './helpers/quiz-harness.js';

const bank = () =>
  bankOf([
    { ...rawQuestions.single, tags: ['places'] },
    { ...rawQuestions.tf, tags: ['facts'] },
  ]);

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
});

async function mount(): Promise<QuizHarness> {
  const el = document.createElement('defence-quiz');
  Object.assign(el, { data: bank(), seed: 'fixed' });
  document.body.append(el);
  mounted.push(el);
  const h = new QuizHarness(el);
  await h.loaded();
  return h;
}

function deleteDatabase(): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase('defence-learning');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('delete failed'));
  });
}

/** Whether the page has asked for the quiz's storage code (its chunk in the build, its module here). */
const storageCodeRequested = () => performance.getEntriesByType('resource').some((entry) => entry.name.includes('/progress-storage.'));
const panel = (h: QuizHarness) => h.root.querySelector('[part="progress"]');

describe('<defence-quiz> on a first visit', () => {
  before(deleteDatabase);

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
    const { sharedSafeStore } = await import('../src/storage/safe-store.js');
    await sharedSafeStore().flush();

    for (const el of mounted.splice(0)) el.remove();
    const again = await mount();
    expect(again.prompt, 'the attempt left open is resumed on its question').to.contain(rawQuestions.single.prompt);
    expect(again.feedbackText).to.contain('Correct');
  });
});
