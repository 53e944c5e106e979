import type { Rating } from '../scheduling/card-state.js';
import type { ValidationIssue } from '../schema/validation-issues.js';

export interface CardFlipDetail {
  /** The card's id when it comes from a deck, null for a card written in the page. */
  cardId: string | null;
  /** The side now shown. */
  side: 'front' | 'back';
}

/** Fired when the learner turns a card over or shows its answer. */
export class CardFlipEvent extends Event {
  constructor(readonly detail: CardFlipDetail) {
    super('card-flip', { bubbles: true, composed: true });
  }
}

export interface CardRatedDetail {
  cardId: string;
  rating: Rating;
  /** When the card is due again. */
  due: Date;
}

/** Fired when the learner rates a card in a deck session. */
export class CardRatedEvent extends Event {
  constructor(readonly detail: CardRatedDetail) {
    super('card-rated', { bubbles: true, composed: true });
  }
}

export interface CardErrorDetail {
  /** Every problem, located by JSON path inside the deck or by the attribute that pointed at it. */
  issues: ValidationIssue[];
}

/** Fired when the deck or card cannot be loaded or is invalid; the element shows the same problems in place. */
export class CardErrorEvent extends Event {
  constructor(readonly detail: CardErrorDetail) {
    super('card-error', { bubbles: true, composed: true });
  }
}

// On GlobalEventHandlersEventMap, not only HTMLElementEventMap: the events are composed and bubble,
// so pages listen for them on the document or window as often as on the element.
declare global {
  interface GlobalEventHandlersEventMap {
    'card-flip': CardFlipEvent;
    'card-rated': CardRatedEvent;
    'card-error': CardErrorEvent;
  }
}
