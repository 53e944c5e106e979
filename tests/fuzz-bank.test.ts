import { expect } from '@open-wc/testing';
import fc from 'fast-check';

import { grade } from '../src/grading/grade.js';
import { isAnswered, responseFor } from '../src/question-types/question-types.js';
import { planQuiz } from '../src/quiz-plan/plan-quiz.js';
import { validateGlossary } from '../src/schema/glossary-schema.js';
import { validateBank } from '../src/schema/validate-bank.js';
import { readAttemptRecord } from '../src/storage/attempt-check.js';
import { attemptSchemaV2 } from '../src/storage/attempt-schemas.js';
import { bestPoint, masteryFromLastAnswers, scoresOverAttempts } from '../src/storage/history-figures.js';
import { QuizProgress } from '../src/storage/progress-store.js';
import { SafeStore } from '../src/storage/safe-store.js';
import { assertIssues, bankArb, FUZZ_SEED, fuzzSettings, glossaryArb, mutated, mutationArb, responseArb } from './fuzz/arbitraries.js';
import { nth } from './helpers/present.js';

/** What the suite met, for the closing note (printed at the end of each property). */
const tally = () => ({ tried: 0, accepted: 0, refused: 0, crashed: 0 });

/**
 * Plays a validated bank through the pure pipeline a quiz runs: plan → a random response to every
 * question → grade → finish the attempt → the history figures. Throws on any broken invariant.
 */
function playThrough(
  bank: Extract<ReturnType<typeof validateBank>, { ok: true }>['value'],
  responses: unknown[],
  options: { count?: number; shuffle: boolean; seed: string },
) {
  const plan = planQuiz(bank, options);
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const given: Record<string, unknown> = {};
  const results = plan.questionIds.map((id, i) => {
    const question = byId.get(id)!;
    given[id] = responses[i % Math.max(1, responses.length)];
    const response = responseFor(question, given);
    isAnswered(question, response);
    const g = grade(question, response);
    if (!(g.fraction >= 0 && g.fraction <= 1) || !(g.score >= 0 && g.score <= g.maxScore + 0.005)) throw new Error(`grade out of range: ${JSON.stringify(g)}`);
    return { questionId: id, correct: g.correct, score: g.score, maxScore: g.maxScore, tags: question.tags };
  });
  const progress = new QuizProgress({ progressKey: bank.id, mode: 'practice' }, memoryStore);
  const attempt = progress.begin(plan, { now: 1_000 });
  const storedResponses = Object.fromEntries(Object.entries(given).filter(([, r]) => attemptSchemaV2.safeParse({ ...attempt, responses: { x: r } }).success));
  const done = progress.finish({ ...attempt, responses: storedResponses as never, elapsedMs: 5_000 }, results, 9_000);
  // What the quiz finishes, storage must accept: a bound that refuses real results would lose them.
  const checked = attemptSchemaV2.safeParse(done);
  if (!checked.success) throw new Error(`a finished attempt fails its own schema: ${JSON.stringify(checked.error.issues.slice(0, 3))}`);
  if (!readAttemptRecord(done)) throw new Error('a finished attempt fails the written-out check that saving uses');
  const point = nth(scoresOverAttempts([done]), 0, 'score point');
  if (!(point.percent >= 0 && point.percent <= 100)) throw new Error(`percent out of range: ${point.percent}`);
  bestPoint(scoresOverAttempts([done]));
  const lastRight = new Map((done.result?.questions ?? []).map((q) => [q.questionId, q.correct]));
  for (const m of masteryFromLastAnswers(lastRight, bank.questions)) if (!(m.share >= 0 && m.share <= 1)) throw new Error('mastery out of range');
}

const memoryStore = new SafeStore({ memoryOnly: true, channelName: null });

describe('fuzz: banks and glossaries', function () {
  this.timeout(120_000);

  it(`a generated bank, mutated or not, is refused with located problems or plays to the summary (seed ${FUZZ_SEED})`, () => {
    const seen = tally();
    const started = performance.now();
    fc.assert(
      fc.property(
        bankArb.chain((bank) => fc.tuple(fc.constant(bank), fc.tuple(...bank.questions.map((q) => responseArb(q))))),
        fc.array(mutationArb, { maxLength: 3 }),
        fc.record({
          count: fc.option(fc.oneof(fc.integer({ min: -2, max: 10 }), fc.constantFrom(0.5, NaN, Infinity)), { nil: undefined }),
          shuffle: fc.boolean(),
          seed: fc.string({ maxLength: 8 }),
        }),
        ([bank, responses], mutations, options) => {
          seen.tried += 1;
          const input = mutated(bank, mutations);
          try {
            const result = validateBank(input);
            if (!result.ok) {
              seen.refused += 1;
              assertIssues(result.issues, 'bank');
              return;
            }
            seen.accepted += 1;
            playThrough(result.value, responses, options);
          } catch (error) {
            seen.crashed += 1;
            throw error;
          }
        },
      ),
      fuzzSettings(1500),
    );
    console.log(`fuzz banks (seed ${FUZZ_SEED}): ${JSON.stringify(seen)} in ${Math.round(performance.now() - started)} ms`);
    expect(seen.accepted, 'some generated banks are valid').to.be.above(0);
    expect(seen.refused, 'some mutated banks are refused').to.be.above(0);
  });

  it(`every valid generated bank is accepted and plays through (seed ${FUZZ_SEED})`, () => {
    fc.assert(
      fc.property(bankArb, fc.string({ maxLength: 6 }), (bank, seed) => {
        const result = validateBank(JSON.parse(JSON.stringify(bank)));
        if (!result.ok) throw new Error(`a valid bank was refused: ${JSON.stringify(result.issues.slice(0, 3))}`);
        playThrough(result.value, [undefined, null, 'constructor', ['toString'], { constructor: 'x' }], { shuffle: true, seed });
      }),
      fuzzSettings(300),
    );
  });

  it(`a generated glossary, mutated or not, is accepted or refused with located problems (seed ${FUZZ_SEED})`, () => {
    const seen = tally();
    const started = performance.now();
    fc.assert(
      fc.property(glossaryArb, fc.array(mutationArb, { maxLength: 3 }), (glossary, mutations) => {
        seen.tried += 1;
        const result = validateGlossary(mutated(glossary, mutations));
        if (result.ok) seen.accepted += 1;
        else {
          seen.refused += 1;
          assertIssues(result.issues, 'glossary');
        }
      }),
      fuzzSettings(1000),
    );
    console.log(`fuzz glossaries (seed ${FUZZ_SEED}): ${JSON.stringify(seen)} in ${Math.round(performance.now() - started)} ms`);
  });
});
