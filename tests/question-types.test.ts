import '../src/quiz/index.js';

import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { DefenceQuiz } from '../src/quiz/defence-quiz.js';
import type { QuizAnswerEvent } from '../src/quiz/quiz-events.js';
import { bankOf, rawQuestions } from './fixtures/sample-questions.js';
import { nth } from './helpers/present.js';
import { freshProgressPerTest, QuizHarness } from './helpers/quiz-harness.js';

freshProgressPerTest();

/** A one-question quiz, started, with focus on the question and every quiz-answer recorded. */
async function asking(question: object) {
  const el = await fixture<DefenceQuiz>(html`<defence-quiz .data=${bankOf([question as never])} seed="k"></defence-quiz>`);
  const h = new QuizHarness(el);
  await h.loaded();
  const answers: QuizAnswerEvent['detail'][] = [];
  el.addEventListener('quiz-answer', (e) => answers.push(e.detail));
  await h.start();
  return { h, answers };
}

const key = async (h: QuizHarness, press: string, times = 1) => {
  for (let i = 0; i < times; i++) await sendKeys({ press });
  await h.settle();
};

describe('question types, by keyboard alone', () => {
  it('single: Tab into the group, arrows choose, Enter checks', async () => {
    const { h, answers } = await asking(rawQuestions.single);
    await key(h, 'Tab');
    await key(h, 'ArrowDown');
    expect(h.option('Brussels').checked).to.equal(true);
    await key(h, 'ArrowDown');
    await key(h, 'ArrowUp', 2);
    await key(h, 'Enter');
    expect(answers).to.deep.equal([
      { activityId: 'urn:defence-learning:bank:unit', questionId: 'single', questionType: 'single', response: 'a', correct: true, score: 1, maxScore: 1 },
    ]);
    expect(h.feedbackText).to.contain('Correct.');
  });

  it('multiple: Space ticks each box; a wrong tick cancels a right one', async () => {
    const { h, answers } = await asking(rawQuestions.multiple);
    await key(h, 'Tab');
    await key(h, ' ');
    await key(h, 'Tab', 2);
    await key(h, ' ');
    await key(h, 'Enter');
    expect(answers[0]).to.include({ correct: false, score: 0 });
    expect(nth(answers, 0).response).to.deep.equal(['a', 'c']);
    expect(h.feedbackText).to.contain('Not quite.');
  });

  it('multiple: half the right answers earns half, and says so', async () => {
    const { h, answers } = await asking(rawQuestions.multiple);
    await key(h, 'Tab');
    await key(h, ' ');
    await key(h, 'Enter');
    expect(answers[0]).to.include({ correct: false, score: 0.5 });
    expect(h.feedbackText).to.contain('Partly right: 0.5 of 1 point.');
  });

  it('true-false: arrows between True and False', async () => {
    const { h, answers } = await asking(rawQuestions.tf);
    await key(h, 'Tab');
    await key(h, 'ArrowDown');
    await key(h, 'Enter');
    expect(answers[0]).to.include({ response: false, correct: true });
  });

  it('numeric: typed with a unit and a decimal comma; a non-number is refused with a message', async () => {
    const { h, answers } = await asking(rawQuestions.numeric);
    await key(h, 'Tab');
    await sendKeys({ type: 'about seventy' });
    await key(h, 'Enter');
    expect(answers).to.have.length(0);
    expect(h.hint).to.equal('Enter a number, such as 42 or 2.5.');
    (h.field('Your answer (a number)') as HTMLInputElement).select();
    await sendKeys({ type: '75,5 actions' });
    await key(h, 'Enter');
    expect(answers[0]).to.include({ response: '75,5 actions', correct: true });
    expect(h.root.querySelector('.unit')!.textContent).to.equal('actions');
  });

  it('numeric: outside the tolerance is wrong and shows the answer with its tolerance', async () => {
    const { h, answers } = await asking(rawQuestions.numeric);
    await h.type('Your answer (a number)', '77');
    await key(h, 'Enter');
    expect(nth(answers, 0).correct).to.equal(false);
    expect(h.feedbackText).to.contain('The answer: 74 (± 2) actions');
  });

  it('text: accents, case and a typo are forgiven', async () => {
    const { h, answers } = await asking(rawQuestions.text);
    await key(h, 'Tab');
    await sendKeys({ type: 'STRATÉGIC compas' });
    await key(h, 'Enter');
    expect(answers[0]).to.include({ correct: true });
  });

  it('order: move buttons reorder, focus follows the moved item, moves are announced', async () => {
    const { h, answers } = await asking(rawQuestions.order);
    const start = h.orderItems;
    expect(start).not.to.deep.equal(['First', 'Second', 'Third', 'Fourth']);
    // Put "First" on top with its move-up button, pressed by keyboard.
    h.button('Move “First” up').focus();
    for (let i = 0; i < 4; i++) await key(h, 'Enter');
    expect(h.orderItems[0]).to.equal('First');
    expect(h.focused).to.equal(h.button('Move “First” up'));
    expect(h.button('Move “First” up').getAttribute('aria-disabled')).to.equal('true');
    expect(h.announcement).to.match(/^“First” is now at position 1 of 4\.\s?$/);
    for (const [item, target] of [
      ['Second', 1],
      ['Third', 2],
    ] as const) {
      h.button(`Move “${item}” up`).focus();
      while (h.orderItems.indexOf(item) > target) await key(h, ' ');
    }
    expect(h.orderItems).to.deep.equal(['First', 'Second', 'Third', 'Fourth']);
    await h.check();
    expect(answers[0]).to.include({ correct: true, score: 1 });
  });

  it('order: partial credit by items in the right place; checked as shown if untouched', async () => {
    const { h, answers } = await asking(rawQuestions.order);
    const shown = h.orderItems;
    await h.check();
    const right = ['First', 'Second', 'Third', 'Fourth'].filter((t, i) => shown[i] === t).length;
    expect(nth(answers, 0).score).to.equal(right / 4);
    expect(h.feedback).to.exist;
  });

  it('match: a labelled choice list per item, answerable from the keyboard', async () => {
    const { h, answers } = await asking(rawQuestions.match);
    const labels = [...h.root.querySelectorAll('.match-left')].map((l) => l.textContent.trim());
    expect(labels).to.deep.equal(['CSDP', 'PESCO', 'CARD']);
    for (const [left, right] of [
      ['CSDP', 'Common Security and Defence Policy'],
      ['PESCO', 'Permanent Structured Cooperation'],
      ['CARD', 'Permanent Structured Cooperation'],
    ] as const) {
      const select = h.field(left) as HTMLSelectElement;
      select.focus();
      // Keyboard selection on a closed select: arrow through the options until the wanted one.
      for (let i = 0; i < select.options.length && select.selectedOptions[0]?.textContent !== right; i++) await key(h, 'ArrowDown');
      expect(nth(select.selectedOptions, 0).textContent).to.equal(right);
    }
    await h.check();
    expect(answers[0]).to.include({ score: 0.67, correct: false });
    expect(h.feedbackText).to.contain('CARD → Coordinated Annual Review on Defence');
  });

  it('match: every item needs a choice before checking', async () => {
    const { h, answers } = await asking(rawQuestions.match);
    await h.select('CSDP', 'Common Security and Defence Policy');
    await h.check();
    expect(answers).to.have.length(0);
    expect(h.hint).to.equal('Answer the question first.');
  });

  it('cloze: a choice blank and a typed blank, in the flow of the text', async () => {
    const { h, answers } = await asking(rawQuestions.cloze);
    expect(h.root.querySelector('.cloze')!.textContent.replace(/\s+/g, ' ')).to.contain('The');
    const choice = h.field('Blank 1 of 2') as HTMLSelectElement;
    choice.focus();
    for (let i = 0; i < 3 && choice.value !== 'Warsaw'; i++) await key(h, 'ArrowDown');
    expect(choice.value).to.equal('Warsaw');
    await key(h, 'Tab');
    await sendKeys({ type: '2017' });
    await key(h, 'Enter');
    expect(answers[0]).to.include({ score: 0.5, correct: false });
    expect(h.root.querySelector('.blank.is-right')).to.equal(choice);
    expect(h.feedbackText).to.contain('The answer: Warsaw; 2016');
  });
});
