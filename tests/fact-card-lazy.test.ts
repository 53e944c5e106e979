// Its own file, so its own page: no other test has loaded ts-fsrs here before these run.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/fact-card/index.js';
import type { FactCard } from '../src/fact-card/fact-card.js';
import { useFreshCardStore } from './helpers/card-test-store.js';

const DECK = '/tests/fixtures/fact-deck.json';
const fsrsRequests = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/ts-fsrs/'));

describe('<fact-card> loads FSRS lazily', () => {
  it('is accessible as a single card', async () => {
    const el = await fixture<FactCard>(html`<fact-card front="What does CARD stand for?" back="Coordinated Annual Review on Defence"></fact-card>`);
    await expect(el).to.be.accessible();
  });

  it('fetches no scheduler for single cards, and fetches it once a deck session starts', async () => {
    useFreshCardStore();
    const single = await fixture<FactCard>(html`<fact-card front="F" back="B"></fact-card>`);
    single.shadowRoot!.querySelector<HTMLButtonElement>('button.card')!.click();
    const fromDeck = await fixture<FactCard>(html`<fact-card src=${DECK} card="fixture-deck-mpcc"></fact-card>`);
    await waitUntil(() => fromDeck.shadowRoot!.querySelector('button.card'));
    fromDeck.shadowRoot!.querySelector<HTMLButtonElement>('button.card')!.click();
    expect(fsrsRequests()).to.have.length(0);

    const session = await fixture<FactCard>(html`<fact-card src=${DECK}></fact-card>`);
    await waitUntil(() => session.shadowRoot!.querySelector('.show-answer'), 'the session did not start', { timeout: 5000 });
    expect(fsrsRequests()).to.have.length.of.at.least(1);
  });
});
