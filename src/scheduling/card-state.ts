/**
 * A learner's memory of one card, in a plain serialisable shape of our own: the queue and the
 * storage read it without loading ts-fsrs, and a stored record survives a change of library.
 */
export type CardPhase = 'new' | 'learning' | 'review' | 'relearning';

export type Rating = 'again' | 'hard' | 'good' | 'easy';

/** In the order of the buttons and of the keys 1–4. */
export const RATINGS: readonly Rating[] = ['again', 'hard', 'good', 'easy'];

export interface CardState {
  cardId: string;
  phase: CardPhase;
  /** When the card is next due, in epoch milliseconds. */
  due: number;
  stability: number;
  difficulty: number;
  scheduledDays: number;
  /** Position in the (re)learning steps. */
  learningSteps: number;
  reps: number;
  lapses: number;
  lastReview: number | null;
  /** When the card was first rated: it counts against that day's limit of new cards. */
  introducedAt: number | null;
  /** Set when a wrong quiz answer names the card: it leads the next session until rated. */
  reviewRequestedAt: number | null;
}

/** A card never rated, due at once. */
export function newCardState(cardId: string, now: number): CardState {
  return {
    cardId,
    phase: 'new',
    due: now,
    stability: 0,
    difficulty: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 0,
    lapses: 0,
    lastReview: null,
    introducedAt: null,
    reviewRequestedAt: null,
  };
}
