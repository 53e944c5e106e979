import '../src/quiz/index.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { DefenceQuiz } from '../src/quiz/defence-quiz.js';
import { bankOf, rawQuestions } from './fixtures/sample-questions.js';
import { freshProgressPerTest, QuizHarness } from './helpers/quiz-harness.js';

freshProgressPerTest();

/** A quiz of two questions (Warsaw is right for the first), counting the `quiz-answer` events it sends. */
async function quiz(mode: 'practice' | 'exam' = 'practice') {
  const el = await fixture<DefenceQuiz>(html`<defence-quiz .data=${bankOf([rawQuestions.single, rawQuestions.tf])} seed="fixed" mode=${mode}></defence-quiz>`);
  const answers: string[] = [];
  el.addEventListener('quiz-answer', (e) => answers.push(e.detail.questionId));
  const h = new QuizHarness(el);
  await h.loaded();
  return { h, answers };
}

/** Presses a button twice before the quiz could show what the first press did (a double click, a bouncing key). */
async function pressTwice(h: QuizHarness, name: string | RegExp): Promise<void> {
  const button = h.button(name);
  button.click();
  button.click();
  await h.settle();
}

describe('<defence-quiz> pressed twice', () => {
  it('is accessible after a double Check', async () => {
    const { h } = await quiz();
    await h.start();
    await h.choose('Warsaw');
    await pressTwice(h, 'Check');
    await expect(h.el).to.be.accessible();
  });

  it('Check pressed twice checks once: one quiz-answer, and the feedback of the same question', async () => {
    const { h, answers } = await quiz();
    await h.start();
    await h.choose('Warsaw');
    await pressTwice(h, 'Check');
    expect(answers).to.deep.equal(['single']);
    expect(h.counter).to.contain('1 of 2');
    expect(h.feedbackText).to.contain('Correct.');
    await h.click('Next question');
    expect(h.counter).to.contain('2 of 2');
  });

  it('Next pressed twice in an exam moves one question, commits one answer and skips none', async () => {
    const { h, answers } = await quiz('exam');
    await h.start();
    await h.choose('Warsaw');
    await pressTwice(h, 'Next question');
    expect(h.counter).to.contain('2 of 2');
    expect(h.summary).to.equal(null);
    expect(answers).to.deep.equal(['single']);
  });

  it('Next pressed twice after a check shows the next question, unanswered', async () => {
    const { h, answers } = await quiz();
    await h.start();
    await h.choose('Warsaw');
    await h.check();
    await pressTwice(h, 'Next question');
    expect(h.counter).to.contain('2 of 2');
    expect(h.hint).to.equal('');
    expect(answers).to.deep.equal(['single']);
  });
});
