/**
 * The storage code a `<defence-quiz>` loads when it has saved progress to read or an attempt to save: the progress
 * store, the summary record, the card states a wrong answer marks due and the IndexedDB store under them. One chunk,
 * loaded through progress-storage-loader.ts, so that a first visit shows its first question without it.
 */
export { markCardsForReview } from '../storage/card-states.js';
export { quizKeyOf, QuizProgress } from '../storage/progress-store.js';
export { readQuizOverview } from '../storage/quiz-summary-record.js';
export { SafeStore, sharedSafeStore } from '../storage/safe-store.js';
