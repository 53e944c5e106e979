import { expect } from '@open-wc/testing';

import { completedStatement, isoDuration } from '../src/quiz/xapi-statement.js';
import { planQuiz } from '../src/quiz-plan/plan-quiz.js';
import { randomUuid, scrambled, seededRandom, shuffled } from '../src/random/seeded-random.js';
import type { Bank } from '../src/schema/bank-schema.js';
import { validateBank } from '../src/schema/validate-bank.js';
import { bankOf, rawQuestions, validBank } from './fixtures/sample-questions.js';

function manyBank(n: number): Bank {
  const result = validateBank(bankOf(Array.from({ length: n }, (_, i) => ({ ...rawQuestions.single, id: `q${i}`, tags: [i < 3 ? 'early' : 'late'] }))));
  if (!result.ok) throw new Error('invalid');
  return result.value;
}

describe('seeded random', () => {
  it('replays the same sequence for the same seed and differs for another', () => {
    const a = seededRandom('x');
    const b = seededRandom('x');
    const c = seededRandom('y');
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).to.deep.equal(seqA);
    expect([c(), c(), c()]).not.to.deep.equal(seqA);
    expect(seqA.every((v) => v >= 0 && v < 1)).to.equal(true);
  });
  it('shuffles without losing or duplicating', () => {
    const items = Array.from({ length: 50 }, (_, i) => i);
    const out = shuffled(items, seededRandom(1));
    expect([...out].sort((x, y) => x - y)).to.deep.equal(items);
    expect(out).not.to.deep.equal(items);
  });
  it('makes version 4 UUIDs without crypto.randomUUID (missing on plain-http pages)', () => {
    const ids = Array.from({ length: 50 }, randomUuid);
    for (const id of ids) expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).to.equal(50);
  });
  it('scrambles never leaving the original order', () => {
    for (let seed = 0; seed < 200; seed++) expect(scrambled(['a', 'b'], seededRandom(seed))).to.deep.equal(['b', 'a']);
  });
});

describe('planQuiz', () => {
  it('keeps bank order and option order without shuffle or count', () => {
    const plan = planQuiz(manyBank(5), { seed: 's' });
    expect(plan.questionIds).to.deep.equal(['q0', 'q1', 'q2', 'q3', 'q4']);
    expect(plan.layout.q0).to.deep.equal(['a', 'b', 'c']);
  });
  it('count picks N distinct questions, reproducibly by seed', () => {
    const bank = manyBank(20);
    const a = planQuiz(bank, { seed: 's', count: 7 });
    expect(a.questionIds).to.have.length(7);
    expect(new Set(a.questionIds).size).to.equal(7);
    expect(planQuiz(bank, { seed: 's', count: 7 })).to.deep.equal(a);
    expect(planQuiz(bank, { seed: 't', count: 7 }).questionIds).not.to.deep.equal(a.questionIds);
  });
  it('a count larger than the pool, zero or negative asks everything', () => {
    for (const count of [100, 0, -3]) expect(planQuiz(manyBank(4), { seed: 's', count }).questionIds).to.have.length(4);
  });
  it('tags filter before counting', () => {
    expect(planQuiz(manyBank(10), { seed: 's', tags: ['early'] }).questionIds).to.deep.equal(['q0', 'q1', 'q2']);
  });
  it('always scrambles order items and match answers', () => {
    const bank = validBank();
    for (const seed of ['1', '2', '3']) {
      const plan = planQuiz(bank, { seed });
      expect(plan.layout.order).not.to.deep.equal(['i1', 'i2', 'i3', 'i4']);
      expect(plan.layout.match).not.to.deep.equal(['p1', 'p2', 'p3']);
    }
  });
  it('restricts to given ids (retrying the missed ones)', () => {
    expect(planQuiz(manyBank(6), { seed: 's' }, ['q4', 'q1']).questionIds).to.deep.equal(['q1', 'q4']);
  });
});

describe('xAPI statement', () => {
  it('formats durations as ISO 8601', () => {
    expect(isoDuration(0)).to.equal('PT0S');
    expect(isoDuration(83500)).to.equal('PT1M23.5S');
    expect(isoDuration(3_723_000)).to.equal('PT1H2M3S');
  });
  it('omits success without a pass mark and scales the score', () => {
    const s = completedStatement({
      id: 'id',
      actor: { objectType: 'Agent', name: 'A' },
      activityId: 'urn:x',
      lang: 'en',
      title: 'T',
      description: 'D',
      score: 2,
      maxScore: 3,
      passed: undefined,
      durationMs: 1000,
      timestamp: new Date(0),
    });
    expect(s.result).to.deep.equal({ score: { scaled: 0.6667, raw: 2, min: 0, max: 3 }, completion: true, duration: 'PT1S' });
    expect(s.timestamp).to.equal('1970-01-01T00:00:00.000Z');
  });
});
