import '../src/quiz/index.js';

import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { UseStore } from 'idb-keyval';

import type { DefenceQuiz } from '../src/quiz/defence-quiz.js';
import { announcedWrites } from '../src/storage/progress-presence.js';
import { quizKeyOf } from '../src/storage/progress-store.js';
import { SafeStore, type SafeStoreOptions, sharedSafeStore, useSharedSafeStore } from '../src/storage/safe-store.js';
import { bankOf, rawQuestions } from './fixtures/sample-questions.js';
import { QuizHarness } from './helpers/quiz-harness.js';
import { blockedFactory, failingFactory, readRaw, replaceIndexedDB, storeRefusingWrites, testDatabaseName, writeRaw } from './helpers/storage-faults.js';
import { openStrictCspPage, type StrictCspPage } from './helpers/strict-csp.js';

// Two questions with a topic each: Warsaw is right for the first, False for the second.
const bank = () =>
  bankOf([
    { ...rawQuestions.single, tags: ['places'] },
    { ...rawQuestions.tf, tags: ['facts'] },
  ]);
const keyOf = (mode: 'practice' | 'exam' = 'practice') => quizKeyOf({ progressKey: 'unit', mode, seed: 'fixed' });

const mounted: HTMLElement[] = [];
let restoreIndexedDB: (() => void) | undefined;
const pageErrors: string[] = [];
const onError = (e: ErrorEvent) => pageErrors.push(e.message);
const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(String(e.reason));

beforeEach(() => {
  pageErrors.length = 0;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach(async () => {
  for (const el of mounted.splice(0)) el.remove();
  // Writes still waiting for the storage code go to this test's store, not the next one's (some of its stores never finish a write).
  await announcedWrites();
  restoreIndexedDB?.();
  restoreIndexedDB = undefined;
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  expect(pageErrors, 'uncaught errors on the page').to.deep.equal([]);
});

/**
 * A fresh page's view of the database: a new store instance, as after a reload, which also takes
 * the quizzes already mounted away (a quiz never resumes the attempt another quiz on its page is
 * playing). `otherTab` keeps them: another document opening the same database.
 */
function pageStore(dbName: string, options: SafeStoreOptions & { otherTab?: boolean } = {}): SafeStore {
  if (!options.otherTab) for (const el of mounted.splice(0)) el.remove();
  const store = new SafeStore({ dbName, ...options });
  useSharedSafeStore(store);
  return store;
}

/** Waits until the page's pending writes have reached storage (or memory). */
const flushWrites = () => sharedSafeStore().flush();

async function mount(props: Partial<DefenceQuiz> = {}): Promise<QuizHarness> {
  const el = document.createElement('defence-quiz');
  Object.assign(el, { data: bank(), seed: 'fixed', ...props });
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  const h = new QuizHarness(el);
  await h.loaded();
  return h;
}

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 300 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(condition(), what).to.equal(true);
}

/**
 * Follows the download link as the learner does, and resolves to it once it points at the file (built on that click).
 * The file is not really downloaded: a real download in a headless browser opens its download panel, which takes focus
 * from the keyboard tests that follow (Firefox).
 */
async function askForDownload(h: QuizHarness): Promise<HTMLAnchorElement> {
  const link = h.root.querySelector<HTMLAnchorElement>('a[download]')!;
  link.addEventListener('click', (e) => link.href.startsWith('blob:') && e.preventDefault());
  link.click();
  await until(() => link.href.startsWith('blob:'), 'the download link points at the file');
  return link;
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const panel = (h: QuizHarness) => h.root.querySelector<HTMLElement>('[part="progress"]');
const notice = (h: QuizHarness) => text(h.root.querySelector('[part="storage-notice"]'));

/** No attempt finished yet: no "Your progress" panel, only the way to import progress from another device. */
function expectNoHistory(h: QuizHarness): void {
  expect(panel(h)!.querySelector('h3, .score-line, .chart-figure, .mastery')).to.equal(null);
  expect(text(panel(h))).to.not.contain('No finished attempt');
  expect(h.button('Import progress from a file')).to.exist;
}

/** Plays a whole attempt: the first answer as given, the second always wrong. */
/** Answers both questions, checking each, and opens the results. */
async function answerBoth(h: QuizHarness, first: 'Warsaw' | 'Brussels', second: 'True' | 'False' = 'True'): Promise<void> {
  await h.choose(first);
  await h.check();
  await h.click('Next question');
  await h.choose(second);
  await h.check();
  await h.click('See results');
  expect(h.summary).to.exist;
}

async function playAttempt(h: QuizHarness, first: 'Warsaw' | 'Brussels', second: 'True' | 'False' = 'True'): Promise<void> {
  await h.start();
  await answerBoth(h, first, second);
}

/** A store holding one finished attempt, and the quiz as a reload of the page then shows it. */
async function reloadedAfterOneAttempt(label: string): Promise<{ dbName: string; h: QuizHarness }> {
  const dbName = testDatabaseName(label);
  pageStore(dbName);
  await playAttempt(await mount(), 'Warsaw');
  // A reload comes after the page's writes have landed: the finished attempt, not a half-saved one.
  await flushWrites();
  pageStore(dbName);
  return { dbName, h: await mount() };
}

describe('<defence-quiz> progress: accessibility', () => {
  it('is accessible with history, while confirming a reset, after a refused import, with the notice and on a resumed question', async () => {
    const { h } = await reloadedAfterOneAttempt('a11y');
    expect(panel(h)!.querySelector('.score-line')).to.exist;
    await expect(h.el).to.be.accessible();
    await h.click('Reset my progress');
    await expect(h.el).to.be.accessible();
    await h.click('Cancel');
    await chooseFile(h, '{"format":"something else"}');
    await until(() => !!h.root.querySelector('.progress-message.is-error'), 'the refusal is shown');
    await expect(h.el).to.be.accessible();

    restoreIndexedDB = replaceIndexedDB({ value: undefined });
    pageStore(testDatabaseName('a11y-none'));
    const failing = await mount();
    expect(notice(failing)).to.contain('Progress is not being saved on this device.');
    await expect(failing.el).to.be.accessible();
    restoreIndexedDB();
    restoreIndexedDB = undefined;

    const resumeDb = testDatabaseName('a11y-resume');
    pageStore(resumeDb);
    const first = await mount();
    await first.start();
    await first.choose('Warsaw');
    await first.check();
    await flushWrites();
    pageStore(resumeDb);
    const resumed = await mount();
    expect(text(resumed.root.querySelector('.resume-note'))).to.contain('where you left off');
    await expect(resumed.el).to.be.accessible();
  });
});

describe('<defence-quiz> progress: resume', () => {
  it('resumes after a remount on a fresh store: same question, answers, checked feedback', async () => {
    const dbName = testDatabaseName('resume');
    pageStore(dbName);
    const before = await mount();
    await before.start();
    await before.choose('Brussels');
    await before.check();
    expect(before.feedbackText).to.contain('Not quite');
    await flushWrites();
    before.el.remove();

    pageStore(dbName);
    const after = await mount();
    expect(after.counter).to.contain('Question 1 of 2');
    expect(after.option('Brussels').checked).to.equal(true);
    expect(after.feedbackText).to.contain('Not quite');
    await after.click('Next question');
    await after.choose('False');
    await flushWrites();
    after.el.remove();

    pageStore(dbName);
    const again = await mount();
    expect(again.counter).to.contain('Question 2 of 2');
    expect(again.option('False').checked).to.equal(true);
    expect(again.feedback).to.equal(null);
    expect(again.root.activeElement).to.equal(null);
    await again.check();
    await again.click('See results');
    expect(again.summary!.textContent).to.contain('1 of 2 points');
  });

  it('resumes an exam on its question, without feedback, and counts the time already spent', async () => {
    const dbName = testDatabaseName('resume-exam');
    pageStore(dbName);
    const before = await mount({ mode: 'exam' });
    await before.start();
    await before.choose('Warsaw');
    await before.click('Next question');
    await new Promise((r) => setTimeout(r, 60));
    await before.choose('False');
    await flushWrites();
    const stored = (await readStoredAttempts(dbName, keyOf('exam')))[0] as { elapsedMs: number };
    expect(stored.elapsedMs).to.be.at.least(50);

    pageStore(dbName);
    const after = await mount({ mode: 'exam' });
    expect(after.counter).to.contain('Question 2 of 2');
    expect(after.feedback).to.equal(null);
    const completed = new Promise<CustomEvent>((resolve) =>
      after.el.addEventListener('quiz-complete', (e) => resolve(e as unknown as CustomEvent), { once: true }),
    );
    await after.click('See results');
    const detail = (await completed).detail as { score: number; durationMs: number };
    expect(detail.score).to.equal(2);
    expect(detail.durationMs).to.be.at.least(50);
  });

  it('does not resume another selection of the same bank; "Start over" abandons the resumed attempt for good', async () => {
    const dbName = testDatabaseName('resume-other');
    pageStore(dbName);
    const practice = await mount();
    await practice.start();
    await practice.choose('Warsaw');
    await flushWrites();
    pageStore(dbName);
    const exam = await mount({ mode: 'exam' });
    expect(exam.hasButton('Start')).to.equal(true);
    pageStore(dbName);
    const resumed = await mount();
    expect(resumed.option('Warsaw').checked).to.equal(true);
    await resumed.click('Start over');
    expect(resumed.counter).to.contain('Question 1 of 2');
    expect(resumed.option('Warsaw').checked).to.equal(false);
    expect(resumed.root.querySelector('.resume-note')).to.equal(null);
    // The attempt left behind does not come back once the new one is finished.
    await answerBoth(resumed, 'Warsaw', 'False');
    await flushWrites();
    pageStore(dbName);
    const later = await mount();
    expect(later.hasButton('Start')).to.equal(true);
    expect(text(panel(later))).to.contain('Last score: 100%');
    const states = (await readStoredAttempts(dbName, keyOf())).map((a) => (a as { state: string }).state).sort();
    expect(states).to.deep.equal(['abandoned', 'finished']);
  });

  it('does not resume, in a second quiz on the page, the attempt the first one is playing', async () => {
    const dbName = testDatabaseName('same-page');
    pageStore(dbName);
    const first = await mount();
    await first.start();
    await first.choose('Warsaw');
    await flushWrites();
    const second = await mount();
    expect(second.hasButton('Start')).to.equal(true);
    first.el.remove();
    const third = await mount();
    expect(third.option('Warsaw').checked).to.equal(true);
  });

  it('starts afresh, keeping the stored attempt, when the bank changed under it', async () => {
    const dbName = testDatabaseName('resume-changed');
    pageStore(dbName);
    const before = await mount();
    await before.start();
    await flushWrites();
    pageStore(dbName);
    const changed = bankOf([{ ...rawQuestions.tf, tags: ['facts'] }]);
    const after = await mount({ data: changed });
    expect(after.hasButton('Start')).to.equal(true);
    expect(await readStoredAttempts(dbName, keyOf())).to.have.length(1);
  });
});

describe('<defence-quiz> progress: history on the start screen', () => {
  it('after a first attempt: its score as last and best, and no chart of one lone dot', async () => {
    const { h } = await reloadedAfterOneAttempt('first-attempt');
    expect(text(panel(h))).to.contain('Last score: 50% (1 of 2 points)');
    expect(text(panel(h))).to.contain('Best score: 50% (1 of 2 points)');
    expect(panel(h)!.querySelector('.chart-figure, svg.chart, table')).to.equal(null);
  });

  it('shows last and best score, a chart with a table, and mastery per topic', async () => {
    const dbName = testDatabaseName('history');
    pageStore(dbName);
    const first = await mount();
    expectNoHistory(first);
    await playAttempt(first, 'Warsaw');
    await first.click('Start again');
    await answerBoth(first, 'Brussels');
    await flushWrites();

    pageStore(dbName);
    const h = await mount();
    const figures = text(panel(h));
    expect(figures).to.contain('Last score: 0% (0 of 2 points)');
    expect(figures).to.contain('Best score: 50% (1 of 2 points)');
    expect(panel(h)!.querySelectorAll('svg.chart circle.chart-dot').length).to.equal(2);
    expect(panel(h)!.querySelector('svg.chart')!.getAttribute('aria-hidden')).to.equal('true');
    const table = panel(h)!.querySelector('table')!;
    expect(text(table.querySelector('caption'))).to.equal('Scores of your last 2 attempts');
    const rows = [...table.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => text(c)));
    expect(rows.map((r) => [r[0], r[2]])).to.deep.equal([
      ['Attempt 1', '50% (1 / 2)'],
      ['Attempt 2', '0% (0 / 2)'],
    ]);
    const mastery = [...panel(h)!.querySelectorAll('.mastery-row')].map((r) => text(r));
    expect(mastery).to.deep.equal(['places 0 of 1 last answered right', 'facts 0 of 1 last answered right']);
  });

  it('counts a retry of the missed questions for mastery but not for scores', async () => {
    const dbName = testDatabaseName('retry');
    pageStore(dbName);
    const h = await mount();
    await playAttempt(h, 'Warsaw');
    await h.click('Retry the ones I missed');
    expect(h.counter).to.contain('Question 1 of 1');
    await h.choose('False');
    await h.check();
    await h.click('See results');
    await flushWrites();
    pageStore(dbName);
    const after = await mount();
    expect(text(panel(after))).to.contain('Last score: 50%');
    expect(text(panel(after))).to.contain('Best score: 50%');
    // One scored attempt: no chart (it would be a lone dot).
    expect(panel(after)!.querySelector('svg.chart')).to.equal(null);
    expect([...panel(after)!.querySelectorAll('.mastery-row')].map((r) => text(r))).to.deep.equal([
      'places 1 of 1 last answered right',
      'facts 1 of 1 last answered right',
    ]);
  });

  it('refreshes its figures when another tab finishes an attempt', async () => {
    const dbName = testDatabaseName('two-tabs');
    pageStore(dbName);
    const watching = await mount();
    expectNoHistory(watching);
    // The other tab: its own store instance on the same database.
    pageStore(dbName, { otherTab: true });
    const other = await mount();
    await playAttempt(other, 'Warsaw');
    await flushWrites();
    await until(() => text(panel(watching)).includes('Last score: 50%'), 'the first tab shows the new score');
  });
});

describe('<defence-quiz> progress: reset', () => {
  it('asks first; Escape or Cancel keeps everything, confirming deletes it', async () => {
    const { dbName, h } = await reloadedAfterOneAttempt('reset');
    h.button('Reset my progress').focus();
    await sendKeys({ press: 'Enter' });
    await h.settle();
    const confirm = h.root.querySelector('.confirm-reset')!;
    expect(h.focused).to.equal(confirm);
    expect(confirm.getAttribute('role')).to.equal('group');
    expect(text(confirm)).to.contain('Delete all the progress saved for this quiz on this device?');
    await sendKeys({ press: 'Escape' });
    await h.settle();
    expect(h.root.querySelector('.confirm-reset')).to.equal(null);
    expect(h.focused).to.equal(h.button('Reset my progress'));
    expect(await readStoredAttempts(dbName, keyOf())).to.have.length(1);

    await sendKeys({ press: 'Enter' });
    await h.settle();
    await sendKeys({ press: 'Tab' });
    expect(h.focused).to.equal(h.button('Delete my progress'));
    await sendKeys({ press: 'Enter' });
    await until(() => text(panel(h)).includes('Your progress for this quiz was deleted.'), 'the reset is confirmed');
    expectNoHistory(h);
    expect(h.announcement).to.contain('Your progress for this quiz was deleted.');
    expect(await readStoredAttempts(dbName, keyOf())).to.deep.equal([]);
  });

  it("resetProgress() deletes this quiz's progress only", async () => {
    const dbName = testDatabaseName('reset-method');
    pageStore(dbName);
    await playAttempt(await mount(), 'Warsaw');
    const exam = await mount({ mode: 'exam' });
    await exam.start();
    await flushWrites();
    pageStore(dbName);
    const h = await mount();
    expect(await h.el.resetProgress()).to.equal(true);
    expect(await readStoredAttempts(dbName, keyOf())).to.deep.equal([]);
    expect(await readStoredAttempts(dbName, keyOf('exam'))).to.have.length(1);
  });
});

describe('<defence-quiz> progress: export and import', () => {
  it('greets a first visit without an empty history, and opens the file picker from a styled Import button', async () => {
    pageStore(testDatabaseName('first-visit'));
    const h = await mount();
    expectNoHistory(h);
    expect(text(panel(h))).to.not.contain('No file chosen');
    const input = panel(h)!.querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(input.hidden).to.equal(true);
    // The picker itself is the browser's (a test page cannot dismiss it): see that the button asks the input to open it.
    let opened = 0;
    input.click = () => {
      opened++;
    };
    await h.click('Import progress from a file');
    expect(opened).to.equal(1);
    await expect(h.el).to.be.accessible();
  });

  it('exports a versioned document, offers it as a download, and imports it on another device', async () => {
    const { h } = await reloadedAfterOneAttempt('export');
    const document = await h.el.exportProgress();
    expect(document).to.include({ format: 'defence-learning-progress', version: 1 });
    expect(document.records).to.have.length(1);
    expect(h.root.querySelector('a[download]')!.getAttribute('href'), 'no file is built before it is asked for').to.equal('#');
    const link = await askForDownload(h);
    expect(link.textContent.trim()).to.equal('Download my progress (JSON)');
    expect(link.getAttribute('download')).to.equal('unit-progress.json');
    const downloaded = (await (await fetch(link.href)).json()) as { records: unknown[] };
    expect(downloaded.records).to.deep.equal(document.records);

    const otherDb = testDatabaseName('import');
    pageStore(otherDb);
    const fresh = await mount();
    expectNoHistory(fresh);
    await chooseFile(fresh, JSON.stringify(downloaded));
    await until(() => text(panel(fresh)).includes('Progress imported: 1 attempt added, 0 updated.'), 'the import is reported');
    expect(text(panel(fresh))).to.contain('Last score: 50%');
    expect(fresh.announcement).to.contain('Progress imported');
    expect(await readStoredAttempts(otherDb, keyOf())).to.have.length(1);

    // The same file again brings nothing new.
    const again = await fresh.el.importProgress(downloaded);
    expect(again).to.deep.include({ ok: true, added: 0, updated: 0, unchanged: 1 });
  });

  it('refuses a bad file with the list of problems, and changes nothing', async () => {
    const { dbName, h } = await reloadedAfterOneAttempt('bad-import');
    const before = await readStoredAttempts(dbName, keyOf());
    const bad = {
      format: 'defence-learning-progress',
      version: 1,
      exportedAt: 'now',
      records: [{ kind: 'attempt', value: { v: 2, id: 'x', quiz: keyOf() } }],
    };
    await chooseFile(h, JSON.stringify(bad));
    await until(() => !!h.root.querySelector('.progress-message.is-error'), 'the refusal is shown');
    const message = h.root.querySelector('.progress-message')!;
    expect(text(message)).to.contain('This file was not imported, and nothing was changed:');
    expect([...message.querySelectorAll('li')].map((li) => text(li))).to.include('records[0].value.state: must be "in-progress" or "finished" or "abandoned"');
    expect(await readStoredAttempts(dbName, keyOf())).to.deep.equal(before);
    await chooseFile(h, 'not json at all');
    await until(() => text(h.root.querySelector('.progress-message')).includes('is not JSON'), 'the non-JSON file is refused');
  });
});

describe('<defence-quiz> progress: persist="none"', () => {
  it('keeps nothing on the device and shows no notice', async () => {
    const dbName = testDatabaseName('none');
    pageStore(dbName);
    const h = await mount({ persist: 'none' });
    await playAttempt(h, 'Warsaw');
    await h.click('Start again');
    await h.choose('Warsaw');
    await flushWrites();
    expect(notice(h)).to.equal('');
    expect(await readStoredAttempts(dbName, keyOf())).to.deep.equal([]);
    pageStore(dbName);
    const after = await mount({ persist: 'none' });
    expect(after.hasButton('Start')).to.equal(true);
  });
});

describe('<defence-quiz> progress: faults (the quiz still works and says progress is not saved)', () => {
  /** Plays the whole quiz through the UI under a fault; returns the harness. */
  async function worksWithNotice(h: QuizHarness): Promise<void> {
    expect(notice(h)).to.contain('Progress is not being saved on this device.');
    await playAttempt(h, 'Warsaw');
    expect(h.summary!.textContent).to.contain('1 of 2 points');
    expect(notice(h)).to.contain('Progress is not being saved on this device.');
  }

  it('no indexedDB', async () => {
    restoreIndexedDB = replaceIndexedDB({ value: undefined });
    pageStore(testDatabaseName('f-none'));
    await worksWithNotice(await mount());
  });

  it('an indexedDB getter that throws', async () => {
    restoreIndexedDB = replaceIndexedDB({
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    pageStore(testDatabaseName('f-denied'));
    await worksWithNotice(await mount());
  });

  it('an open that fails', async () => {
    restoreIndexedDB = replaceIndexedDB({ value: failingFactory(new DOMException('broken', 'UnknownError')) });
    pageStore(testDatabaseName('f-open'));
    await worksWithNotice(await mount());
  });

  it('an open that is blocked', async () => {
    restoreIndexedDB = replaceIndexedDB({ value: blockedFactory() });
    pageStore(testDatabaseName('f-blocked'), { openTimeoutMs: 150 });
    await worksWithNotice(await mount());
  });

  it('QuotaExceededError mid-quiz: the notice appears, the attempt goes on in memory, what was saved stays', async () => {
    const dbName = testDatabaseName('f-quota');
    const faulty = storeRefusingWrites(dbName);
    pageStore(dbName, { useStore: faulty.useStore });
    const h = await mount();
    await h.start();
    await flushWrites();
    expect(notice(h)).to.equal('');
    const saved = await readStoredAttempts(dbName, keyOf());
    faulty.refuseWrites();
    await h.choose('Warsaw');
    await h.check();
    await flushWrites();
    await h.settle();
    expect(notice(h)).to.contain('Progress is not being saved on this device.');
    expect(h.feedbackText).to.contain('Correct.');
    await h.click('Next question');
    await h.choose('False');
    await h.check();
    await h.click('See results');
    expect(h.summary!.textContent).to.contain('2 of 2 points');
    expect(await readStoredAttempts(dbName, keyOf())).to.deep.equal(saved);
  });

  it('a corrupt record and a newer-version record: kept untouched, notice says why, the quiz works', async () => {
    const dbName = testDatabaseName('f-corrupt');
    const corrupt = { v: 2, id: 'broken', quiz: keyOf(), state: 'finished', result: 'garbage' };
    const future = { v: 3, id: 'future', quiz: keyOf(), fancy: true };
    await writeRaw(dbName, `attempt/${keyOf()}/broken`, corrupt);
    await writeRaw(dbName, `attempt/${keyOf()}/future`, future);
    pageStore(dbName);
    const h = await mount();
    expect(notice(h)).to.contain('could not be read');
    await worksWithNotice(h);
    await flushWrites();
    expect(await readRaw(dbName, `attempt/${keyOf()}/broken`)).to.deep.equal(corrupt);
    expect(await readRaw(dbName, `attempt/${keyOf()}/future`)).to.deep.equal(future);
    expect(await readStoredAttempts(dbName, keyOf())).to.have.length(2);
  });

  it('a v1 record is migrated into the history, with no notice', async () => {
    const dbName = testDatabaseName('f-v1');
    await writeRaw(dbName, `attempt/${keyOf()}/old`, {
      v: 1,
      id: 'old',
      quiz: keyOf(),
      startedAt: '2024-05-01T09:00:00Z',
      finishedAt: '2024-05-01T09:03:00Z',
      questionIds: ['single', 'tf'],
      answers: { single: 'a', tf: false },
      current: 1,
      secondsSpent: 180,
      results: { single: { correct: true, score: 1, maxScore: 1 }, tf: { correct: true, score: 1, maxScore: 1 } },
    });
    pageStore(dbName);
    const h = await mount();
    expect(notice(h)).to.equal('');
    expect(text(panel(h))).to.contain('Last score: 100% (2 of 2 points)');
    expect([...panel(h)!.querySelectorAll('.mastery-row')].map((r) => text(r))).to.deep.equal([
      'places 1 of 1 last answered right',
      'facts 1 of 1 last answered right',
    ]);
  });

  it('never makes the learner wait for storage: writes that never finish do not delay feedback', async () => {
    const dbName = testDatabaseName('f-hang');
    const real = storeRefusingWrites(dbName).real;
    const hanging: UseStore = (mode, callback) => (mode === 'readwrite' ? new Promise(() => {}) : real(mode, callback));
    pageStore(dbName, { useStore: hanging });
    const h = await mount();
    await h.start();
    await h.choose('Warsaw');
    await h.check();
    expect(h.feedbackText).to.contain('Correct.');
    await h.click('Next question');
    await h.choose('False');
    await h.check();
    await h.click('See results');
    expect(h.summary!.textContent).to.contain('2 of 2 points');
  });
});

describe('<defence-quiz> progress: a real reload, on a strict-CSP page', () => {
  /** Reloads the page in the frame and waits for its quiz to be ready again. */
  async function reload(page: StrictCspPage): Promise<QuizHarness> {
    const ready = new Promise<void>((resolve) => {
      const listener = (event: MessageEvent) => {
        if (event.source !== page.frame.contentWindow || !(event.data as { ready?: boolean } | null)?.ready) return;
        window.removeEventListener('message', listener);
        resolve();
      };
      window.addEventListener('message', listener);
    });
    page.window.location.reload();
    await ready;
    const h = new QuizHarness(page.document.querySelector('defence-quiz')!);
    await h.loaded();
    return h;
  }
  const flushPage = (page: StrictCspPage) => (page.window as unknown as { flushProgress(): Promise<void> }).flushProgress();

  it('resumes after a reload, then shows the history and a download link to the export, with no violation', async () => {
    const page = openStrictCspPage(`/tests/csp/quiz-progress.html?key=csp-${Date.now()}-${Math.random().toString(36).slice(2)}`);
    await page.ready;
    let h = new QuizHarness(page.document.querySelector('defence-quiz')!);
    await h.loaded();
    await h.start();
    await h.choose('Warsaw');
    await h.check();
    await flushPage(page);

    h = await reload(page);
    expect(h.counter).to.contain('Question 1 of 2');
    expect(h.feedbackText).to.contain('Correct.');
    await h.click('Next question');
    await h.choose('True');
    await h.check();
    await h.click('See results');
    await flushPage(page);

    h = await reload(page);
    expect(text(panel(h))).to.contain('Last score: 50% (1 of 2 points)');
    const link = await askForDownload(h);
    const exported = (await (await fetch(link.href)).json()) as { records: unknown[] };
    expect(exported.records).to.have.length(1);
    expect(link.getAttribute('download')).to.match(/-progress\.json$/);
    page.remove();
    expect(page.violations).to.deep.equal([]);
  });
});

async function chooseFile(h: QuizHarness, contents: string): Promise<void> {
  // The progress panel reads the history after the bank has loaded: the control comes with it.
  await until(() => !!h.root.querySelector('input[type="file"]'), 'the import control');
  const input = h.root.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  transfer.items.add(new File([contents], 'progress.json', { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await h.settle();
}

async function readStoredAttempts(dbName: string, quizKey: string): Promise<unknown[]> {
  const entries = await new SafeStore({ dbName, channelName: null }).entries(`attempt/${quizKey}/`);
  return entries.map(([, v]) => v);
}
