import '../src/quiz/index.js';

import { expect, fixture, html } from '@open-wc/testing';

import fr from '../src/messages/locales/fr.js';
import type { DefenceQuiz } from '../src/quiz/defence-quiz.js';
import type { QuizCompleteEvent } from '../src/quiz/quiz-events.js';
import { validateBank } from '../src/schema/validate-bank.js';
import { freshProgressPerTest, QuizHarness } from './helpers/quiz-harness.js';
import { waitUntil } from './helpers/wait-until.js';

freshProgressPerTest();

/** The smallest valid bank, as the README's authoring section opens with it. */
const smallest = {
  id: 'my-quiz',
  title: 'My quiz',
  questions: [{ id: 'q1', type: 'true-false', prompt: 'The EU has 27 member states.', answer: true }],
};

const problems = (input: unknown) => {
  const result = validateBank(input);
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
};

async function mount(data: unknown, lang = 'en') {
  const el = await fixture<DefenceQuiz>(html`<defence-quiz lang=${lang} .data=${data}></defence-quiz>`);
  const h = new QuizHarness(el);
  await h.loaded();
  return h;
}

describe("a teacher's minimal bank", () => {
  it('is accessible: the quiz over the smallest bank names its question and answers', async () => {
    const h = await mount(smallest);
    await h.start();
    expect(h.prompt).to.equal('The EU has 27 member states.');
    await expect(h.el).to.be.accessible();
  });

  it("needs only id, title and the questions' id, type, prompt and answer", () => {
    expect(problems(smallest)).to.deep.equal([]);
    const { title: _title, ...noTitle } = smallest;
    expect(problems(noTitle)).to.deep.equal(['title: is required']);
    expect(problems({ ...smallest, questions: [{ id: 'q1', type: 'true-false', prompt: 'P' }] })).to.deep.equal(['questions[0].answer: is required']);
  });

  it('still checks what it gives: a source ref must name a listed source, and a citation needs a ref or a quote', () => {
    const q = smallest.questions[0];
    expect(problems({ ...smallest, questions: [{ ...q, source: { ref: 'book' } }] })).to.deep.equal([
      'questions[0].source.ref: no source with id "book" in "sources"',
    ]);
    const sources = [{ id: 'book', title: 'Our textbook', publisher: 'School', date: '2024' }];
    expect(problems({ ...smallest, sources, questions: [{ ...q, source: { ref: 'book' } }] })).to.deep.equal([]);
    expect(problems({ ...smallest, questions: [{ ...q, source: { quote: 'Twenty-seven countries are members.' } }] })).to.deep.equal([]);
    expect(problems({ ...smallest, questions: [{ ...q, source: {} }] })).to.deep.equal([
      'questions[0].source: needs a "ref" (a sources id), a "quote", or both',
    ]);
    expect(problems({ ...smallest, lang: 'English' })).to.deep.equal(['lang: must be a language tag such as "en" or "en-GB"']);
  });

  it('plays without explanation or source: the feedback gives the verdict and nothing empty', async () => {
    const h = await mount(smallest);
    const texts = [...h.root.querySelectorAll('.start > p')].map((p) => p.textContent.trim());
    expect(texts).to.have.length(1, 'no empty description paragraph');
    await h.start();
    await h.choose('False');
    await h.check();
    expect(h.feedbackText).to.match(/^Not quite/);
    expect(h.feedback!.querySelectorAll('.explanation, .source').length).to.equal(0);
  });

  it("shows the explanation and the source when given, and takes the page's language for the statement", async () => {
    const bank = {
      ...smallest,
      sources: [{ id: 'book', title: 'Our textbook', publisher: 'School', date: '2024' }],
      questions: [{ ...smallest.questions[0], explanation: 'Since 2020, 27.', source: { ref: 'book' } }],
    };
    const h = await mount(bank, 'fr');
    // The interface speaks the page's language too, once its table has arrived.
    await waitUntil(() => h.hasButton(fr.quiz.start), 'the French interface');
    await h.click(fr.quiz.start);
    await h.choose(fr.quiz.trueLabel);
    await h.click(fr.quiz.check);
    expect(h.feedback!.querySelector('.explanation')!.textContent).to.contain('Since 2020, 27.');
    expect(h.feedback!.querySelectorAll('.source blockquote').length).to.equal(0, 'no quote was given');
    expect(h.feedback!.querySelector('.source figcaption')!.textContent).to.contain('Our textbook');
    const completed = new Promise<QuizCompleteEvent>((resolve) => h.el.addEventListener('quiz-complete', resolve, { once: true }));
    await h.click(fr.quiz.finish);
    const { statement } = (await completed).detail;
    expect(statement.object.definition.name).to.deep.equal({ fr: 'My quiz' });
    expect(statement.object.definition).not.to.have.property('description');
  });
});
