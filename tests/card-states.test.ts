import { expect } from '@open-wc/testing';

import { type CardState, newCardState } from '../src/scheduling/card-state.js';
import { planReview } from '../src/scheduling/review-queue.js';
import { cardStatesPersisting, markCardsForReview, readCardStates, saveCardState } from '../src/storage/card-states.js';
import { SafeStore } from '../src/storage/safe-store.js';
import { currentStore, removeIndexedDb, useFreshStore, useFreshStoreAfterPendingWrites } from './helpers/test-store.js';

const NOW = new Date(2030, 0, 15, 9, 0).getTime();
const DAY = 24 * 60 * 60_000;

const reviewed = (cardId: string): CardState => ({
  ...newCardState(cardId, NOW),
  phase: 'review',
  due: NOW + 12 * DAY,
  stability: 11.3,
  difficulty: 4.2,
  scheduledDays: 12,
  reps: 3,
  lastReview: NOW,
  introducedAt: NOW - 5 * DAY,
});

/** A second store on the same database: what a reload would read back. */
const reopened = () => new SafeStore({ dbName: currentStore().dbName, channelName: null });

describe('card states in storage', () => {
  beforeEach(() => useFreshStoreAfterPendingWrites('card'));

  it('saves a state as a versioned record under the card id, and reads it back', async () => {
    saveCardState(reviewed('deck-a-1'), NOW);
    await currentStore().flush();
    expect(await reopened().get('card/deck-a-1')).to.deep.equal({ ...reviewed('deck-a-1'), v: 1, updatedAt: NOW });
    const { states, updatedAt } = await readCardStates(['deck-a-1', 'deck-a-2']);
    expect([...states.keys()]).to.deep.equal(['deck-a-1']);
    expect(states.get('deck-a-1')).to.deep.equal(reviewed('deck-a-1'));
    expect(updatedAt.get('deck-a-1')).to.equal(NOW);
    expect(cardStatesPersisting(['deck-a-1', 'deck-a-2'])).to.equal(true);
  });

  it('marks cards for review: kept memory, a request time, and first place in the next session', async () => {
    saveCardState(reviewed('deck-a-1'), NOW);
    await markCardsForReview(['deck-a-3', 'deck-a-1'], NOW + DAY);
    await currentStore().flush();
    const { states } = await readCardStates(['deck-a-1', 'deck-a-2', 'deck-a-3']);
    expect(states.get('deck-a-1')).to.deep.equal({ ...reviewed('deck-a-1'), reviewRequestedAt: NOW + DAY });
    expect(states.get('deck-a-3')).to.deep.equal({ ...newCardState('deck-a-3', NOW + DAY), reviewRequestedAt: NOW + DAY });
    const queue = planReview(['deck-a-1', 'deck-a-2', 'deck-a-3'], states, { now: NOW + DAY, newPerDay: 0 });
    expect(queue.cards).to.deep.equal(['deck-a-1', 'deck-a-3']);
  });

  it('keeps the first request time when a card is asked for twice', async () => {
    await markCardsForReview(['deck-a-1'], NOW);
    await currentStore().flush();
    await markCardsForReview(['deck-a-1', 'deck-a-1'], NOW + 5000);
    await currentStore().flush();
    const { states } = await readCardStates(['deck-a-1']);
    expect(states.get('deck-a-1')!.reviewRequestedAt).to.equal(NOW);
  });

  it('leaves a corrupt record and one from a newer version in storage, and keeps their cards in memory', async () => {
    const corrupt = { v: 1, cardId: 'deck-a-1', phase: 'sideways' };
    const newer = { v: 7, cardId: 'deck-a-2' };
    currentStore().set('card/deck-a-1', corrupt);
    currentStore().set('card/deck-a-2', newer);
    await currentStore().flush();
    const { states } = await readCardStates(['deck-a-1', 'deck-a-2', 'deck-a-3']);
    expect(states.size).to.equal(0);
    expect(cardStatesPersisting(['deck-a-1'])).to.equal(false);
    expect(cardStatesPersisting(['deck-a-3'])).to.equal(true);
    saveCardState(reviewed('deck-a-1'), NOW);
    saveCardState(reviewed('deck-a-2'), NOW);
    await markCardsForReview(['deck-a-1'], NOW);
    await currentStore().flush();
    const disk = reopened();
    expect(await disk.get('card/deck-a-1')).to.deep.equal(corrupt);
    expect(await disk.get('card/deck-a-2')).to.deep.equal(newer);
  });

  it('works in memory, throwing nothing, when the browser has no IndexedDB', async () => {
    const restore = removeIndexedDb();
    try {
      useFreshStore('card');
      saveCardState(reviewed('deck-a-1'), NOW);
      await markCardsForReview(['deck-a-2'], NOW);
      const { states } = await readCardStates(['deck-a-1', 'deck-a-2']);
      expect([...states.keys()].sort()).to.deep.equal(['deck-a-1', 'deck-a-2']);
      expect(cardStatesPersisting(['deck-a-1'])).to.equal(false);
      expect(currentStore().status).to.deep.include({ state: 'unavailable', reason: 'no-indexeddb' });
    } finally {
      restore();
    }
  });
});
