import { expect } from '@open-wc/testing';

import { grade as grader } from '../src/grading/grade.js';
import type { LearnerResponse } from '../src/question-types/question-types.js';
import { AttemptRecorder, type ProgressTarget } from '../src/quiz/attempt-recorder.js';
import { commit, goTo, questionAt, type QuizSession, respond, startSession, summarise } from '../src/quiz/quiz-session.js';
import { planQuiz } from '../src/quiz-plan/plan-quiz.js';
import type { Bank } from '../src/schema/bank-schema.js';
import { validateBank } from '../src/schema/validate-bank.js';
import { readCardStates } from '../src/storage/card-states.js';
import { announcedWrites } from '../src/storage/progress-presence.js';
import { type AttemptRecord, QuizProgress } from '../src/storage/progress-store.js';
import { SafeStore, sharedSafeStore, useSharedSafeStore } from '../src/storage/safe-store.js';
import { bankOf, rawQuestions } from './fixtures/sample-questions.js';
import { nth } from './helpers/present.js';
import { testDatabaseName } from './helpers/storage-faults.js';

// Warsaw ('a') is right for the first question, False for the second; a miss on the second makes card "tf-card" due.
function bank(): Bank {
  const result = validateBank(
    bankOf([
      { ...rawQuestions.single, tags: ['places'] },
      { ...rawQuestions.tf, tags: ['facts'], cards: ['tf-card'] },
    ]),
  );
  if (!result.ok) throw new Error('fixture bank invalid');
  return result.value;
}

const selection = { progressKey: 'unit', mode: 'practice' as const, seed: 'fixed' };
const target: ProgressTarget = { selection, persist: undefined };

/** The attempts the device holds for the quiz, as the start screen reads them. */
async function stored(): Promise<AttemptRecord[]> {
  await sharedSafeStore().flush();
  const { records } = await new QuizProgress(selection).records.readAll(new QuizProgress(selection).scope);
  return records.map((r) => r.value);
}

/** The learner gives `response` to the question on screen and checks it; the recorder hears of both. */
function answer(recorder: AttemptRecorder, b: Bank, session: QuizSession, response: LearnerResponse): QuizSession {
  const question = questionAt(b, session);
  const responded = respond(session, question.id, response);
  recorder.save(responded);
  const { session: checked, grade } = commit(responded, question, grader);
  recorder.answer(checked, question, grade);
  return checked;
}

/** Starts an attempt on the whole bank and answers its first question. */
function startAndAnswerFirst(recorder: AttemptRecorder, b: Bank, now = Date.now()): QuizSession {
  const session = startSession(planQuiz(b, { seed: 'fixed' }), 'practice', now);
  recorder.begin(session, target);
  return answer(recorder, b, session, 'a');
}

/** A whole attempt, begun at `startedAt`, with these two answers. */
function playWhole(recorder: AttemptRecorder, b: Bank, startedAt: number, first: LearnerResponse, second: LearnerResponse): void {
  const session = startSession(planQuiz(b, { seed: 'fixed' }), 'practice', startedAt);
  recorder.begin(session, target);
  const done = answer(recorder, b, goTo(answer(recorder, b, session, first), 1), second);
  recorder.finish(done, summarise(b, done, grader));
}

// A new database per test, once the previous test's writes (which can wait for the storage code) have landed.
beforeEach(async () => {
  await announcedWrites();
  useSharedSafeStore(new SafeStore({ dbName: testDatabaseName('recorder') }));
});

describe('attempt recorder', () => {
  it('saves a begun attempt at once, then where the learner is after each answer and move', async () => {
    const b = bank();
    const recorder = new AttemptRecorder();
    const session = startSession(planQuiz(b, { seed: 'fixed' }), 'practice', Date.now());
    recorder.begin(session, target);
    let attempt = nth(await stored(), 0, 'stored attempt');
    expect(attempt).to.include({ state: 'in-progress', position: 0 });
    expect(attempt.plan.questionIds).to.deep.equal(['single', 'tf']);

    const checked = answer(recorder, b, session, 'a');
    recorder.save(goTo(checked, 1));
    attempt = nth(await stored(), 0, 'stored attempt');
    expect(attempt).to.include({ state: 'in-progress', position: 1 });
    expect(attempt.responses).to.deep.equal({ single: 'a' });
    expect(attempt.checked).to.deep.equal(['single']);
  });

  it("finishes an attempt with the summary's score and per-question results", async () => {
    const b = bank();
    const recorder = new AttemptRecorder();
    const moved = goTo(startAndAnswerFirst(recorder, b), 1);
    const done = answer(recorder, b, moved, true);
    const result = summarise(b, done, grader);
    recorder.finish(done, result);
    const attempt = nth(await stored(), 0, 'stored attempt');
    expect(result).to.include({ score: 1, maxScore: 2 });
    expect(attempt.state).to.equal('finished');
    expect(attempt.result).to.include({ score: result.score, maxScore: result.maxScore });
    expect(attempt.result!.questions.map((q) => [q.questionId, q.correct, q.tags])).to.deep.equal([
      ['single', true, ['places']],
      ['tf', false, ['facts']],
    ]);
    // Finished: later calls change nothing.
    recorder.save(goTo(done, 0));
    expect((await stored())[0]).to.deep.equal(attempt);
  });

  it('resumes the attempt left in progress, under a new id, with its answers and checks', async () => {
    const b = bank();
    startAndAnswerFirst(new AttemptRecorder(), b);
    const left = nth(await stored(), 0, 'stored attempt');

    const recorder = new AttemptRecorder();
    const session = await recorder.resume(b, target);
    expect(session).to.include({ index: 0, mode: 'practice' });
    expect(session!.responses).to.deep.equal({ single: 'a' });
    expect(session!.grades.single?.correct).to.equal(true);
    recorder.save(respond(session!, 'tf', true));
    await sharedSafeStore().flush();
    const attempts = await stored();
    expect(attempts.filter((a) => a.state === 'in-progress')).to.have.length.at.least(1);
    const copy = attempts.find((a) => a.id !== left.id)!;
    expect(copy.responses).to.deep.equal({ single: 'a', tf: true });
  });

  it('does not resume an attempt another connected quiz is playing, nor one the bank no longer fits', async () => {
    const b = bank();
    const playing = new AttemptRecorder();
    playing.connect();
    try {
      startAndAnswerFirst(playing, b);
      await sharedSafeStore().flush();
      expect(await new AttemptRecorder().resume(b, target)).to.equal(undefined);
    } finally {
      playing.disconnect();
    }
    const changed = validateBank(bankOf([rawQuestions.tf]));
    if (!changed.ok) throw new Error('fixture bank invalid');
    expect(await new AttemptRecorder().resume(changed.value, target)).to.equal(undefined);
    expect(await new AttemptRecorder().resume(b, target)).to.not.equal(undefined);
  });

  it('abandons an unfinished attempt for good when the learner starts over', async () => {
    const b = bank();
    const recorder = new AttemptRecorder();
    startAndAnswerFirst(recorder, b);
    recorder.abandon();
    expect((await stored()).map((a) => a.state)).to.deep.equal(['abandoned']);
    expect(await new AttemptRecorder().resume(b, target)).to.equal(undefined);
  });

  it('marks a retry of the questions missed, unless every question was missed', async () => {
    const b = bank();
    const recorder = new AttemptRecorder();
    const retryAt = (startedAt: number, missedIds: string[]) =>
      recorder.begin(startSession(planQuiz(b, { seed: 'fixed' }, missedIds), 'practice', startedAt), target, true);
    playWhole(recorder, b, 1000, 'a', true);
    retryAt(2000, ['tf']);
    recorder.abandon();
    playWhole(recorder, b, 3000, 'b', true);
    retryAt(4000, ['single', 'tf']);
    const byStart = new Map((await stored()).map((a) => [a.startedAt, a]));
    expect(byStart.get(2000)!.retryOf).to.equal(byStart.get(1000)!.id);
    expect(byStart.get(4000)!.retryOf).to.equal(undefined);
  });

  it('makes the cards of a question answered wrong due, and only then', async () => {
    const b = bank();
    const recorder = new AttemptRecorder();
    const moved = goTo(startAndAnswerFirst(recorder, b), 1);
    answer(recorder, b, moved, false);
    // Nothing to await for a write that must not happen: give one the time it would take.
    await new Promise((r) => setTimeout(r, 50));
    expect((await readCardStates(['tf-card'])).states.size).to.equal(0);
    answer(recorder, b, moved, true);
    for (let i = 0; i < 100 && (await readCardStates(['tf-card'])).states.size === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect((await readCardStates(['tf-card'])).states.get('tf-card')!.reviewRequestedAt).to.be.a('number');
  });

  it('with persist="none" writes nothing to the device, neither attempts nor cards', async () => {
    const b = bank();
    const recorder = new AttemptRecorder();
    const none: ProgressTarget = { selection, persist: 'none' };
    const session = startSession(planQuiz(b, { seed: 'fixed' }), 'practice', Date.now());
    recorder.begin(session, none);
    const done = answer(recorder, b, goTo(answer(recorder, b, session, 'a'), 1), true);
    recorder.finish(done, summarise(b, done, grader));
    // The recorder's steps wait for the storage code; flush waits for them, and for any write they made.
    await sharedSafeStore().flush();
    expect(await stored()).to.deep.equal([]);
    expect((await readCardStates(['tf-card'])).states.size).to.equal(0);
    // Kept in the quiz's own memory instead, where its progress panel reads it.
    const { finished } = await (await recorder.loadRecords()).progressFor(none).load();
    expect(finished).to.have.length(1);
  });

  it('ignores saves, answers and finishes before any attempt began', async () => {
    const b = bank();
    const recorder = new AttemptRecorder();
    const session = startSession(planQuiz(b, { seed: 'fixed' }), 'practice', Date.now());
    recorder.save(session);
    recorder.finish(session, summarise(b, session, grader));
    recorder.abandon();
    expect(await stored()).to.deep.equal([]);
  });
});
