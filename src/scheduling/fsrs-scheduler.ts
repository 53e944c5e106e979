import type { Card as FsrsCard, Grade } from 'ts-fsrs';

import type { CardPhase, CardState, Rating } from './card-state.js';

/** FSRS scheduling over our own card states, once ts-fsrs has loaded. */
export interface Scheduler {
  /** The state each rating would give, to label the buttons with their intervals. */
  preview(state: CardState, now: number): Record<Rating, CardState>;
  /** The state after the learner gives `rating` at `now`. */
  rate(state: CardState, rating: Rating, now: number): CardState;
}

const PHASES: readonly CardPhase[] = ['new', 'learning', 'review', 'relearning'];
// ts-fsrs numbers its enums this way (Rating.Again = 1 … Easy = 4, State.New = 0 … Relearning = 3);
// using the numbers keeps its runtime enums, and so ts-fsrs itself, out of the main bundle.
// eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- the numbers on purpose, see above
const GRADES: Record<Rating, Grade> = { again: 1, hard: 2, good: 3, easy: 4 };

/**
 * The card as ts-fsrs takes it. A review "after" now (a device whose clock ran ahead, an imported
 * state) is taken as made now, and a memory state ts-fsrs would refuse as a card never rated: ts-fsrs
 * throws on either, which would stop the session at that card.
 */
function toFsrs(state: CardState, now: number): FsrsCard {
  const rated = state.difficulty >= 1 && state.stability >= 0.001 && Number.isFinite(state.stability) && state.difficulty <= 10;
  return {
    due: new Date(state.due),
    stability: rated ? state.stability : 0,
    difficulty: rated ? state.difficulty : 0,
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- ts-fsrs 5's Card still requires it
    elapsed_days: 0,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    // eslint-disable-next-line @typescript-eslint/no-unsafe-enum-assignment -- State's numbers, as GRADES uses Rating's
    state: PHASES.indexOf(state.phase),
    last_review: state.lastReview === null ? undefined : new Date(Math.min(state.lastReview, now)),
  };
}

function fromFsrs(before: CardState, card: FsrsCard, now: number): CardState {
  return {
    cardId: before.cardId,
    phase: PHASES[card.state] ?? 'learning',
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    lastReview: card.last_review ? card.last_review.getTime() : now,
    introducedAt: before.introducedAt ?? now,
    reviewRequestedAt: null,
  };
}

let loading: Promise<Scheduler> | undefined;

/**
 * Loads ts-fsrs on first use. This dynamic import is the only reference to ts-fsrs outside type
 * positions, so the bundler puts it in a chunk of its own that a page without a deck never fetches.
 */
export function loadScheduler(): Promise<Scheduler> {
  loading ??= import('ts-fsrs').then(
    ({ fsrs }) => {
      // Fuzz off: the interval written on a button is then exactly the one the card gets.
      const engine = fsrs({ enable_fuzz: false });
      return {
        preview(state, now) {
          const outcomes = engine.repeat(toFsrs(state, now), new Date(now));
          return {
            again: fromFsrs(state, outcomes[GRADES.again].card, now),
            hard: fromFsrs(state, outcomes[GRADES.hard].card, now),
            good: fromFsrs(state, outcomes[GRADES.good].card, now),
            easy: fromFsrs(state, outcomes[GRADES.easy].card, now),
          };
        },
        rate(state, rating, now) {
          return fromFsrs(state, engine.next(toFsrs(state, now), new Date(now), GRADES[rating]).card, now);
        },
      } satisfies Scheduler;
    },
    (error: unknown) => {
      // A failed chunk load (offline, say) is not cached, so a later session can try again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
