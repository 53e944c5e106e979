// Its own file, so its own page: no other test has loaded ts-fsrs here before these run.
import '../src/fact-card/index.js';

import { expect, html } from '@open-wc/testing';

import { FactCardHarness } from './helpers/fact-card-harness.js';
import { useFreshStore } from './helpers/test-store.js';

const DECK = '/tests/fixtures/fact-deck.json';
const fsrsRequests = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/ts-fsrs/'));

describe('<fact-card> loads FSRS lazily', () => {
  it('is accessible as a single card', async () => {
    const h = await FactCardHarness.mount(html`<fact-card front="What does CARD stand for?" back="Coordinated Annual Review on Defence"></fact-card>`);
    await expect(h.el).to.be.accessible();
  });

  it('fetches no scheduler for single cards, and fetches it once a deck session starts', async () => {
    useFreshStore('card');
    const single = await FactCardHarness.mount(html`<fact-card front="F" back="B"></fact-card>`);
    await single.flip();
    const fromDeck = await FactCardHarness.mount(html`<fact-card src=${DECK} card="fixture-deck-mpcc"></fact-card>`);
    await fromDeck.flip();
    expect(fsrsRequests()).to.have.length(0);

    const session = await FactCardHarness.mount(html`<fact-card src=${DECK}></fact-card>`);
    expect(session.button('Show answer')).to.exist;
    expect(fsrsRequests()).to.have.length.of.at.least(1);
  });
});
