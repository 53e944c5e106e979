import '../src/quiz/index.js';
import '../src/fact-card/index.js';
import '../src/acronym-tip/index.js';

import { expect, fixture, html } from '@open-wc/testing';

import type { DefenceQuiz } from '../src/quiz/defence-quiz.js';
import type { QuizErrorEvent } from '../src/quiz/quiz-events.js';
import { bankOf, rawQuestions } from './fixtures/sample-questions.js';
import { captureWarnings } from './helpers/capture-warnings.js';
import { FactCardHarness } from './helpers/fact-card-harness.js';
import { nth } from './helpers/present.js';
import { freshProgressPerTest, QuizHarness } from './helpers/quiz-harness.js';
import { waitUntil } from './helpers/wait-until.js';

freshProgressPerTest();

/**
 * What a page author is told: the error panel's heading and help for the kind of problem, paths they can follow
 * (1-based, naming the question), and a console warning for an attribute value an element cannot use.
 */

async function quiz(template: ReturnType<typeof html>) {
  const h = new QuizHarness(await fixture<DefenceQuiz>(template));
  await h.loaded();
  return h;
}

const panel = (h: { errorPanel: HTMLElement | null }) => ({
  heading: h.errorPanel!.querySelector('h2')!.textContent.trim(),
  help: h.errorPanel!.querySelector('p')!.textContent.trim(),
  issues: [...h.errorPanel!.querySelectorAll('li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
});

/** A bank whose third question, "pesco-name", lists one option only. */
const badBank = () =>
  bankOf([rawQuestions.tf, rawQuestions.numeric, { ...rawQuestions.single, id: 'pesco-name', options: [nth(rawQuestions.single.options, 0, 'option')] }]);

describe('Error panels for page authors', () => {
  it('are accessible, for a bank that cannot be fetched, a quiz not set up, and an invalid bank', async () => {
    for (const template of [
      html`<defence-quiz src="/tests/fixtures/no-such-bank.json"></defence-quiz>`,
      html`<defence-quiz bank="cspd"></defence-quiz>`,
      html`<defence-quiz .data=${badBank()}></defence-quiz>`,
    ]) {
      const h = await quiz(template);
      expect(h.errorPanel).to.exist;
      await expect(h.el).shadowDom.to.be.accessible();
    }
  });

  it('head a 404 as a file that could not be fetched, not as problems in the bank', async () => {
    const h = await quiz(html`<defence-quiz src="/tests/fixtures/no-such-bank.json"></defence-quiz>`);
    const shown = panel(h);
    expect(shown.heading).to.equal('The question bank could not be fetched');
    expect(shown.help).to.equal('For the page author: check the address of the bank and that the server is reachable.');
    expect(shown.issues[0]).to.match(/^src: Could not fetch .*no-such-bank\.json \(HTTP 404\)\.$/);
  });

  it('head an unknown bank id or tags that keep no question as a quiz not set up', async () => {
    expect(panel(await quiz(html`<defence-quiz bank="cspd"></defence-quiz>`)).heading).to.equal('This quiz is not set up');
    const tags = panel(await quiz(html`<defence-quiz .data=${bankOf([rawQuestions.tf])} tags="nothing-has-this"></defence-quiz>`));
    expect(tags.heading).to.equal('This quiz is not set up');
    expect(tags.help).to.equal('For the page author: check the attributes of <defence-quiz>.');
  });

  it('list an invalid bank’s problems 1-based, naming each question by its id; the event keeps the JSON paths', async () => {
    const el = await fixture<DefenceQuiz>(html`<defence-quiz></defence-quiz>`);
    const errors: QuizErrorEvent[] = [];
    el.addEventListener('quiz-error', (e) => errors.push(e));
    el.data = badBank();
    const h = new QuizHarness(el);
    await h.loaded();
    const shown = panel(h);
    expect(shown.heading).to.equal('This quiz could not be loaded');
    expect(shown.help).to.equal('For the page author: fix these problems in the question bank.');
    expect(shown.issues).to.deep.equal(['question 3 ("pesco-name") › options: must have at least 2 items']);
    expect(errors.at(-1)!.detail.issues).to.deep.equal([{ path: 'questions[2].options', message: 'must have at least 2 items' }]);
  });

  it('wrap a long URL inside the panel on a narrow screen', async () => {
    // No hyphen or space to break at: only wrapping anywhere keeps it inside.
    const long = `/tests/fixtures/${'averylongfoldername'.repeat(8)}/questions.json`;
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 280px"><defence-quiz src=${long}></defence-quiz></div>`);
    const h = new QuizHarness(wrapper.querySelector('defence-quiz')!);
    await h.loaded();
    const box = h.errorPanel!;
    expect(panel(h).issues[0]).to.contain('averylongfoldername');
    expect(box.scrollWidth, 'the panel overflows').to.be.at.most(box.clientWidth);
    expect(h.el.scrollWidth).to.be.at.most(280);
  });

  it('head a deck that cannot be fetched, or a card not set up, as such', async () => {
    const missing = await FactCardHarness.mount(html`<fact-card src="/tests/fixtures/no-such-deck.json"></fact-card>`);
    expect(panel(missing).heading).to.equal('The deck could not be fetched');
    const unknown = await FactCardHarness.mount(html`<fact-card deck="no-such-deck"></fact-card>`);
    expect(panel(unknown).heading).to.equal('This card is not set up');
    expect(panel(unknown).help).to.equal('For the page author: check the attributes of <fact-card>.');
    const invalid = await FactCardHarness.mount(html`<fact-card src="/tests/fixtures/fact-deck-invalid.json"></fact-card>`);
    expect(panel(invalid).heading).to.equal('These cards could not be loaded');
  });
});

describe('Attribute values an element cannot use', () => {
  let capture: ReturnType<typeof captureWarnings>;
  beforeEach(() => (capture = captureWarnings()));
  afterEach(() => capture.restore());

  it('are warned about once in the console, with the attribute, the value and what the quiz uses instead', async () => {
    const bank = bankOf([rawQuestions.tf, rawQuestions.single]);
    const h = await quiz(html`<defence-quiz .data=${bank} mode="test" count="ten" pass-mark="abc" persist="cloud"></defence-quiz>`);
    expect(capture.warnings).to.deep.equal([
      '<defence-quiz> mode="test" is not valid (expected "practice" or "exam"); using "practice" instead.',
      '<defence-quiz> count="ten" is not valid (expected a whole number of at least 1); using every question instead.',
      '<defence-quiz> pass-mark="abc" is not valid (expected a percentage from 0 to 100); using no pass mark (a self-check) instead.',
      '<defence-quiz> persist="cloud" is not valid (expected "local" or "none"); using "local" instead.',
    ]);
    // What the quiz does is what the warnings said.
    expect(h.root.querySelector('.meta')!.textContent).to.contain('2 questions. Practice');
    // A second quiz with the same mistakes, or the same value set again, warns no more.
    await quiz(html`<defence-quiz .data=${bank} mode="test" count="ten" pass-mark="abc" persist="cloud"></defence-quiz>`);
    h.el.setAttribute('mode', 'test');
    await h.el.updateComplete;
    expect(capture.warnings).to.have.length(4);
    // Values it can use (any letter case for the mode) are not warned about; a pass mark out of range says where it is clamped.
    await quiz(html`<defence-quiz .data=${bank} mode="EXAM" count="1" pass-mark="150"></defence-quiz>`);
    expect(capture.warnings.slice(4)).to.deep.equal(['<defence-quiz> pass-mark="150" is not valid (expected a percentage from 0 to 100); using 100% instead.']);
  });

  it('are warned about for a fact card', async () => {
    await FactCardHarness.mount(html`<fact-card front="F" back="B" new-per-day="lots" persist="device"></fact-card>`);
    expect(capture.warnings).to.deep.equal([
      '<fact-card> new-per-day="lots" is not valid (expected a whole number of at least 0); using 10 instead.',
      '<fact-card> persist="device" is not valid (expected "local" or "none"); using "local" instead.',
    ]);
  });

  it('are warned about for an annotated part of a page', async () => {
    const section = document.createElement('section');
    section.setAttribute('data-acronyms', 'everything');
    section.setAttribute('data-acronyms-glossary', '/tests/fixtures/glossary.json');
    section.setAttribute('data-acronyms-glossary-mode', 'add');
    section.innerHTML = '<p>The CSDP.</p>';
    document.body.append(section);
    try {
      // The glossary is fetched and the section annotated in slices: more than waitUntil's default second on a loaded run.
      await waitUntil(() => section.querySelector('acronym-tip'), 'the section was not annotated', { timeout: 15000 });
      expect(capture.warnings).to.deep.equal([
        'acronym-tip: <section> data-acronyms-glossary-mode="add" is not valid (expected "replace" or "extend"); using "replace" instead.',
        'acronym-tip: <section> data-acronyms="everything" is not valid (expected "first" or "all"); using "first" instead.',
      ]);
    } finally {
      section.remove();
    }
  });
});
