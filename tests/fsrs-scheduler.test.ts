import { expect } from '@open-wc/testing';

import { newCardState, RATINGS } from '../src/scheduling/card-state.js';
import { loadScheduler } from '../src/scheduling/fsrs-scheduler.js';
import { planReview } from '../src/scheduling/review-queue.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const T0 = new Date(2030, 0, 15, 9, 0).getTime();

describe('FSRS scheduler (ts-fsrs, fixed clock)', () => {
  it('loads ts-fsrs once and hands every caller the same scheduler', async () => {
    const [a, b] = await Promise.all([loadScheduler(), loadScheduler()]);
    expect(a).to.equal(b);
  });

  it('puts a new card rated Good back in its learning steps: due again within 10 minutes', async () => {
    const scheduler = await loadScheduler();
    const next = scheduler.rate(newCardState('c1', T0), 'good', T0);
    expect(next.phase).to.equal('learning');
    expect(next.due).to.be.above(T0);
    expect(next.due - T0).to.be.at.most(10 * MINUTE);
    expect(next.introducedAt).to.equal(T0);
    expect(next.reps).to.equal(1);
  });

  it('brings a new card rated Again back within minutes, in the same session', async () => {
    const scheduler = await loadScheduler();
    const next = scheduler.rate(newCardState('c1', T0), 'again', T0);
    expect(next.phase).to.equal('learning');
    expect(next.due - T0).to.be.at.most(MINUTE);
    const queue = planReview(['c1', 'c2'], new Map([['c1', next]]), { now: T0, newPerDay: 10 });
    expect(queue.cards).to.include('c1');
  });

  it('graduates a new card rated Easy to review, days away', async () => {
    const scheduler = await loadScheduler();
    const next = scheduler.rate(newCardState('c1', T0), 'easy', T0);
    expect(next.phase).to.equal('review');
    expect(next.due - T0).to.be.at.least(DAY);
  });

  it('graduates a learning card after Good at the last step, and a lapse sends it to relearning', async () => {
    const scheduler = await loadScheduler();
    const step1 = scheduler.rate(newCardState('c1', T0), 'good', T0);
    const graduated = scheduler.rate(step1, 'good', step1.due);
    expect(graduated.phase).to.equal('review');
    expect(graduated.due - step1.due).to.be.at.least(DAY);
    const lapse = scheduler.rate(graduated, 'again', graduated.due);
    expect(lapse.phase).to.equal('relearning');
    expect(lapse.lapses).to.equal(1);
    expect(lapse.due - graduated.due).to.be.at.most(10 * MINUTE);
  });

  it('orders the intervals Again < Hard < Good < Easy, and previews exactly what rating gives', async () => {
    const scheduler = await loadScheduler();
    const learned = scheduler.rate(scheduler.rate(newCardState('c1', T0), 'good', T0), 'good', T0 + 10 * MINUTE);
    const now = learned.due + DAY;
    const outcomes = scheduler.preview(learned, now);
    const dues = RATINGS.map((r) => outcomes[r].due);
    expect([...dues].sort((a, b) => a - b)).to.deep.equal(dues);
    expect(new Set(dues).size).to.equal(4);
    for (const rating of RATINGS) expect(scheduler.rate(learned, rating, now)).to.deep.equal(outcomes[rating]);
  });

  it('keeps the first-seen time and clears a review request once the card is rated', async () => {
    const scheduler = await loadScheduler();
    const requested = { ...scheduler.rate(newCardState('c1', T0), 'easy', T0), reviewRequestedAt: T0 + DAY };
    const next = scheduler.rate(requested, 'good', T0 + 2 * DAY);
    expect(next.introducedAt).to.equal(T0);
    expect(next.reviewRequestedAt).to.equal(null);
  });
});
