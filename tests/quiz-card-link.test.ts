import '../src/fact-card/index.js';
import '../src/quiz/index.js';

import { aTimeout, expect, fixture, html } from '@open-wc/testing';

import type { DefenceQuiz } from '../src/quiz/defence-quiz.js';
import { bankOf } from './fixtures/sample-questions.js';
import { FactCardHarness } from './helpers/fact-card-harness.js';
import { currentStore, useFreshStoreAfterPendingWrites } from './helpers/test-store.js';
import { waitUntil } from './helpers/wait-until.js';

const DECK = '/tests/fixtures/fact-deck.json';
const ALLIES = 'How many EU Member States are also NATO Allies?';
const FIRST_NEW = 'How many EU military and civilian missions were on the ground in November 2017?';

const bank = bankOf([
  {
    id: 'allies',
    type: 'single',
    prompt: 'How many EU Member States are also NATO Allies?',
    explanation: 'The factsheet counts 22 EU Member States among the NATO Allies.',
    source: { ref: 'doc', quote: 'not only are 22 EU Member States also NATO Allies' },
    tags: ['eu-nato'],
    cards: ['fixture-deck-allies'],
    options: [
      { id: 'a', text: '22', correct: true },
      { id: 'b', text: '27', correct: false },
    ],
  },
]);

/** Clicks the quiz's button or option labelled `label`, as a learner would. */
async function click(quiz: DefenceQuiz, label: string): Promise<void> {
  const root = quiz.shadowRoot!;
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === label);
  const option = [...root.querySelectorAll('label')].find((l) => l.textContent.trim() === label)?.querySelector('input');
  const target = button ?? option;
  if (!target) throw new Error(`nothing labelled "${label}"`);
  target.click();
  await quiz.updateComplete;
}

async function answer(choice: string, persist = 'local'): Promise<void> {
  const quiz = await fixture<DefenceQuiz>(html`<defence-quiz .data=${bank} persist=${persist}></defence-quiz>`);
  await waitUntil(() => quiz.shadowRoot!.querySelector('.start button'), 'the quiz did not load', { timeout: 5000 });
  await click(quiz, 'Start');
  await click(quiz, choice);
  await click(quiz, 'Check');
  // Check may wait for the quiz's checking code (fetched once the learner answers), as the learner would.
  await waitUntil(() => quiz.shadowRoot!.querySelector('.feedback'), 'no feedback after Check');
  // The quiz does not wait for storage (feedback comes first): give the request time to land.
  await aTimeout(100);
  await currentStore().flush();
}

async function firstCardOfNextSession(): Promise<string> {
  const deck = await FactCardHarness.mount(html`<fact-card src=${DECK} new-per-day="1"></fact-card>`);
  return deck.question;
}

describe('a quiz answer and the fact cards (one learner model)', () => {
  beforeEach(() => useFreshStoreAfterPendingWrites('card'));

  it('a wrong answer makes the question’s card due first in the next deck session', async () => {
    await answer('27');
    expect(await currentStore().get('card/fixture-deck-allies')).to.include({ cardId: 'fixture-deck-allies', phase: 'new' });
    expect(await firstCardOfNextSession()).to.equal(ALLIES);
  });

  it('a right answer leaves the deck session as it was', async () => {
    await answer('22');
    expect(await firstCardOfNextSession()).to.equal(FIRST_NEW);
  });

  it('a quiz told to keep nothing (persist="none") asks for no review', async () => {
    await answer('27', 'none');
    expect(await firstCardOfNextSession()).to.equal(FIRST_NEW);
  });

  it('a deck session open on the same page picks up the request once it is done for the day', async () => {
    const deck = await FactCardHarness.mount(html`<fact-card src=${DECK} new-per-day="0"></fact-card>`);
    expect(deck.done).to.equal(true);
    await answer('27');
    await waitUntil(() => deck.question, 'the requested card did not appear', { timeout: 5000 });
    expect(deck.question).to.equal(ALLIES);
  });
});
