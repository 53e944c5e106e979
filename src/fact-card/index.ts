/** `defence-learning/fact-card` and the drop-in `dist/fact-card.js`: registers `<fact-card>` and exports its class, events and helpers. */
import { defineElement } from '../define-element.js';
import { FactCard } from './fact-card.js';

defineElement('fact-card', FactCard);

export { FactCard };
export { markCardsForReview } from '../storage/card-states.js';
export type { CardErrorDetail, CardFlipDetail, CardRatedDetail } from './fact-card-events.js';
export { CardErrorEvent, CardFlipEvent, CardRatedEvent } from './fact-card-events.js';
