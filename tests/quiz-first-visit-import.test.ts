// A learner's first visit, bringing progress from another device: the first-visit panel loads the storage code when
// the file is chosen. A page of its own (see quiz-first-visit.test.ts), and a database with nothing in it yet.
import '../src/quiz/index.js';

import { expect } from '@open-wc/testing';

import { SafeStore, useSharedSafeStore } from '../src/storage/safe-store.js';
import { mountFirstVisitQuiz } from './helpers/first-visit-quiz.js';
import { testDatabaseName } from './helpers/storage-faults.js';
import { waitUntil } from './helpers/wait-until.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<defence-quiz> on a first visit, importing progress', () => {
  // A database of this test's own, which the page's store keeps progress in: other test files use the library's.
  before(() => useSharedSafeStore(new SafeStore({ dbName: testDatabaseName('first-visit') })));

  it('imports a progress file from the import control a first visit shows, then shows its score', async () => {
    const h = await mountFirstVisitQuiz();
    const panel = () => h.root.querySelector('[part="progress"]');
    expect(panel()!.querySelector('.score-line')).to.equal(null);

    // A file exported on another device after one attempt (Warsaw right, True wrong): 50 %.
    const file = await (await fetch(new URL('./fixtures/progress-one-attempt.json', import.meta.url))).text();
    const input = h.root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const transfer = new DataTransfer();
    transfer.items.add(new File([file], 'progress.json', { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitUntil(() => text(panel()).includes('Progress imported: 1 attempt added'), 'the import is reported');
    expect(text(panel())).to.contain('Last score: 50%');
    await expect(h.el).to.be.accessible();
    h.el.remove();
  });
});
