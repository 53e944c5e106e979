import { html } from 'lit';
import { classMap } from 'lit/directives/class-map.js';

import type { CardMessages } from '../messages/card-messages.js';
import type { Card, Deck } from '../schema/deck-schema.js';
import { cardSource } from './card-source.js';

export interface SingleCardView {
  /** A card of a deck, or undefined for a card written in the page (attributes and slots). */
  card?: { card: Card; deck: Deck };
  front?: string;
  back?: string;
  flipped: boolean;
  /** What the live region says: the back once the card is turned, nothing before. */
  announcement: string;
  msg: CardMessages;
  onFlip: () => void;
}

/**
 * One card that turns over: a button whose expanded state says which side shows. The back is
 * hidden from assistive technology and read out through the live region instead, so the button's
 * name is the front alone.
 */
export function singleCardView({ card, front, back, flipped, announcement, msg, onFlip }: SingleCardView) {
  const frontText = card ? card.card.front : html`<slot name="front">${front ?? ''}</slot>`;
  const backText = card ? card.card.back : html`<slot name="back">${back ?? ''}</slot>`;
  const source = card ? cardSource(card.deck, card.card, msg) : html`<div class="source" part="source"><slot name="source"></slot></div>`;
  return html`<div class=${classMap({ base: true, single: true, flipped })} part="base">
    <button type="button" class="card" part="card" aria-expanded=${flipped ? 'true' : 'false'} aria-describedby="answer" @click=${onFlip}>
      <span class="faces">
        <span class="face front" part="front">
          <span class="side-label" aria-hidden="true">${msg.front}</span>
          <span class="face-text">${frontText}</span>
        </span>
        <span class="face back" part="back" aria-hidden="true">
          <span class="side-label">${msg.back}</span>
          <span class="face-text">${backText}</span>
        </span>
      </span>
    </button>
    <p class="hint">${msg.flipHint}</p>
    <p class="visually-hidden" id="answer" aria-live="polite">${announcement}</p>
    ${source}
  </div>`;
}

/** Whether the page wrote a card into the element: a `front` attribute or a `front` slot. */
export function hasPageCard(host: Element & { front?: string }): boolean {
  return Boolean(host.front?.trim()) || host.querySelector(':scope > [slot="front"]') !== null;
}

/** The back of a card written in the page, as plain text for the announcement: slotted content is read from the page. */
export function pageCardBack(root: ParentNode, back: string | undefined): string {
  const slot = root.querySelector<HTMLSlotElement>('slot[name="back"]');
  const slotted = (slot?.assignedNodes({ flatten: true }) ?? [])
    .map((n) => n.textContent ?? '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return slotted || (back ?? '').trim();
}
