/**
 * What `<fact-card>` needs only once it is given a deck (`deck` or `src`): loading and validating it, the
 * review session with its storage, and the session's view. The element imports this module on demand, so a
 * card written in the page loads none of it (nor zod, nor IndexedDB code).
 */
export { SafeStore } from '../storage/safe-store.js';
export { loadDeckCard } from './deck-loader.js';
export { deckReviewView } from './deck-review-view.js';
export { DeckSession } from './deck-session.js';
