import { expect } from '@open-wc/testing';

import { planQuiz } from '../src/quiz-plan/plan-quiz.js';
import { loadScheduler } from '../src/scheduling/fsrs-scheduler.js';
import { validateBank } from '../src/schema/validate-bank.js';
import { cardStateSchema } from '../src/storage/card-state-schema.js';
import { quizKeyOf, QuizProgress } from '../src/storage/progress-store.js';
import { exportProgress, importProgress } from '../src/storage/progress-transfer.js';
import { SafeStore } from '../src/storage/safe-store.js';
import { bankOf, rawQuestions } from './fixtures/sample-questions.js';
import { testDatabaseName, writeRaw } from './helpers/storage-faults.js';

function problems(input: unknown): string[] {
  const result = validateBank(input);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

const selection = { progressKey: 'csdp', mode: 'practice' as const };
const plan = { seed: 's', questionIds: ['q1', 'q2'], layout: {} };
const NOW = Date.UTC(2026, 11, 1);

async function deviceWithOneAttempt() {
  const store = new SafeStore({ dbName: testDatabaseName('bounded') });
  const progress = new QuizProgress(selection, store);
  const done = progress.finish(progress.begin(plan, { now: NOW }), [{ questionId: 'q1', correct: true, score: 1, maxScore: 1, tags: [] }], NOW + 1000);
  progress.save(done);
  await store.flush();
  return { store, progress, done };
}

const card = {
  v: 1,
  cardId: 'c1',
  phase: 'review',
  due: NOW,
  stability: 10,
  difficulty: 5,
  scheduledDays: 10,
  learningSteps: 0,
  reps: 3,
  lapses: 0,
  lastReview: NOW - 864e6,
  introducedAt: NOW - 864e6,
  reviewRequestedAt: null,
  updatedAt: NOW,
};

describe('progress files the code could not use', () => {
  it('are refused, each problem named by its path, and change nothing', async () => {
    const device = await deviceWithOneAttempt();
    const before = await exportProgress({ store: device.store });
    const { done } = device;
    const hostile = [
      { kind: 'attempt', value: { ...done, id: 'future', updatedAt: 8.64e15 + 1 } },
      { kind: 'attempt', value: { ...done, id: 'score', result: { ...done.result!, score: 500, maxScore: 1 } } },
      { kind: 'attempt', value: { ...done, id: 'slow', elapsedMs: 1e300 } },
      { kind: 'attempt', value: { ...done, id: 'shape', responses: { q1: { deep: { er: 1 } } } } },
      { kind: 'attempt', value: { ...done, id: 'unfinished', result: undefined } },
      { kind: 'attempt', value: { ...done, id: 'far', position: 7 } },
      { kind: 'card', value: { ...card, stability: 1e308 } },
      { kind: 'card', value: { ...card, cardId: 'c2', stability: 1e-9 } },
    ];
    const outcome = await importProgress({ format: 'defence-learning-progress', version: 1, exportedAt: 'x', records: hostile }, { store: device.store });
    expect(outcome.ok).to.equal(false);
    expect((outcome as { issues: Array<{ path: string; message: string }> }).issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'records[0].value.updatedAt: must be a time before the year 3000',
      'records[1].value.result.score: must not be higher than maxScore',
      'records[2].value.elapsedMs: must be a duration under ten years',
      'records[3].value.responses.q1: does not match any allowed shape',
      'records[4].value.result: is required when state is "finished"',
      'records[5].value.position: must be at most the number of questions in plan.questionIds',
      'records[6].value.stability: must be at most 100000',
      'records[7].value.stability: must be 0 with difficulty 0 (never rated), or at least 0.001 with difficulty at least 1',
    ]);
    expect((await exportProgress({ store: device.store })).records).to.deep.equal(before.records);
  });

  it('that got into storage anyway are counted as unreadable, and the rest still loads', async () => {
    const device = await deviceWithOneAttempt();
    const key = device.progress.key;
    await writeRaw(device.store.dbName, `attempt/${key}/huge`, { ...device.done, id: 'huge', elapsedMs: 1e300, updatedAt: 8.7e15 });
    await writeRaw(device.store.dbName, `attempt/${key}/odd`, {
      ...device.done,
      id: 'odd',
      responses: JSON.parse('{"__proto__": {"x": 1}, "constructor": 5}') as unknown,
    });
    const snapshot = await new QuizProgress(selection, new SafeStore({ dbName: device.store.dbName })).load();
    expect(snapshot.unreadable.map((u) => u.key).sort()).to.deep.equal([`${key}/huge`]);
    expect(snapshot.finished.map((a) => a.id).sort()).to.deep.equal([device.done.id, 'odd'].sort());
    const odd = snapshot.finished.find((a) => a.id === 'odd')!;
    expect(Object.getPrototypeOf(odd.responses)).to.equal(null);
    expect(Object.keys(odd.responses)).to.deep.equal(['constructor']);
  });
});

describe('the scheduler', () => {
  it('takes a review made "after now" (a clock that ran ahead) as made now, rather than throwing', async () => {
    const scheduler = await loadScheduler();
    const ahead = { ...card, lastReview: NOW + 864e6 } as never;
    const next = scheduler.rate(ahead, 'good', NOW);
    expect(next.due).to.be.above(NOW);
    expect(cardStateSchema.safeParse({ ...next, v: 1, updatedAt: NOW }).success).to.equal(true);
  });
});

describe('counts', () => {
  const bank = (() => {
    const result = validateBank(bankOf([rawQuestions.tf, rawQuestions.text, rawQuestions.single]));
    if (!result.ok) throw new Error('fixture');
    return result.value;
  })();

  it('a fractional count asks for at least one question, and names the same quiz as its whole part', () => {
    expect(planQuiz(bank, { seed: 's', count: 0.5 }).questionIds).to.have.length(1);
    expect(planQuiz(bank, { seed: 's', count: 2.7 }).questionIds).to.have.length(2);
    expect(planQuiz(bank, { seed: 's', count: Infinity }).questionIds).to.have.length(3);
    expect(planQuiz(bank, { seed: 's', count: NaN }).questionIds).to.have.length(3);
    expect(quizKeyOf({ ...selection, count: 0.5 })).to.equal(quizKeyOf({ ...selection, count: 1 }));
  });
});

describe('validation reports', () => {
  it('name NaN and Infinity for what they are', () => {
    expect(problems(bankOf([{ ...rawQuestions.numeric, answer: NaN, tolerance: Infinity }]))).to.deep.equal([
      'questions[0].answer: must be a finite number, not NaN',
      'questions[0].tolerance: must be a finite number, not Infinity',
    ]);
    expect(problems(bankOf([{ ...rawQuestions.tf, points: -Infinity }]))).to.deep.equal(['questions[0].points: must be a finite number, not -Infinity']);
  });

  it('refuse a typed answer with no letter or digit, which no learner could match', () => {
    const untypeable = (at: string, answer: string) =>
      `${at}: ${JSON.stringify(answer)} cannot be typed: typed answers ignore punctuation and symbols, and it has no letter or digit`;
    expect(problems(bankOf([{ ...rawQuestions.text, accept: ['Compass', '%', '.*', '\u200b', '🛡️'] }]))).to.deep.equal([
      untypeable('questions[0].accept[1]', '%'),
      untypeable('questions[0].accept[2]', '.*'),
      untypeable('questions[0].accept[3]', '\u200b'),
      untypeable('questions[0].accept[4]', '🛡️'),
    ]);
    const cloze = { ...rawQuestions.cloze, blanks: { city: { accept: ['%'], options: ['%', '‰'] }, year: { accept: ['—'] } } };
    expect(problems(bankOf([cloze]))).to.deep.equal([untypeable('questions[0].blanks.year.accept[0]', '—')]);
  });

  it('refuse points no summary could add up', () => {
    expect(problems(bankOf([{ ...rawQuestions.tf, points: 1e308 }]))).to.deep.equal(['questions[0].points: must be at most 1000']);
  });

  it('list the first 50 problems of a bank of 10,000 broken questions, then count the rest', () => {
    const broken = Array.from({ length: 10_000 }, (_, i) => ({
      ...rawQuestions.single,
      id: `q${i}`,
      options: [
        { id: 'a', text: 1, correct: 'yes' },
        { id: 'a', text: 'x', correct: true, feedback: '' },
      ],
    }));
    const started = performance.now();
    const listed = problems(bankOf(broken as never));
    const ms = performance.now() - started;
    expect(listed).to.have.length(51);
    expect(listed[0]).to.equal('questions[0].options[0].text: must be text, not a number');
    expect(listed[50]).to.equal('…: and 39,950 more problems');
    // A benchmark, not a bar: printed for the closing note (the old O(n²) dedupe took ~18 s here).
    console.log(`validated 10,000 broken questions in ${Math.round(ms)} ms`);
  });

  it('quote a huge value by its start', () => {
    const id = 'x'.repeat(100_000);
    const [problem] = problems(
      bankOf([rawQuestions.tf], {
        sources: [
          { id: 'doc', title: 'A', publisher: 'P', date: 'd' },
          { id: 'doc', title: id, publisher: 'P', date: 'd' },
        ],
      }),
    );
    expect(problem).to.equal('sources[1].id: duplicate source id "doc" (first used at sources[0])');
    const listed = problems(bankOf([{ ...rawQuestions.tf, source: { ref: id, quote: 'q' } }]));
    expect(listed[0]).to.equal('questions[0].source.ref: must be at most 200 characters');
    const quoted = listed.find((p) => p.includes('no source with id'))!;
    expect(quoted.length).to.be.below(400);
    expect(quoted.endsWith('…')).to.equal(true);
  });
});
