import { expect } from '@open-wc/testing';

import { type CardPhase, type CardState, newCardState } from '../src/scheduling/card-state.js';
import { planReview, startOfDay, startOfNextDay } from '../src/scheduling/review-queue.js';
import { nth } from './helpers/present.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const NOW = new Date(2030, 0, 15, 9, 0).getTime();
const ids = ['a', 'b', 'c', 'd', 'e', 'f'];

function state(cardId: string, phase: CardPhase, due: number, extra: Partial<CardState> = {}): CardState {
  return { ...newCardState(cardId, NOW), phase, due, reps: 1, introducedAt: NOW - 10 * DAY, lastReview: NOW - DAY, ...extra };
}

const plan = (states: CardState[], newPerDay = 10, now = NOW) => planReview(ids, new Map(states.map((s) => [s.cardId, s])), { now, newPerDay });

describe('review queue', () => {
  it('offers new cards in deck order, up to the daily limit', () => {
    const queue = plan([], 3);
    expect(queue.cards).to.deep.equal(['a', 'b', 'c']);
    expect(queue.counts).to.deep.equal({ new: 3, learning: 0, due: 0 });
  });

  it('counts the new cards already introduced today against the limit, and not those of yesterday', () => {
    const today = [state('a', 'learning', NOW + 5 * HOUR, { introducedAt: NOW - HOUR }), state('b', 'review', NOW + DAY, { introducedAt: NOW - 2 * HOUR })];
    expect(plan(today, 3).cards).to.deep.equal(['c']);
    const yesterday = today.map((s) => ({ ...s, introducedAt: NOW - DAY }));
    expect(plan(yesterday, 3).cards).to.deep.equal(['c', 'd', 'e']);
  });

  it('shows learning cards due, then review cards due (most overdue first), then new cards', () => {
    const queue = plan(
      [state('f', 'review', NOW - HOUR), state('e', 'review', NOW - 3 * DAY), state('d', 'learning', NOW - MINUTE), state('c', 'review', NOW + DAY)],
      1,
    );
    expect(queue.cards).to.deep.equal(['d', 'e', 'f', 'a']);
    expect(queue.counts).to.deep.equal({ new: 1, learning: 1, due: 2 });
  });

  it('leaves review cards that are not yet due out of the queue and out of the counts', () => {
    const queue = plan([state('a', 'review', NOW + HOUR)], 0);
    expect(queue.cards).to.deep.equal([]);
    expect(queue.counts).to.deep.equal({ new: 0, learning: 0, due: 0 });
    expect(queue.nextDue).to.equal(NOW + HOUR);
  });

  it('shows learning cards due within 20 minutes last, once nothing else is left', () => {
    const queue = plan([state('a', 'learning', NOW + 10 * MINUTE), state('b', 'relearning', NOW + 30 * MINUTE), state('c', 'review', NOW - HOUR)], 0);
    expect(queue.cards).to.deep.equal(['c', 'a']);
    expect(queue.counts).to.deep.equal({ new: 0, learning: 1, due: 1 });
    // The relearning card joins the queue once it is within the 20 minutes: at NOW + 10 min.
    expect(queue.nextDue).to.equal(NOW + 10 * MINUTE);
  });

  it('puts cards a quiz asked for first, in the order asked, whatever their phase and the new-card limit', () => {
    const queue = plan(
      [
        state('c', 'review', NOW + 20 * DAY, { reviewRequestedAt: NOW - MINUTE }),
        { ...newCardState('f', NOW - 2 * MINUTE), reviewRequestedAt: NOW - 2 * MINUTE },
        state('b', 'review', NOW - DAY),
      ],
      0,
    );
    expect(queue.cards).to.deep.equal(['f', 'c', 'b']);
    expect(queue.counts).to.deep.equal({ new: 1, learning: 0, due: 2 });
  });

  it("counts never-seen cards a quiz asked for within the day's new cards: the New count is the limit, and falls by one per card", () => {
    const asked = ['e', 'f'].map((id) => ({ ...newCardState(id, NOW - MINUTE), reviewRequestedAt: NOW - MINUTE }));
    const queue = plan(asked, 3);
    expect(queue.cards).to.deep.equal(['e', 'f', 'a']);
    expect(queue.counts.new).to.equal(3);
    const rated = state('e', 'learning', NOW + 10 * MINUTE, { introducedAt: NOW });
    expect(plan([rated, nth(asked, 1)], 3).counts.new).to.equal(2);
  });

  it('when the daily limit is reached, gives tomorrow as the next due time unless a card is due sooner', () => {
    const introduced = ids.slice(0, 2).map((id) => state(id, 'review', NOW + 3 * DAY, { introducedAt: NOW - HOUR }));
    const done = plan(introduced, 2);
    expect(done.cards).to.deep.equal([]);
    expect(done.nextDue).to.equal(startOfNextDay(NOW));
    const sooner = plan([...introduced.slice(1), state('a', 'review', NOW + 2 * HOUR, { introducedAt: NOW - HOUR })], 2);
    expect(sooner.nextDue).to.equal(NOW + 2 * HOUR);
  });

  it('has no next due time when every card waits to be introduced and the limit is zero', () => {
    expect(plan([], 0).nextDue).to.equal(null);
  });

  it('finds local midnight around a day', () => {
    const midnight = new Date(2030, 0, 15).getTime();
    expect(startOfDay(NOW)).to.equal(midnight);
    expect(startOfNextDay(NOW)).to.equal(new Date(2030, 0, 16).getTime());
  });
});
