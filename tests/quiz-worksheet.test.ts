import '../src/quiz/index.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { DefenceQuiz } from '../src/quiz/defence-quiz.js';
import { bankOf, rawQuestions } from './fixtures/sample-questions.js';
import { withMedia } from './helpers/media-emulation.js';
import { nth } from './helpers/present.js';
import { freshProgressPerTest, QuizHarness } from './helpers/quiz-harness.js';
import { waitUntil } from './helpers/wait-until.js';

freshProgressPerTest();

const bank = bankOf([rawQuestions.single, rawQuestions.tf, rawQuestions.numeric, rawQuestions.match, rawQuestions.cloze], { id: 'worksheet-bank' });

async function mount(printAnswers = false) {
  const el = await fixture<DefenceQuiz>(html`<defence-quiz .data=${bank} ?print-answers=${printAnswers}></defence-quiz>`);
  const h = new QuizHarness(el);
  await h.loaded();
  return h;
}

const shown = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none';
const printing = (h: QuizHarness, check: () => void | Promise<void>) => withMedia(h.root, { media: 'print' }, { media: 'screen' }, 'print', check);

describe('<defence-quiz> printed as a worksheet', () => {
  it('is accessible on screen, where the worksheet is neither shown nor read out', async () => {
    const h = await mount();
    await expect(h.el).to.be.accessible();
    expect(h.root.querySelector('.worksheet'), 'no worksheet is built before the page is printed').to.equal(null);
    await printing(h, () => undefined);
    const sheet = h.root.querySelector('.worksheet')!;
    expect(shown(sheet), 'back on screen after printing').to.equal(false);
    expect(sheet.getAttribute('aria-hidden')).to.equal('true');
    await expect(h.el).to.be.accessible();
  });

  it('prints every question with room to answer and its options, and no buttons', async () => {
    const h = await mount();
    await printing(h, () => {
      expect(shown(h.root.querySelector('.worksheet'))).to.equal(true);
      const visibleButtons = [...h.root.querySelectorAll('button')].filter((b) => b.getClientRects().length > 0);
      expect(visibleButtons.map((b) => b.textContent.trim())).to.deep.equal([]);
      const prompts = [...h.root.querySelectorAll('.ws-question .ws-prompt')].map((p) => p.textContent.trim());
      expect(prompts).to.have.length(5);
      const options = nth(h.root.querySelectorAll('.ws-question'), 0).textContent;
      for (const city of ['Warsaw', 'Brussels', 'Vilnius']) expect(options).to.contain(city);
      expect(h.root.querySelectorAll('.ws-blank').length).to.be.greaterThan(2, 'answer lines for name, numeric and cloze');
      expect(h.root.querySelector('.ws-key')).to.equal(null, 'no answer key unless asked');
    });
  });

  it('with print-answers, adds an answer key with the explanation and source of each question', async () => {
    const h = await mount(true);
    await printing(h, () => {
      const key = h.root.querySelector('.ws-key')!;
      expect(shown(key)).to.equal(true);
      const items = [...key.querySelectorAll('li')].map((li) => li.textContent.replace(/\s+/g, ' '));
      expect(items[0]).to.contain('Warsaw').and.to.contain('Because.').and.to.contain('a verbatim passage');
    });
  });

  it('prints in the language of the page: a Polish worksheet and its answer key', async () => {
    const el = await fixture<DefenceQuiz>(html`<div lang="pl"><defence-quiz .data=${bank} print-answers></defence-quiz></div>`);
    const h = new QuizHarness(el.querySelector('defence-quiz')!);
    await h.loaded();
    await printing(h, async () => {
      // The Polish table arrives as a chunk of its own; until then the quiz speaks English.
      await waitUntil(() => h.root.querySelector('.ws-key h2')?.textContent === 'Odpowiedzi', 'the Polish table never arrived');
      expect(h.root.querySelector('.ws-name')!.textContent.replace(/\s+/g, ' ').trim()).to.equal('Imię i nazwisko: Data:');
      const tf = [...h.root.querySelectorAll('.ws-tf')].map((p) => p.textContent.trim());
      expect(tf).to.deep.equal(['Prawda / Fałsz']);
      expect(h.root.querySelector('.ws-question .ws-line')?.textContent).to.contain('Odpowiedź:');
    });
  });
});
