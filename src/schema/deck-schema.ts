import { citationSchema, contentFileFields, id, text } from './common-schema.js';
import { duplicateIds } from './cross-field-rules.js';
import { validateWith } from './validate-bank.js';
import type { Validated, ValidationIssue } from './validation-issues.js';
import { z } from './zod.js';

export const cardSchema = z.strictObject({
  id: id(),
  front: text(),
  back: text(),
  source: citationSchema,
  tags: z._default(z.array(text()), []),
});

/** A deck of fact cards, one per file in `questions/decks/`. */
export const deckSchema = z.strictObject({
  ...contentFileFields,
  cards: z.array(cardSchema).check(z.minLength(1)),
});

export type Card = z.infer<typeof cardSchema>;
export type Deck = z.infer<typeof deckSchema>;
/** A deck as a page writes it (before defaults are filled in): what `<fact-card>`'s `.deck` property takes. */
export type DeckInput = z.input<typeof deckSchema>;

function deckRules(input: unknown): ValidationIssue[] {
  if (typeof input !== 'object' || input === null) return [];
  const deck = input as { sources?: unknown; cards?: unknown };
  const sources = Array.isArray(deck.sources) ? deck.sources : [];
  const cards = Array.isArray(deck.cards) ? deck.cards : [];
  const sourceIds = new Set(sources.map((s) => (s as { id?: unknown } | null)?.id));
  const unknownRefs = cards.flatMap((card, i) => {
    const ref = (card as { source?: { ref?: unknown } } | null)?.source?.ref;
    return typeof ref === 'string' && !sourceIds.has(ref) ? [{ path: `cards[${i}].source.ref`, message: `no source with id "${ref}" in "sources"` }] : [];
  });
  return [...duplicateIds(sources, 'id', (i) => `sources[${i}]`, 'source id'), ...duplicateIds(cards, 'id', (i) => `cards[${i}]`, 'card id'), ...unknownRefs];
}

export function validateDeck(input: unknown): Validated<Deck> {
  return validateWith(deckSchema, deckRules, input);
}
