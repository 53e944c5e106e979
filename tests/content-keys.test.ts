import { expect } from '@open-wc/testing';

import { grade } from '../src/grading/grade.js';
import { isAnswered, type LearnerResponse, responseFor } from '../src/question-types/question-types.js';
import { planQuiz } from '../src/quiz-plan/plan-quiz.js';
import type { Bank, Question } from '../src/schema/bank-schema.js';
import { ownValue } from '../src/schema/content-keys.js';
import { validateBank } from '../src/schema/validate-bank.js';
import { QuizProgress } from '../src/storage/progress-store.js';
import { exportProgress, importProgress } from '../src/storage/progress-transfer.js';
import { SafeStore } from '../src/storage/safe-store.js';
import { bankOf, rawQuestions } from './fixtures/sample-questions.js';
import { nth } from './helpers/present.js';
import { testDatabaseName } from './helpers/storage-faults.js';

/** Ids the id pattern allows that name members of every plain object. */
const PROTOTYPE_IDS = ['constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'] as const;

function problems(input: unknown): string[] {
  const result = validateBank(input);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

/** A bank whose every id (questions, options, items, pairs, blanks) is one of `ids`, as an author would write it in JSON. */
function bankWithIds(ids: readonly string[]): unknown {
  const [a, b, c] = [nth(ids, 0), nth(ids, 1 % ids.length), nth(ids, 2 % ids.length)];
  const questions = [
    { ...rawQuestions.single, id: a, options: rawQuestions.single.options.map((o, i) => ({ ...o, id: nth(ids, i % ids.length) })) },
    { ...rawQuestions.multiple, id: b, options: rawQuestions.multiple.options.slice(0, 3).map((o, i) => ({ ...o, id: nth(ids, i % ids.length) })) },
    { ...rawQuestions.tf, id: c },
    { ...rawQuestions.order, id: `${a}-order`, items: rawQuestions.order.items.slice(0, 3).map((item, i) => ({ ...item, id: nth(ids, i % ids.length) })) },
    { ...rawQuestions.match, id: `${a}-match`, pairs: rawQuestions.match.pairs.map((p, i) => ({ ...p, id: nth(ids, i % ids.length) })) },
    {
      ...rawQuestions.cloze,
      id: `${a}-cloze`,
      text: `The {{${a}}} declaration was signed in {{${b}}}.`,
      blanks: { [a]: rawQuestions.cloze.blanks.city, [b]: rawQuestions.cloze.blanks.year },
    },
    { ...rawQuestions.text, id: `${a}-text` },
    { ...rawQuestions.numeric, id: `${a}-numeric` },
  ];
  return JSON.parse(JSON.stringify(bankOf(questions))) as unknown;
}

function validated(input: unknown): Bank {
  const result = validateBank(input);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
}

/** The right answer to each question, as the learner would give it. */
function rightResponse(question: Question): LearnerResponse {
  switch (question.type) {
    case 'single':
      return question.options.find((o) => o.correct)!.id;
    case 'multiple':
      return question.options.filter((o) => o.correct).map((o) => o.id);
    case 'true-false':
      return question.answer;
    case 'numeric':
      return String(question.answer);
    case 'text':
      return nth(question.accept, 0);
    case 'order':
      return question.items.map((i) => i.id);
    case 'match':
      return Object.fromEntries(question.pairs.map((p) => [p.id, p.id]));
    case 'cloze':
      return Object.fromEntries(Object.entries(question.blanks).map(([id, blank]) => [id, nth(blank.accept, 0)]));
  }
}

describe('ids named like members of every object', () => {
  it('are valid ids, and a quiz of them plans, grades and stores like any other', async () => {
    const bank = validated(bankWithIds(PROTOTYPE_IDS));
    const plan = planQuiz(bank, { seed: 'proto', shuffle: true });
    expect(plan.questionIds).to.have.length(bank.questions.length);

    const byId = new Map(bank.questions.map((q) => [q.id, q]));
    const responses: Record<string, LearnerResponse> = {};
    for (const id of plan.questionIds) {
      const question = byId.get(id)!;
      // Nothing answered yet: no question counts as answered, none as right, whatever its id.
      expect(isAnswered(question, responseFor(question, responses)), `${id} unanswered`).to.equal(false);
      expect(grade(question, responseFor(question, responses)).score, `${id} unanswered`).to.equal(0);
      if (question.type === 'single' || question.type === 'multiple' || question.type === 'order' || question.type === 'match') {
        expect(ownValue(plan.layout, id), `layout of ${id}`).to.be.an('array');
      } else {
        expect(ownValue(plan.layout, id), `layout of ${id}`).to.equal(undefined);
      }
      responses[id] = rightResponse(question);
      expect(isAnswered(question, responseFor(question, responses)), `${id} answered`).to.equal(true);
      expect(grade(question, responseFor(question, responses)), `${id} right`).to.include({ correct: true, fraction: 1 });
    }

    // Store the attempt, read it back on a "reload", and grade it again from what was stored.
    const store = new SafeStore({ dbName: testDatabaseName('proto-ids') });
    const progress = new QuizProgress({ progressKey: 'constructor', mode: 'practice' }, store);
    const attempt = progress.begin(plan, { now: 1000 });
    progress.save({ ...attempt, responses, checked: [...plan.questionIds], position: plan.questionIds.length - 1, updatedAt: 2000 });
    await store.flush();
    const reloaded = await new QuizProgress({ progressKey: 'constructor', mode: 'practice' }, new SafeStore({ dbName: store.dbName })).load();
    expect(reloaded.unreadable).to.deep.equal([]);
    const stored = reloaded.resumable!;
    for (const id of plan.questionIds) {
      const question = byId.get(id)!;
      expect(grade(question, responseFor(question, stored.responses)).correct, `${id} after reload`).to.equal(true);
      expect(ownValue(stored.plan.layout, id), `layout of ${id} after reload`).to.deep.equal(ownValue(plan.layout, id));
    }
    // Ids that are not in the attempt find nothing, even those every object has.
    expect(Reflect.get(stored.responses, 'valueOf')).to.equal(undefined);
    expect(Reflect.get(stored.plan.layout, 'toLocaleString')).to.equal(undefined);

    // And the attempt survives an export and an import into a fresh store.
    const document = await exportProgress({ store });
    const fresh = new SafeStore({ dbName: testDatabaseName('proto-ids-import') });
    expect(await importProgress(JSON.stringify(document), { store: fresh })).to.include({ ok: true, added: 1 });
  });

  it('a wrong-shaped or inherited response counts as no answer, never as a crash', () => {
    const bank = validated(bankWithIds(PROTOTYPE_IDS));
    const shapes: unknown[] = [undefined, null, 5, 'text', true, [], ['x'], {}, { a: 1 }, Object, () => 1, [1, 2]];
    for (const question of bank.questions) {
      for (const shape of shapes) {
        const label = `${question.type} ${String(shape)}`;
        expect(() => grade(question, shape), label).not.to.throw();
        expect(() => isAnswered(question, shape), label).not.to.throw();
        expect(grade(question, shape).score, label).to.be.within(0, question.points);
      }
      // A plain `{}` of responses holds `constructor`, `toString`…: none is an answer.
      expect(isAnswered(question, responseFor(question, {})), question.id).to.equal(false);
    }
  });

  it('a cloze marker without a blank of its own is refused, even one every object has', () => {
    const bank = bankWithIds(['city', 'year', 'place']) as { questions: Array<{ type: string; text: string; blanks: object }> };
    const cloze = bank.questions.find((q) => q.type === 'cloze')!;
    cloze.text += ' {{toString}} {{constructor}}';
    expect(problems(bank)).to.deep.equal([
      'questions[5].text: marker {{toString}} has no blank in "blanks"',
      'questions[5].text: marker {{constructor}} has no blank in "blanks"',
    ]);
  });

  it('a blank named "__proto__" is refused by name, not silently dropped', () => {
    const bank = bankWithIds(['city', 'year', 'place']) as { questions: Array<{ type: string; text: string; blanks: object }> };
    const cloze = bank.questions.find((q) => q.type === 'cloze')!;
    cloze.text += ' {{__proto__}}';
    cloze.blanks = JSON.parse(`{"__proto__": {"accept": ["x"]}, ${JSON.stringify(cloze.blanks).slice(1)}`) as object;
    expect(problems(bank)).to.deep.equal(['questions[5].blanks["__proto__"]: must use only letters, digits, ".", "_" and "-"']);
  });

  it('a "__proto__" field anywhere in a bank is an unknown field', () => {
    const bank = JSON.parse(JSON.stringify(bankOf([rawQuestions.tf])).replace('{"prompt"', '{"__proto__":{"answer":true},"prompt"')) as unknown;
    expect(problems(bank)).to.deep.equal(['questions[0]: has unknown field "__proto__"']);
  });
});
