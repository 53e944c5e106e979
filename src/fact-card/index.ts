/** `defence-learning/fact-card` and the drop-in `dist/fact-card.js`: registers `<fact-card>` and exports its class, events and helpers. */
import { defineElement } from '../define-element.js';
import type { markCardsForReview as markCards } from '../storage/card-states.js';
import { FactCard } from './fact-card.js';

defineElement('fact-card', FactCard);

export { FactCard };

/** Makes these fact cards due first in the learner's next deck session (the storage code is loaded on demand). */
export async function markCardsForReview(...args: Parameters<typeof markCards>): Promise<void> {
  const { markCardsForReview: mark } = await import('../storage/card-states.js');
  return mark(...args);
}
export type { CardErrorDetail, CardFlipDetail, CardRatedDetail } from './fact-card-events.js';
export { CardErrorEvent, CardFlipEvent, CardRatedEvent } from './fact-card-events.js';
