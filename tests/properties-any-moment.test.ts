import '../src/quiz/index.js';
import '../src/fact-card/index.js';

import { expect, fixture, html } from '@open-wc/testing';

import { AcronymTip } from '../src/acronym-tip/acronym-tip.js';
import { annotateAcronyms, removeAcronyms } from '../src/acronym-tip/index.js';
import { FactCard } from '../src/fact-card/fact-card.js';
import { DefenceQuiz } from '../src/quiz/defence-quiz.js';
import type { QuizErrorEvent } from '../src/quiz/quiz-events.js';
import type { BankInput } from '../src/schema/bank-schema.js';
import type { DeckInput } from '../src/schema/deck-schema.js';
import type { GlossaryInput } from '../src/schema/glossary-schema.js';
import { TipHarness } from './helpers/acronym-tip-harness.js';
import { FactCardHarness } from './helpers/fact-card-harness.js';
import { nth } from './helpers/present.js';
import { freshProgressPerTest, QuizHarness } from './helpers/quiz-harness.js';

freshProgressPerTest();

/**
 * What a page, or a framework, does: set `.data` (or `.deck`, `bank`, `src`) before the element is
 * defined, when it is defined, after connection but before the first update (@lit/react's
 * createComponent, React's useLayoutEffect), or later. Each must reach the start screen (the card).
 */
const bank: BankInput = {
  id: 'any-moment',
  title: 'Set at any moment',
  questions: [{ id: 'q1', type: 'true-false', prompt: 'The EU has 27 member states.', answer: true }],
};
const otherBank: BankInput = { ...bank, id: 'any-moment-2', title: 'Set again later' };

let tagCount = 0;
/** A tag not defined yet, for a subclass defined when the test says: the upgrade a late script tag causes. */
const lateTag = (name: string) => `${name}-late-${++tagCount}`;

const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

async function startScreen(el: DefenceQuiz): Promise<string> {
  const h = new QuizHarness(el);
  await h.loaded();
  return text(el);
}

async function startScreenWithoutError(el: DefenceQuiz): Promise<string> {
  const shown = await startScreen(el);
  expect(quizErrors).to.deep.equal([]);
  return shown;
}

function appended(tag: string): HTMLElement {
  const el = document.createElement(tag);
  document.body.append(el);
  return el;
}

/** Every quiz-error of the test: a bank given in time must not first be reported missing. */
let quizErrors: string[] = [];
const onQuizError = (event: QuizErrorEvent) => quizErrors.push(JSON.stringify(event.detail.issues));
beforeEach(() => {
  quizErrors = [];
  document.addEventListener('quiz-error', onQuizError);
});

afterEach(() => {
  document.removeEventListener('quiz-error', onQuizError);
  for (const el of document.body.querySelectorAll('[data-any-moment]')) el.remove();
});

describe('properties set at any moment', () => {
  it('a quiz given its bank at the last moment is accessible', async () => {
    const el = appended('defence-quiz') as DefenceQuiz;
    el.dataset.anyMoment = '';
    el.data = bank;
    await startScreen(el);
    await expect(el).shadowDom.to.be.accessible();
    expect(el.shadowRoot!.querySelector('h2, h1, h3')?.textContent).to.contain('Set at any moment');
  });

  describe('<defence-quiz> .data', () => {
    it('set before the element is defined (the property shadows the class accessor until the upgrade)', async () => {
      const tag = lateTag('defence-quiz');
      const el = appended(tag) as DefenceQuiz;
      el.dataset.anyMoment = '';
      el.data = bank;
      customElements.define(tag, class extends DefenceQuiz {});
      expect(await startScreenWithoutError(el)).to.contain('Set at any moment');
    });

    it('set before definition, and connected only afterwards', async () => {
      const tag = lateTag('defence-quiz');
      const el = document.createElement(tag) as DefenceQuiz;
      el.dataset.anyMoment = '';
      el.data = bank;
      customElements.define(tag, class extends DefenceQuiz {});
      customElements.upgrade(el);
      document.body.append(el);
      expect(await startScreenWithoutError(el)).to.contain('Set at any moment');
    });

    it('set on customElements.whenDefined', async () => {
      const tag = lateTag('defence-quiz');
      const el = appended(tag) as DefenceQuiz;
      el.dataset.anyMoment = '';
      const set = customElements.whenDefined(tag).then(() => (el.data = bank));
      customElements.define(tag, class extends DefenceQuiz {});
      await set;
      expect(await startScreenWithoutError(el)).to.contain('Set at any moment');
    });

    it('set before connection', async () => {
      const el = document.createElement('defence-quiz');
      el.dataset.anyMoment = '';
      el.data = bank;
      document.body.append(el);
      expect(await startScreenWithoutError(el)).to.contain('Set at any moment');
    });

    it('set after connection, before the first update (what @lit/react and useLayoutEffect do)', async () => {
      const el = appended('defence-quiz') as DefenceQuiz;
      el.dataset.anyMoment = '';
      expect(el.hasUpdated).to.equal(false);
      el.data = bank;
      expect(await startScreenWithoutError(el)).to.contain('Set at any moment');
    });

    it('set after connection, once a microtask has passed', async () => {
      const el = appended('defence-quiz') as DefenceQuiz;
      el.dataset.anyMoment = '';
      await Promise.resolve();
      el.data = bank;
      expect(await startScreenWithoutError(el)).to.contain('Set at any moment');
    });

    it('set later, once the quiz said no bank was given, and replaced again', async () => {
      const el = appended('defence-quiz') as DefenceQuiz;
      el.dataset.anyMoment = '';
      expect(await startScreen(el)).to.contain('No question bank');
      el.data = bank;
      expect(await startScreen(el)).to.contain('Set at any moment');
      el.data = otherBank;
      expect(await startScreen(el)).to.contain('Set again later');
    });

    it('set to invalid data after connection shows the problems, not the empty quiz', async () => {
      const el = appended('defence-quiz') as DefenceQuiz;
      el.dataset.anyMoment = '';
      // Invalid on purpose: `.data` is typed BankInput.
      el.data = { id: 'broken' } as never;
      const shown = await startScreen(el);
      expect(shown).to.contain('title');
      expect(shown).not.to.contain('No question bank');
    });
  });

  describe('<defence-quiz> bank and src', () => {
    it('bank set as a property before definition', async () => {
      const tag = lateTag('defence-quiz');
      const el = appended(tag) as DefenceQuiz;
      el.dataset.anyMoment = '';
      el.bank = 'sample';
      customElements.define(tag, class extends DefenceQuiz {});
      expect(await startScreenWithoutError(el)).to.contain('Sample: every question type');
    });

    it('src set as a property after connection, before the first update', async () => {
      const el = appended('defence-quiz') as DefenceQuiz;
      el.dataset.anyMoment = '';
      el.src = new URL('../questions/sample.json', import.meta.url).href;
      expect(await startScreenWithoutError(el)).to.contain('Sample: every question type');
    });

    it('moved to another place while its bank is loading (as frameworks do) still loads it', async () => {
      const el = appended('defence-quiz') as DefenceQuiz;
      el.dataset.anyMoment = '';
      el.src = new URL('../questions/csdp.json', import.meta.url).href;
      await el.updateComplete;
      const box = document.createElement('div');
      document.body.append(box);
      box.append(el);
      expect(await startScreenWithoutError(el)).to.contain('EU security and defence cooperation (2017)');
      box.remove();
    });
  });

  describe('<fact-card> .deck as an object', () => {
    const cardId = 'fixture-deck-missions';
    const front = 'How many EU military and civilian missions';

    let deckJson: DeckInput;
    before(async () => {
      deckJson = (await (await fetch(new URL('./fixtures/fact-deck.json', import.meta.url))).json()) as DeckInput;
    });

    async function card(el: FactCard): Promise<string> {
      await new FactCardHarness(el).loaded();
      return text(el);
    }

    it('shows a card of the deck, set before the element is defined', async () => {
      const tag = lateTag('fact-card');
      const el = appended(tag) as FactCard;
      el.dataset.anyMoment = '';
      el.deck = deckJson;
      el.card = cardId;
      customElements.define(tag, class extends FactCard {});
      expect(await card(el)).to.contain(front);
    });

    it('set on customElements.whenDefined', async () => {
      const tag = lateTag('fact-card');
      const el = appended(tag) as FactCard;
      el.dataset.anyMoment = '';
      el.setAttribute('card', cardId);
      const set = customElements.whenDefined(tag).then(() => (el.deck = deckJson));
      customElements.define(tag, class extends FactCard {});
      await set;
      expect(await card(el)).to.contain(front);
    });

    it('set after connection, before the first update', async () => {
      const el = appended('fact-card') as FactCard;
      el.dataset.anyMoment = '';
      el.card = cardId;
      el.deck = deckJson;
      expect(await card(el)).to.contain(front);
    });

    it('set later, replacing a built-in deck id, starts a session over it', async () => {
      const h = await FactCardHarness.mount(html`<fact-card data-any-moment persist="none" deck="csdp"></fact-card>`);
      h.el.deck = deckJson;
      expect(await card(h.el)).to.contain(front);
      // An object is no attribute value: the reflected `deck` attribute goes.
      expect(h.el.hasAttribute('deck')).to.equal(false);
    });

    it('an invalid deck object shows its problems by path and fires card-error', async () => {
      const el = await fixture<FactCard>(html`<fact-card data-any-moment></fact-card>`);
      const errors: unknown[] = [];
      el.addEventListener('card-error', (e) => errors.push(e.detail.issues));
      // Invalid on purpose: a deck without cards.
      el.deck = { id: 'empty', title: 'Empty', cards: [] } as never;
      const shown = await card(el);
      expect(shown).to.contain('cards');
      expect(errors.length).to.equal(1);
    });
  });

  describe('<acronym-tip> and annotation: a glossary object as well as a URL', () => {
    const definition = 'Defined by a glossary object.';
    let glossary: GlossaryInput;
    before(async () => {
      const file = (await (await fetch(new URL('./fixtures/glossary.json', import.meta.url))).json()) as GlossaryInput;
      glossary = { ...file, entries: file.entries.map((e) => (e.term === 'CSDP' ? { ...e, definition } : e)) };
    });

    it('a tip given the object before the element is defined', async () => {
      const tag = lateTag('acronym-tip');
      const el = appended(tag) as AcronymTip;
      el.dataset.anyMoment = '';
      el.textContent = 'CSDP';
      el.glossary = glossary;
      customElements.define(tag, class extends AcronymTip {});
      const h = new TipHarness(el);
      await h.loaded();
      expect(h.known).to.equal(true);
      expect(h.text('definition')).to.equal(definition);
      expect(el.glossary).to.equal(glossary);
    });

    it('a tip given the object after connection, then a URL instead', async () => {
      const { tips } = await TipHarness.mount(html`<p data-any-moment><acronym-tip>CSDP</acronym-tip></p>`);
      const h = nth(tips, 0);
      expect(h.text('definition')).not.to.equal(definition);
      h.el.glossary = glossary;
      await h.loaded();
      expect(h.text('definition')).to.equal(definition);
      h.el.glossary = '/tests/fixtures/glossary.json';
      await h.loaded();
      expect(h.el.glossary).to.equal('/tests/fixtures/glossary.json');
      expect(h.text('definition')).not.to.equal(definition);
    });

    it('annotateAcronyms takes the object, and removeAcronyms restores the text', async () => {
      const article = await fixture<HTMLElement>(html`<article data-any-moment><p>The CSDP runs missions.</p></article>`);
      expect(await annotateAcronyms(article, { glossary })).to.equal(1);
      const h = new TipHarness(article.querySelector('acronym-tip')!);
      await h.loaded();
      expect(h.text('definition')).to.equal(definition);
      removeAcronyms(article);
      expect(article.innerHTML).to.contain('<p>The CSDP runs missions.</p>');
    });

    it('a glossary object with no usable entry leaves the term plain text', async () => {
      const { tips } = await TipHarness.mount(html`<p data-any-moment><acronym-tip>CSDP</acronym-tip></p>`);
      const h = nth(tips, 0);
      // Invalid on purpose: no entries.
      h.el.glossary = { entries: [] } as never;
      await h.loaded();
      expect(h.known).to.equal(false);
    });
  });
});
