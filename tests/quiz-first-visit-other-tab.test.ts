// A learner's first visit while another tab of the site saves progress: the first-visit panel, listening on the
// store's change channel without the storage code, loads it and shows the new score. A page of its own (see
// quiz-first-visit.test.ts), and a database with nothing in it yet, which the "other tab" then writes to.
import '../src/quiz/index.js';
// The other tab's storage code: the attempt record format it writes (this page's quiz has not loaded its own yet).
import '../src/storage/progress-store.js';

import { expect } from '@open-wc/testing';

import { importProgress } from '../src/storage/progress-transfer.js';
import { SafeStore, useSharedSafeStore } from '../src/storage/safe-store.js';
import { mountFirstVisitQuiz } from './helpers/first-visit-quiz.js';
import { testDatabaseName } from './helpers/storage-faults.js';
import { waitUntil } from './helpers/wait-until.js';

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('<defence-quiz> on a first visit, while another tab saves', () => {
  it('shows the score another tab of the site saves while it waits on its start screen', async () => {
    // The page's store keeps progress in a database of this test's own (other test files use the library's).
    const dbName = testDatabaseName('first-visit-other-tab');
    useSharedSafeStore(new SafeStore({ dbName }));
    const h = await mountFirstVisitQuiz();
    const panel = () => h.root.querySelector('[part="progress"]');
    expect(panel()!.querySelector('.score-line'), 'nothing saved yet').to.equal(null);

    // Another tab: its own store over the same database, saving one finished attempt (Warsaw right, True wrong: 50 %).
    const otherTab = new SafeStore({ dbName });
    const file = (await (await fetch(new URL('./fixtures/progress-one-attempt.json', import.meta.url))).json()) as unknown;
    const imported = await importProgress(file, { store: otherTab });
    expect(imported, JSON.stringify(imported)).to.include({ ok: true, added: 1 });
    await waitUntil(() => text(panel()).includes('Last score: 50%'), 'the other tab’s attempt shows on the start screen');
    await expect(h.el).to.be.accessible();
    h.el.remove();
  });
});
