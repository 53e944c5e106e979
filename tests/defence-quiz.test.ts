import '../src/quiz/index.js';

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';

import type { DefenceQuiz } from '../src/quiz/defence-quiz.js';
import type { QuizAnswerEvent, QuizCompleteEvent, QuizErrorEvent, QuizStartEvent } from '../src/quiz/quiz-events.js';
import { bankOf, rawQuestions } from './fixtures/sample-questions.js';
import { nth } from './helpers/present.js';
import { freshProgressPerTest, QuizHarness } from './helpers/quiz-harness.js';
import { waitUntil } from './helpers/wait-until.js';

freshProgressPerTest();

async function quiz(bank: unknown, attrs: Partial<Pick<DefenceQuiz, 'mode' | 'seed' | 'passMark' | 'count' | 'tags' | 'shuffle'>> = {}) {
  const el = await fixture<DefenceQuiz>(html`<defence-quiz .data=${bank} seed="fixed"></defence-quiz>`);
  Object.assign(el, attrs);
  const h = new QuizHarness(el);
  await h.loaded();
  return h;
}

const oneOfEach = () => bankOf(Object.values(rawQuestions));

/** Plays the single-choice, true/false and text questions to the results: Warsaw, True, then `typed`. */
async function playToResults(h: QuizHarness, typed: string): Promise<void> {
  await h.start();
  await h.choose('Warsaw');
  await h.check();
  await h.click('Next question');
  await h.choose('True');
  await h.check();
  await h.click('Next question');
  await h.type('Your answer', typed);
  await h.check();
  await h.click('See results');
}

describe('<defence-quiz> accessibility', () => {
  it('is accessible in every state: start, unanswered, right, wrong, summary', async () => {
    const h = await quiz(bankOf([rawQuestions.single, rawQuestions.tf]));
    await expect(h.el).to.be.accessible();
    await h.start();
    await expect(h.el).to.be.accessible();
    await h.choose('Warsaw');
    await h.check();
    await expect(h.el).to.be.accessible();
    await h.click('Next question');
    await h.choose('True');
    await h.check();
    expect(h.feedbackText).to.contain('Not quite');
    await expect(h.el).to.be.accessible();
    await h.click('See results');
    expect(h.summary).to.exist;
    await expect(h.el).to.be.accessible();
  });

  it('is accessible showing an error', async () => {
    const h = await quiz({ id: 'x' });
    expect(h.errorPanel).to.exist;
    await expect(h.el).to.be.accessible();
  });

  it('is accessible on every question type, answered and revealed', async () => {
    const h = await quiz(oneOfEach());
    await h.start();
    for (let i = 0; i < Object.keys(rawQuestions).length; i++) {
      await expect(h.el).to.be.accessible();
      await h.check();
      if (h.hint) {
        // Give any answer, to see the revealed state too.
        const first = h.root.querySelector<HTMLInputElement>('fieldset input[type=radio], fieldset input[type=checkbox]');
        if (first) first.click();
        for (const t of h.root.querySelectorAll<HTMLInputElement>('fieldset input[type=text]')) {
          t.value = '1';
          t.dispatchEvent(new Event('input'));
        }
        for (const s of h.root.querySelectorAll<HTMLSelectElement>('fieldset select')) {
          s.selectedIndex = 1;
          s.dispatchEvent(new Event('change'));
        }
        await h.settle();
        await h.check();
      }
      expect(h.feedback, `${h.counter}: ${h.hint}`).to.exist;
      await expect(h.el).to.be.accessible();
      await h.click(/Next question|See results/);
    }
  });

  it('never runs past a 320 px card: every question type revealed, wrong, with long texts', async () => {
    const long = 'Organisation for Security and Co-operation in Europe';
    const bank = structuredClone(oneOfEach());
    for (const q of bank.questions as Array<Record<string, unknown>>) {
      if (Array.isArray(q.options)) q.options = (q.options as Array<{ text: string }>).map((o) => ({ ...o, text: `${o.text} ${long}` }));
      if (Array.isArray(q.pairs)) q.pairs = (q.pairs as Array<{ right: string }>).map((p) => ({ ...p, right: `${p.right} ${long}` }));
    }
    const el = await fixture<HTMLElement>(html`<div style="width: 320px"><defence-quiz .data=${bank} seed="fixed"></defence-quiz></div>`);
    const h = new QuizHarness(el.querySelector('defence-quiz')!);
    await h.loaded();
    const overflowing = () =>
      [h.el, ...h.root.querySelectorAll<HTMLElement>('*')]
        .filter((e) => e.clientWidth > 0 && !e.matches('.visually-hidden') && e.scrollWidth > e.clientWidth + 1)
        .map((e) => `${e.tagName}.${e.className}`);
    await h.start();
    for (let i = 0; i < Object.keys(rawQuestions).length; i++) {
      const wrong = [...h.root.querySelectorAll<HTMLInputElement>('fieldset input[type=radio], fieldset input[type=checkbox]')].pop();
      wrong?.click();
      for (const t of h.root.querySelectorAll<HTMLInputElement>('fieldset input[type=text]')) {
        t.value = '1';
        t.dispatchEvent(new Event('input'));
      }
      for (const s of h.root.querySelectorAll<HTMLSelectElement>('fieldset select')) {
        s.selectedIndex = s.options.length - 1;
        s.dispatchEvent(new Event('change'));
      }
      await h.settle();
      await h.check();
      expect(h.feedback, h.counter).to.exist;
      expect(overflowing(), h.counter).to.deep.equal([]);
      // "(right answer)" under the option's text, not a side column squeezing it into one-word lines.
      for (const mark of h.root.querySelectorAll('.option .mark')) {
        const text = mark.parentElement!.querySelector('.option-text')!.getBoundingClientRect();
        expect(mark.getBoundingClientRect().top, `${h.counter}: ${mark.textContent}`).to.be.at.least(text.bottom - 1);
      }
      expect(h.el.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
      await h.click(/Next question|See results/);
    }
    expect(overflowing(), 'summary').to.deep.equal([]);
  });

  it('groups every question in a fieldset whose legend is the prompt', async () => {
    const h = await quiz(oneOfEach());
    await h.start();
    const fieldset = h.root.querySelector('fieldset')!;
    expect(fieldset.querySelector(':scope > legend')!.textContent.trim()).to.equal('P?');
    expect(fieldset.querySelectorAll('input[type=radio]').length).to.equal(3);
  });

  it('has a polite live region before anything is announced', async () => {
    const h = await quiz(oneOfEach());
    const region = h.root.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent.trim()).to.equal('');
  });
});

describe('<defence-quiz> practice mode', () => {
  it('fires quiz-start, then quiz-answer with the grade, and shows feedback with the source', async () => {
    const h = await quiz(bankOf([rawQuestions.single, rawQuestions.multiple]));
    setTimeout(() => h.button('Start').click());
    const started = await oneEvent<QuizStartEvent>(h.el, 'quiz-start');
    expect(started.detail.questionIds).to.deep.equal(['single', 'multiple']);
    expect(started.bubbles && started.composed).to.equal(true);
    await h.settle();
    await h.choose('Brussels');
    setTimeout(() => h.button('Check').click());
    const answered = await oneEvent<QuizAnswerEvent>(h.el, 'quiz-answer');
    expect(answered.detail).to.deep.equal({
      activityId: 'urn:defence-learning:bank:unit',
      questionId: 'single',
      questionType: 'single',
      response: 'b',
      correct: false,
      score: 0,
      maxScore: 1,
    });
    await h.settle();
    expect(h.feedbackText).to.contain('Not quite');
    expect(h.feedbackText).to.contain('The answer: Warsaw');
    expect(h.feedbackText).to.contain('Why: Because.');
    expect(h.feedbackText).to.contain('a verbatim passage');
    expect(h.feedbackText).to.contain('A document, EEAS, 4 June 2018');
    // Per-option feedback, for the chosen option and the right one.
    expect(h.root.textContent).to.contain('Brussels hosted later meetings.');
    expect(h.root.textContent).to.contain('Yes: Warsaw, 8 July 2016.');
    expect(h.announcement).to.equal('Not quite.');
    expect(h.focused).to.equal(h.feedback);
    expect(h.option('Warsaw').disabled).to.equal(true);
  });

  it('asks for an answer instead of checking an empty one', async () => {
    const h = await quiz(bankOf([rawQuestions.single]));
    await h.start();
    let answers = 0;
    h.el.addEventListener('quiz-answer', () => answers++);
    await h.check();
    expect(h.hint).to.equal('Answer the question first.');
    expect(h.announcement).to.equal('Answer the question first.');
    expect(h.feedback).to.equal(null);
    expect(answers).to.equal(0);
  });

  it('moves focus to the next question after "Next question"', async () => {
    const h = await quiz(bankOf([rawQuestions.single, rawQuestions.tf]));
    await h.start();
    expect(h.focused).to.equal(h.root.querySelector('.question'));
    await h.choose('Warsaw');
    await h.check();
    await h.click('Next question');
    expect(h.counter).to.contain('Question 2 of 2');
    expect(h.focused).to.equal(h.root.querySelector('.question'));
  });

  it('completes with score, pass/fail and an xAPI statement', async () => {
    const h = await quiz(bankOf([rawQuestions.single, rawQuestions.tf]), { passMark: 60 });
    await h.start();
    await h.choose('Warsaw');
    await h.check();
    await h.click('Next question');
    await h.choose('True');
    await h.check();
    setTimeout(() => h.button('See results').click());
    const done = await oneEvent<QuizCompleteEvent>(h.el, 'quiz-complete');
    expect(done.detail).to.include({ score: 1, maxScore: 2, scaled: 0.5, passed: false });
    expect(done.detail.durationMs).to.be.at.least(0);
    const s = done.detail.statement;
    expect(s.id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(s.verb.id).to.equal('http://adlnet.gov/expapi/verbs/completed');
    expect(s.result).to.deep.include({ success: false, completion: true });
    expect(s.result.score).to.deep.equal({ scaled: 0.5, raw: 1, min: 0, max: 2 });
    expect(s.object.definition.name).to.deep.equal({ en: 'Unit bank' });
    expect(s.result.duration).to.match(/^PT[\d.]+S$/);
    await h.settle();
    expect(h.summary!.textContent).to.contain('1 of 2 points (50%)');
    expect(h.summary!.textContent).to.contain('Not passed yet: 60% is needed.');
    expect(h.focused).to.equal(h.summary);
  });

  it('shows no pass or fail without a pass-mark', async () => {
    const h = await quiz(bankOf([rawQuestions.tf]));
    await h.start();
    await h.choose('False');
    await h.check();
    setTimeout(() => h.button('See results').click());
    const done = await oneEvent<QuizCompleteEvent>(h.el, 'quiz-complete');
    expect(done.detail.passed).to.equal(undefined);
    expect('success' in done.detail.statement.result).to.equal(false);
    await h.settle();
    expect(h.summary!.textContent).not.to.match(/passed/i);
  });
});

describe('<defence-quiz> summary', () => {
  it('breaks the score down by tag, reviews every question and retries the missed ones', async () => {
    const q1 = { ...rawQuestions.single, tags: ['places'] };
    const q2 = { ...rawQuestions.tf, tags: ['facts'] };
    const q3 = { ...rawQuestions.text, tags: ['facts', 'names'] };
    const h = await quiz(bankOf([q1, q2, q3]));
    await playToResults(h, 'Strategic Compas');
    const rows = [...h.summary!.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => c.textContent.trim()).join(' '));
    expect(rows).to.deep.equal(['facts 1 / 2', 'names 1 / 1', 'places 1 / 1']);
    const review = h.summary!.querySelectorAll('.review-item');
    expect(review.length).to.equal(3);
    expect(nth(review, 1).textContent).to.contain('Your answer: True');
    expect(nth(review, 1).textContent).to.contain('The answer: False');
    expect(nth(review, 1).textContent).to.contain('a verbatim passage');
    await h.click('Retry the ones I missed');
    expect(h.counter).to.contain('Question 1 of 1');
    expect(h.prompt).to.equal('P?');
    await h.choose('False');
    await h.check();
    expect(h.feedbackText).to.contain('Correct.');
  });

  it('starts again with every question', async () => {
    const h = await quiz(bankOf([rawQuestions.single, rawQuestions.tf]));
    await h.start();
    await h.choose('Warsaw');
    await h.check();
    await h.click('Next question');
    await h.choose('False');
    await h.check();
    await h.click('See results');
    expect(h.summary!.textContent).to.contain('Every answer was right.');
    expect(h.hasButton('Retry the ones I missed')).to.equal(false);
    await h.click('Start again');
    expect(h.counter).to.contain('Question 1 of 2');
  });
});

describe('<defence-quiz> focus moved by script', () => {
  /** The heading's look while its section has focus: a ring when the browser shows focus, never an underline. */
  const looks = (section: Element, heading: string) => {
    const style = getComputedStyle(section.querySelector(heading)!);
    return { focusVisible: section.matches(':focus-visible'), ring: style.outlineStyle, underline: style.textDecorationLine };
  };

  it('rings the question counter, the unanswered check and the results heading after a key press, and underlines none', async () => {
    const h = await quiz(bankOf([rawQuestions.tf]), { mode: 'exam' });
    h.button('Start').focus();
    await sendKeys({ press: 'Enter' });
    await h.settle();
    expect(h.focused).to.equal(h.root.querySelector('.question'));
    expect(looks(h.focused!, '.counter')).to.deep.equal({ focusVisible: true, ring: 'solid', underline: 'none' });
    h.button('See results').focus();
    await sendKeys({ press: 'Enter' });
    await h.settle();
    expect(h.focused).to.equal(h.root.querySelector('.finish-check'));
    expect(looks(h.focused!, 'h2')).to.deep.equal({ focusVisible: true, ring: 'solid', underline: 'none' });
    h.button('Finish anyway').focus();
    await sendKeys({ press: 'Enter' });
    await h.settle();
    expect(h.focused).to.equal(h.summary);
    expect(looks(h.focused!, 'h2')).to.deep.equal({ focusVisible: true, ring: 'solid', underline: 'none' });
  });
});

describe('<defence-quiz> exam mode', () => {
  it('gives no feedback until the summary, and allows going back', async () => {
    const h = await quiz(bankOf([rawQuestions.single, rawQuestions.tf]), { mode: 'exam', passMark: 50 });
    await h.start();
    expect(h.hasButton('Check')).to.equal(false);
    await h.choose('Brussels');
    let answers = 0;
    h.el.addEventListener('quiz-answer', () => answers++);
    await h.click('Next question');
    expect(answers).to.equal(1);
    expect(h.feedback).to.equal(null);
    expect(h.announcement).to.equal('');
    await h.click('Previous question');
    expect(h.option('Brussels').checked).to.equal(true);
    await h.choose('Warsaw');
    await h.click('Next question');
    await h.choose('False');
    setTimeout(() => h.button('See results').click());
    const done = await oneEvent<QuizCompleteEvent>(h.el, 'quiz-complete');
    expect(done.detail).to.include({ score: 2, maxScore: 2, passed: true });
    await h.settle();
    expect(h.summary!.textContent).to.contain('Passed');
  });

  it('counts a skipped question as unanswered and wrong', async () => {
    const h = await quiz(bankOf([rawQuestions.single, rawQuestions.tf]), { mode: 'exam' });
    await h.start();
    await h.click('Next question');
    await h.choose('False');
    await h.click('See results');
    await h.click('Finish anyway');
    expect(h.summary!.textContent).to.contain('1 of 2 points');
    expect(h.summary!.querySelector('.review-item')!.textContent).to.contain('Your answer: (no answer)');
  });
});

describe('<defence-quiz> exam mode: the unanswered check', () => {
  const three = () => bankOf([rawQuestions.single, rawQuestions.tf, { ...rawQuestions.tf, id: 'tf2', prompt: 'Second statement?' }]);

  it('lists the questions left blank before the results, with a way back to each, and finishes anyway on request', async () => {
    const h = await quiz(three(), { mode: 'exam' });
    await h.start();
    await h.click('Next question');
    await h.click('Next question');
    await h.choose('False');
    let completed = 0;
    h.el.addEventListener('quiz-complete', () => completed++);
    await h.click('See results');
    expect(h.summary).to.equal(null);
    expect(completed).to.equal(0);
    const check = h.root.querySelector('.finish-check')!;
    expect(check.querySelector('h2')!.textContent).to.equal('2 questions unanswered — finish anyway?');
    expect(h.focused).to.equal(check);
    expect(h.announcement).to.equal('2 questions unanswered — finish anyway?');
    expect([...check.querySelectorAll('li button')].map((b) => b.textContent.trim())).to.deep.equal(['Question 1 of 3', 'Question 2 of 3']);
    await expect(h.el).to.be.accessible();

    await h.click('Question 2 of 3');
    expect(h.counter).to.equal('Question 2 of 3');
    expect(h.focused).to.equal(h.root.querySelector('.question'));
    await h.choose('False');
    await h.click('Next question');
    await h.click('See results');
    expect([...h.root.querySelectorAll('.finish-check li button')].map((b) => b.textContent.trim())).to.deep.equal(['Question 1 of 3']);

    await h.click('Finish anyway');
    expect(completed).to.equal(1);
    expect(h.summary!.textContent).to.contain('2 of 3 points');
  });

  it('counts an order question nobody moved as unanswered, grades it as it stands when finished anyway, and as answered once an item moved', async () => {
    const bank = bankOf([rawQuestions.single, rawQuestions.order, rawQuestions.tf]);
    const blank = await quiz(bank, { mode: 'exam' });
    await blank.start();
    await blank.click('Next question');
    const shown = blank.orderItems;
    await blank.click('Next question');
    await blank.click('See results');
    expect(blank.root.querySelector('.finish-check h2')!.textContent).to.equal('3 questions unanswered — finish anyway?');
    await blank.click('Finish anyway');
    const review = [...blank.summary!.querySelectorAll('.review-item')][1]!.textContent.replace(/\s+/g, ' ');
    expect(review).to.contain(`Your answer: ${shown.map((text, i) => `${i + 1}. ${text}`).join(' ')}`);

    const moved = await quiz(bank, { mode: 'exam' });
    await moved.start();
    await moved.click('Next question');
    await moved.click(`Move “${moved.orderItems[0]}” down`);
    await moved.click('Next question');
    await moved.click('See results');
    expect(moved.root.querySelector('.finish-check h2')!.textContent).to.equal('2 questions unanswered — finish anyway?');
    expect([...moved.root.querySelectorAll('.finish-check li button')].map((b) => b.textContent.trim())).to.deep.equal(['Question 1 of 3', 'Question 3 of 3']);
  });

  it('goes straight to the results when every question is answered', async () => {
    const h = await quiz(bankOf([rawQuestions.tf]), { mode: 'exam' });
    await h.start();
    await h.choose('False');
    await h.click('See results');
    expect(h.root.querySelector('.finish-check')).to.equal(null);
    expect(h.summary).to.exist;
  });
});

describe('<defence-quiz> scores and topics as people read them', () => {
  const thirds = {
    ...rawQuestions.multiple,
    options: [
      { id: 'a', text: 'A', correct: true },
      { id: 'b', text: 'B', correct: true },
      { id: 'c', text: 'C', correct: true },
      { id: 'd', text: 'D', correct: false },
    ],
  };

  it('rounds partial credit to tenths and shows it in its own colour, neither right nor wrong', async () => {
    const h = await quiz(bankOf([thirds]));
    const answered = new Promise<QuizAnswerEvent>((resolve) => h.el.addEventListener('quiz-answer', resolve, { once: true }));
    await h.start();
    await h.choose('A', 'B');
    await h.check();
    expect((await answered).detail.score).to.equal(0.67);
    expect(h.feedbackText).to.contain('Partly right: 0.7 of 1 point.');
    const verdict = h.feedback!.querySelector('.verdict')!;
    const colour = getComputedStyle(verdict).color;
    const wrong = getComputedStyle(h.el).getPropertyValue('--dl-color-wrong') || 'rgb(179, 38, 30)';
    expect(h.feedback!.classList.contains('is-partial')).to.equal(true);
    expect(colour).to.not.equal(wrong);
    expect(colour).to.not.equal('rgb(179, 38, 30)');
    expect(colour).to.not.equal('rgb(255, 155, 143)');
    const complete = new Promise<QuizCompleteEvent>((resolve) => h.el.addEventListener('quiz-complete', resolve, { once: true }));
    await h.click('See results');
    expect((await complete).detail.score).to.equal(0.67);
    expect(h.summary!.querySelector('.score')!.textContent).to.equal('0.7 of 1 points (67%)');
    expect(h.summary!.querySelector('.by-tag td')!.textContent).to.equal('0.7 / 1');
    expect(h.summary!.querySelector('.review-item .is-partial')).to.exist;
  });

  it("shows the bank's tag labels, not the slugs, in the results and in the mastery table", async () => {
    const bank = bankOf([{ ...rawQuestions.tf, tags: ['initiatives-2017'] }], { tags: { 'initiatives-2017': 'Initiatives of 2017' } });
    const h = await quiz(bank);
    await h.start();
    await h.choose('False');
    await h.check();
    await h.click('See results');
    expect(h.summary!.querySelector('.by-tag th[scope=row]')!.textContent).to.equal('Initiatives of 2017');
    const again = await quiz(bank);
    expect(again.root.querySelector('.mastery-tag')!.textContent).to.equal('Initiatives of 2017');
  });
});

describe('<defence-quiz> selection', () => {
  const many = () =>
    bankOf(Array.from({ length: 12 }, (_, i) => ({ ...rawQuestions.tf, id: `q${i}`, prompt: `Statement ${i}`, tags: [i % 2 ? 'odd' : 'even'] })));

  async function promptsOf(h: QuizHarness): Promise<string[]> {
    const prompts: string[] = [];
    await h.start();
    for (;;) {
      prompts.push(h.prompt);
      if (h.hasButton('See results')) break;
      await h.click('Next question');
    }
    return prompts;
  }

  it('count takes N questions; the same seed gives the same selection and order', async () => {
    const a = await promptsOf(await quiz(many(), { mode: 'exam', count: 5, shuffle: true, seed: 's1' }));
    const b = await promptsOf(await quiz(many(), { mode: 'exam', count: 5, shuffle: true, seed: 's1' }));
    const c = await promptsOf(await quiz(many(), { mode: 'exam', count: 5, shuffle: true, seed: 's2' }));
    expect(a.length).to.equal(5);
    expect(new Set(a).size).to.equal(5);
    expect(b).to.deep.equal(a);
    expect(c).not.to.deep.equal(a);
  });

  it('tags keep only the matching questions', async () => {
    const prompts = await promptsOf(await quiz(many(), { mode: 'exam', tags: 'odd' }));
    expect(prompts).to.deep.equal(['Statement 1', 'Statement 3', 'Statement 5', 'Statement 7', 'Statement 9', 'Statement 11']);
  });

  it('tags that match nothing show an error, not an empty quiz', async () => {
    const el = await fixture<DefenceQuiz>(html`<defence-quiz tags="nope"></defence-quiz>`);
    const errors: QuizErrorEvent[] = [];
    el.addEventListener('quiz-error', (e) => errors.push(e));
    el.data = many();
    const h = new QuizHarness(el);
    await h.loaded();
    expect(h.errorPanel!.textContent).to.contain('No question in this bank matches the chosen tags');
    expect(errors.length).to.equal(1);
  });
});

describe('<defence-quiz> keyboard', () => {
  it('a whole quiz can be taken with the keyboard alone', async () => {
    const h = await quiz(bankOf([rawQuestions.single, rawQuestions.text]));
    h.button('Start').focus();
    await sendKeys({ press: 'Enter' });
    await h.settle();
    expect(h.counter).to.contain('Question 1 of 2');
    await sendKeys({ press: 'Tab' });
    await h.settle();
    expect(h.focused).to.be.instanceOf(HTMLInputElement);
    await sendKeys({ press: ' ' });
    await h.settle();
    expect(h.option('Warsaw').checked).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await h.settle();
    expect(h.feedbackText).to.contain('Correct.');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await h.settle();
    expect(h.counter).to.contain('Question 2 of 2');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'compass' });
    await sendKeys({ press: 'Enter' });
    await h.settle();
    expect(h.feedbackText).to.contain('Correct.');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await h.settle();
    expect(h.summary!.textContent).to.contain('2 of 2 points');
  });
});

describe('<defence-quiz> compact results', () => {
  /** Review rows a learner can see (the filter takes the others out of the page). */
  const shownRows = (h: QuizHarness) => [...h.summary!.querySelectorAll<HTMLElement>('.review-item')].filter((li) => li.checkVisibility());

  it('reviews each question in one line with its verdict, details on demand, only the missed ones on request, actions at the end too', async () => {
    const h = await quiz(bankOf([rawQuestions.single, rawQuestions.tf, rawQuestions.text]));
    await playToResults(h, 'Compass');

    const rows = shownRows(h);
    expect(rows.map((li) => li.querySelector('.review-verdict')!.textContent.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '✓ Correct.',
      '✗ Not quite.',
      '✓ Correct.',
    ]);
    expect(nth(rows, 1, 'review row').querySelector('summary .review-prompt')!.textContent).to.equal('P?');
    // Each row starts with its question's number, as the quiz numbered it.
    const numbers = () => shownRows(h).map((li) => li.querySelector('summary')!.textContent.trim().split(/\s+/)[0]);
    expect(numbers()).to.deep.equal(['1.', '2.', '3.']);
    // Closed until asked: the answers, explanation and source are one click away.
    const wrong = nth(rows, 1, 'review row').querySelector('details')!;
    expect(wrong.open).to.equal(false);
    expect(wrong.querySelector('.review-details')!.checkVisibility()).to.equal(false);
    wrong.querySelector('summary')!.click();
    await h.settle();
    expect(wrong.open).to.equal(true);
    expect(wrong.querySelector('.review-details')!.textContent).to.contain('The answer: False');

    const filter = [...h.summary!.querySelectorAll('label')].find((l) => l.textContent.trim() === 'Show only the ones I missed')!;
    filter.click();
    await h.settle();
    expect(shownRows(h).map((li) => li.querySelector('.review-verdict')!.textContent.trim())).to.deep.equal(['✗ Not quite.']);
    expect(numbers()).to.deep.equal(['2.']);
    filter.click();
    await h.settle();
    expect(shownRows(h).length).to.equal(3);

    const after = h.summary!.querySelector('.review')!.nextElementSibling!;
    expect([...after.querySelectorAll('button')].map((b) => b.textContent.trim())).to.deep.equal(['Retry the ones I missed', 'Start again']);
    await expect(h.el).shadowDom.to.be.accessible();
  });

  it('offers no filter when every answer was right, and shows the history with this attempt on the results screen from the second one', async () => {
    const h = await quiz(bankOf([rawQuestions.single]));
    await h.start();
    await h.choose('Warsaw');
    await h.check();
    await h.click('See results');
    expect(h.summary!.querySelector('.only-missed')).to.equal(null);
    await h.click('Start again');
    await h.choose('Brussels');
    await h.check();
    await h.click('See results');
    await waitUntil(() => h.summary!.querySelector('.progress .chart-dot'), 'the results show no history');
    expect(h.summary!.querySelectorAll('.progress .chart-dot').length).to.equal(2);
    expect(h.summary!.querySelector('.progress')!.textContent).to.contain('Best score: 100%');
    // Managing progress stays on the start screen.
    expect(h.summary!.querySelector('.progress .reset, .progress .import-button')).to.equal(null);
  });
});

describe('<defence-quiz> match rows', () => {
  it('points out one answer chosen for two rows, on both rows, until it is changed', async () => {
    const h = await quiz(bankOf([rawQuestions.match]));
    await h.start();
    await h.select('CSDP', 'Permanent Structured Cooperation');
    expect(h.root.querySelector('.twice')).to.equal(null);
    await h.select('PESCO', 'Permanent Structured Cooperation');
    const hints = [...h.root.querySelectorAll('.twice')].map((p) => p.textContent.trim());
    expect(hints).to.deep.equal(['Also chosen for PESCO: each answer belongs to one row.', 'Also chosen for CSDP: each answer belongs to one row.']);
    // Read with the field: a screen reader hears it on the select.
    const csdp = h.field('CSDP');
    expect(h.root.getElementById(csdp.getAttribute('aria-describedby')!)!.textContent).to.contain('Also chosen for PESCO');
    await expect(h.el).shadowDom.to.be.accessible();
    await h.select('CSDP', 'Common Security and Defence Policy');
    expect(h.root.querySelector('.twice')).to.equal(null);
  });

  it('keeps text and control on one baseline, and a checked row as tall as before', async () => {
    const h = await quiz(bankOf([rawQuestions.match, rawQuestions.cloze]));
    await h.start();
    const row = h.root.querySelector<HTMLElement>('.match-row')!;
    expect(getComputedStyle(row).alignItems).to.equal('baseline');
    const before = row.getBoundingClientRect().height;
    await h.select('CSDP', 'Common Security and Defence Policy');
    await h.select('PESCO', 'Permanent Structured Cooperation');
    await h.select('CARD', 'Coordinated Annual Review on Defence');
    await h.check();
    expect(h.root.querySelector<HTMLElement>('.match-row')!.getBoundingClientRect().height).to.be.at.least(before - 1);
    await h.click('Next question');
    const [select, input] = [h.root.querySelector<HTMLElement>('.cloze select')!, h.root.querySelector<HTMLElement>('.cloze input')!];
    expect(Math.abs(select.getBoundingClientRect().height - input.getBoundingClientRect().height)).to.be.below(1.5);
  });

  it('keeps a numeric unit on one line beside a wide field', async () => {
    const h = await quiz(bankOf([{ ...rawQuestions.numeric, unit: 'Member States' }]));
    await h.start();
    // The field's width is its style's, not its value's: a short answer is enough (sixty key presses outran a loaded run).
    await h.type('Your answer (a number)', '27');
    const unit = h.root.querySelector<HTMLElement>('.unit')!;
    const lineHeight = parseFloat(getComputedStyle(unit).lineHeight);
    expect(unit.getBoundingClientRect().height).to.be.below(lineHeight * 1.5);
  });
});
