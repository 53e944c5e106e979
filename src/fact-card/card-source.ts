import { html } from 'lit';

import { safeHref } from '../content/safe-href.js';
import type { CardMessages } from '../messages/card-messages.js';
import type { Card, Deck } from '../schema/deck-schema.js';

/** The card's document (title, publisher, date), with the verbatim quote behind a disclosure. */
export function cardSource(deck: Deck, card: Card, msg: CardMessages) {
  const doc = deck.sources.find((s) => s.id === card.source.ref);
  const line = doc ? msg.sourceLine(doc.title, doc.publisher, doc.date) : card.source.ref;
  const href = safeHref(doc?.url);
  return html`<div class="source" part="source">
    <p class="source-line">${msg.source}: ${href ? html`<a href=${href} rel="noopener noreferrer">${line}</a>` : line}</p>
    <details class="quote">
      <summary>${msg.showQuote}</summary>
      <blockquote>${card.source.quote}</blockquote>
    </details>
  </div>`;
}
