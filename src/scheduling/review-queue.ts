import type { CardState } from './card-state.js';

/** Learning cards due this soon are shown early once nothing else is left (Anki's default). */
export const LEARN_AHEAD_MS = 20 * 60 * 1000;

export interface QueueCounts {
  /** New cards still to be introduced today. */
  new: number;
  /** Cards in their (re)learning steps, due now or within the learn-ahead limit. */
  learning: number;
  /** Review cards due now. */
  due: number;
}

export interface ReviewQueue {
  /** Card ids to show, in order: the first is the card to show now. */
  cards: string[];
  counts: QueueCounts;
  /**
   * When a card not in the queue joins it (epoch ms), null when none will: a review card when it
   * falls due, a learning card when it comes within the learn-ahead limit, new cards tomorrow.
   */
  nextDue: number | null;
}

export interface QueueOptions {
  now: number;
  /** How many never-seen cards may be introduced per calendar day. */
  newPerDay: number;
  learnAheadMs?: number;
}

/** Local midnight at the start of the day holding `time`. */
export function startOfDay(time: number): number {
  const d = new Date(time);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
}

/** Local midnight at the start of the next day (a calendar day, so DST changes are right). */
export function startOfNextDay(time: number): number {
  const d = new Date(time);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

const isLearning = (s: CardState) => s.phase === 'learning' || s.phase === 'relearning';
const byDue = (a: CardState, b: CardState) => a.due - b.due;

/**
 * What a review session shows now, for a deck's cards (in deck order) and their saved states:
 * cards a wrong quiz answer asked for, learning cards due, review cards due (most overdue first),
 * then new cards up to the day's remaining allowance, then learning cards due within the learn-ahead
 * limit. Pure: the clock is an input.
 */
export function planReview(cardIds: readonly string[], states: ReadonlyMap<string, CardState>, options: QueueOptions): ReviewQueue {
  const { now, newPerDay } = options;
  const aheadUntil = now + (options.learnAheadMs ?? LEARN_AHEAD_MS);
  const dayStart = startOfDay(now);
  const known = cardIds.flatMap((id) => {
    const state = states.get(id);
    return state ? [state] : [];
  });

  const requested = known.filter((s) => s.reviewRequestedAt !== null).sort((a, b) => a.reviewRequestedAt! - b.reviewRequestedAt!);
  const others = known.filter((s) => s.reviewRequestedAt === null && s.phase !== 'new');
  const learningDue = others.filter((s) => isLearning(s) && s.due <= now).sort(byDue);
  const reviewDue = others.filter((s) => s.phase === 'review' && s.due <= now).sort(byDue);
  const learningAhead = others.filter((s) => isLearning(s) && s.due > now && s.due <= aheadUntil).sort(byDue);
  const later = others.filter((s) => s.due > (isLearning(s) ? aheadUntil : now));

  const introducedToday = known.filter((s) => s.introducedAt !== null && s.introducedAt >= dayStart).length;
  const allowance = Math.max(0, newPerDay - introducedToday);
  const unseen = cardIds.filter((id) => {
    const state = states.get(id);
    return !state || (state.phase === 'new' && state.reviewRequestedAt === null);
  });
  // New cards a quiz asked for lead the session whatever the limit, and take their place in it:
  // rating one then uses up one of the day's new cards, not two.
  const requestedNew = requested.filter((s) => s.phase === 'new').length;
  const fresh = unseen.slice(0, Math.max(0, allowance - requestedNew));

  const cards = [
    ...requested.map((s) => s.cardId),
    ...learningDue.map((s) => s.cardId),
    ...reviewDue.map((s) => s.cardId),
    ...fresh,
    ...learningAhead.map((s) => s.cardId),
  ];
  const counts: QueueCounts = {
    new: fresh.length + requestedNew,
    learning: learningDue.length + learningAhead.length + requested.filter(isLearning).length,
    due: reviewDue.length + requested.filter((s) => s.phase === 'review').length,
  };

  const ahead = aheadUntil - now;
  const upcoming = later.map((s) => (isLearning(s) ? s.due - ahead : s.due));
  if (unseen.length > fresh.length && newPerDay > 0) upcoming.push(startOfNextDay(now));
  // A loop, not Math.min(...upcoming): a deck of 200,000 cards would pass more arguments than a call takes.
  const nextDue = upcoming.reduce<number | null>((soonest, due) => (soonest === null || due < soonest ? due : soonest), null);
  return { cards, counts, nextDue };
}
