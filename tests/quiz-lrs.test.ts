import '../src/quiz/index.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';

import type { LrsConfig } from '../src/lrs/lrs-config.js';
import type { QuizLrsErrorEvent } from '../src/lrs/lrs-events.js';
import type { DefenceQuiz } from '../src/quiz/defence-quiz.js';
import { bankOf, rawQuestions } from './fixtures/sample-questions.js';
import { nth } from './helpers/present.js';
import { freshProgressPerTest, QuizHarness } from './helpers/quiz-harness.js';

// The LRS is tests/lrs/test-lrs.mjs, served by the test runner: it validates every statement
// against the xAPI specification and can be told to be down, slow, or to answer 401 or 500.
freshProgressPerTest();

/** A statement as the test LRS received it: the parts these tests read. */
interface ReceivedStatement {
  actor: unknown;
  verb: { id: string; display: Record<string, string> };
  object: { id: string; definition: { interactionType?: string } };
  context: { registration: string; contextActivities: { parent?: unknown } };
  result: { score?: unknown };
}

interface Received {
  statements: ReceivedStatement[];
  invalid: unknown[];
  requests: number;
  authorizations: string[];
}

let lrsCount = 0;
/** A fresh LRS for each test, in the given mode. */
async function newLrs(mode = 'ok', extra: Record<string, unknown> = {}): Promise<string> {
  const name = `t${Date.now()}-${lrsCount++}`;
  await control(name, { mode, ...extra });
  return name;
}
const control = (name: string, settings: Record<string, unknown>) => fetch(`/lrs/${name}/control`, { method: 'POST', body: JSON.stringify(settings) });
const received = async (name: string) => (await (await fetch(`/lrs/${name}/received`)).json()) as Received;
const verbs = (r: Received) => r.statements.map((s) => s.verb.display['en-US']);

/** Waits (polling the LRS, up to 8 s) until it holds `count` statements. */
async function statementsArrive(name: string, count: number): Promise<Received> {
  for (let i = 0; i < 160; i++) {
    const r = await received(name);
    if (r.statements.length >= count) return r;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return received(name);
}

const bank = bankOf([rawQuestions.tf, rawQuestions.single], { id: 'lrs-bank' });

async function quizReportingTo(name: string, config: Partial<LrsConfig> = {}) {
  const lrs: LrsConfig = { endpoint: `${location.origin}/lrs/${name}/`, retryDelaysMs: [100, 100], ...config };
  const el = await fixture<DefenceQuiz>(html`<defence-quiz pass-mark="50" .data=${bank} .lrs=${lrs}></defence-quiz>`);
  const h = new QuizHarness(el);
  await h.loaded();
  return h;
}

/** Answers the true/false question wrongly and the single-choice one rightly, then opens the results. */
async function playOneAttempt(h: QuizHarness): Promise<void> {
  await h.start();
  await h.choose('True');
  await h.check();
  await h.click('Next question');
  await h.choose('Warsaw');
  await h.check();
  await h.click('See results');
}

describe('<defence-quiz> reporting to a Learning Record Store', () => {
  it('is accessible with an LRS set, and reports nothing before the learner starts', async () => {
    const name = await newLrs();
    const h = await quizReportingTo(name);
    await expect(h.el).to.be.accessible();
    expect((await received(name)).requests).to.equal(0);
  });

  it('sends attempted, answered per question, completed and passed: valid xAPI, one registration, the quiz as parent', async () => {
    const name = await newLrs();
    const h = await quizReportingTo(name, { actor: { objectType: 'Agent', mbox: 'mailto:learner@example.org', name: 'A learner' } });
    await playOneAttempt(h);
    const r = await statementsArrive(name, 5);
    expect(r.invalid).to.deep.equal([]);
    expect(verbs(r)).to.deep.equal(['attempted', 'answered', 'answered', 'completed', 'passed']);
    const s = r.statements;
    const [attempted, wrong, right, completed, passed] = [nth(s, 0), nth(s, 1), nth(s, 2), nth(s, 3), nth(s, 4)];
    expect(new Set(r.statements.map((s) => s.context.registration)).size).to.equal(1);
    expect(attempted.context.registration).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(attempted.actor).to.deep.equal({ objectType: 'Agent', mbox: 'mailto:learner@example.org', name: 'A learner' });
    expect(attempted.object.id).to.equal('urn:defence-learning:bank:lrs-bank');
    expect(wrong.object.id).to.equal('urn:defence-learning:bank:lrs-bank#tf');
    expect(wrong.object.definition.interactionType).to.equal('true-false');
    expect(wrong.context.contextActivities.parent).to.deep.equal([{ objectType: 'Activity', id: 'urn:defence-learning:bank:lrs-bank' }]);
    expect(wrong.result).to.deep.include({ response: 'true', success: false });
    expect(right.result).to.deep.include({ response: 'a', success: true });
    expect(right.result.score).to.deep.equal({ raw: 1, min: 0, max: 1, scaled: 1 });
    expect(completed.result).to.deep.include({ completion: true, success: true });
    expect(completed.result.score).to.deep.equal({ raw: 1, min: 0, max: 2, scaled: 0.5 });
    expect(passed.verb.id).to.equal('http://adlnet.gov/expapi/verbs/passed');
    expect(r.authorizations.every((a) => a === '')).to.equal(true, 'no credentials were configured');
  });

  it('sends Basic credentials, or the header a token function gives', async () => {
    const basic = await newLrs('ok', { auth: `Basic ${btoa('teacher:s3cret')}` });
    await playOneAttempt(await quizReportingTo(basic, { auth: { username: 'teacher', password: 's3cret' } }));
    expect(verbs(await statementsArrive(basic, 5))).to.have.length(5);
    const token = await newLrs('ok', { auth: 'Bearer abc' });
    await playOneAttempt(await quizReportingTo(token, { auth: () => Promise.resolve('Bearer abc') }));
    expect(verbs(await statementsArrive(token, 5))).to.have.length(5);
  });

  it('keeps statements while the LRS answers 500 and sends them, in order, once it recovers', async () => {
    const name = await newLrs('500');
    const h = await quizReportingTo(name, { retryDelaysMs: [200, 200, 200, 200, 200, 200, 200, 200] });
    await h.start();
    await h.choose('True');
    await h.check();
    expect(h.feedbackText, 'the learner got feedback while the LRS failed').to.match(/^Not quite/);
    await control(name, { mode: 'ok' });
    const r = await statementsArrive(name, 2);
    expect(verbs(r)).to.deep.equal(['attempted', 'answered']);
    expect(r.requests).to.be.greaterThan(1, 'the first tries failed and were retried');
  });

  it('gives up after its retries with quiz-lrs-error (401), and the statements wait on the device for the next quiz', async () => {
    const name = await newLrs('401');
    const h = await quizReportingTo(name);
    const failed = oneEvent<QuizLrsErrorEvent>(h.el, 'quiz-lrs-error');
    await h.start();
    const { detail } = await failed;
    expect(detail).to.include({ status: 401, queued: 1 });
    expect((await received(name)).requests).to.equal(3, 'one try and two retries');
    h.el.remove();
    await control(name, { mode: 'ok' });
    // Another page (here: another quiz) reporting to the same LRS sends what was left.
    await quizReportingTo(name);
    expect(verbs(await statementsArrive(name, 1))).to.deep.equal(['attempted']);
  });

  it('an LRS that is down: quiz-lrs-error with status 0, and the quiz goes on', async () => {
    const name = await newLrs('down');
    const h = await quizReportingTo(name);
    const failed = oneEvent<QuizLrsErrorEvent>(h.el, 'quiz-lrs-error');
    await h.start();
    await h.choose('False');
    await h.check();
    expect(h.feedbackText).to.match(/^Correct/);
    const { detail } = await failed;
    expect(detail.status).to.equal(0);
    expect(detail.queued).to.be.greaterThan(0);
    expect(detail.message).to.match(/could not be reached/);
  });

  it('a slow LRS never makes the learner wait', async () => {
    const name = await newLrs('slow', { delayMs: 3000 });
    const h = await quizReportingTo(name);
    const began = performance.now();
    await playOneAttempt(h);
    expect(h.summary, 'the results show').to.not.equal(null);
    expect(performance.now() - began).to.be.below(3000, 'no step waited for the LRS');
    await control(name, { mode: 'ok' });
    expect(verbs(await statementsArrive(name, 5))).to.deep.equal(['attempted', 'answered', 'answered', 'completed', 'passed']);
  });
});
