import { builtinFile } from '../content/builtin-content.js';
import { BUILTIN_DECKS } from '../content/builtin-ids.js';
import { ContentLoader } from '../content/content-loader.js';
import type { CardMessages } from '../messages/card-messages.js';
import { type Card, type Deck, validateDeck } from '../schema/deck-schema.js';
import { withReadablePaths } from '../schema/readable-path.js';
import type { Validated } from '../schema/validation-issues.js';

const decks = new ContentLoader(withReadablePaths(validateDeck));

/**
 * What a `<fact-card>` points at: a deck object set from script, else its `src` (a URL, relative to
 * the page), else its built-in `deck` id; and maybe one `card`.
 */
export interface DeckRef {
  src?: string;
  /** A built-in deck's id, or anything else a script set: a deck object, validated as a fetched deck is. */
  deck?: unknown;
  card?: string;
}

/**
 * The deck an element points at, fetched (once per URL however many cards use it), parsed and
 * validated; every failure comes back as issues worded for the page author, at the attribute used.
 */
export function loadDeck(ref: DeckRef, messages: CardMessages, signal?: AbortSignal): Promise<Validated<Deck>> {
  if (ref.deck != null && typeof ref.deck !== 'string') return Promise.resolve(decks.check(ref.deck));
  if (!ref.src) {
    const id = typeof ref.deck === 'string' ? ref.deck : '';
    const file = builtinFile('deck', id);
    if (!file) return Promise.resolve({ ok: false, problem: 'setup', issues: [{ path: 'deck', message: messages.unknownDeck(id, BUILTIN_DECKS.join(', ')) }] });
    return decks.loadBuiltin(file, 'deck', messages, signal);
  }
  let url: URL;
  try {
    url = new URL(ref.src, document.baseURI);
  } catch {
    return Promise.resolve({ ok: false, problem: 'setup', issues: [{ path: 'src', message: messages.badDeckName(ref.src) }] });
  }
  return decks.load(url, 'src', messages, signal);
}

/** The deck, and its `card` when the element asks for one; a deck without that card is an issue at `card`. */
export async function loadDeckCard(ref: DeckRef, messages: CardMessages, signal?: AbortSignal): Promise<Validated<{ deck: Deck; card?: Card }>> {
  const loaded = await loadDeck(ref, messages, signal);
  if (!loaded.ok) return loaded;
  const deck = loaded.value;
  if (!ref.card) return { ok: true, value: { deck } };
  const card = deck.cards.find((c) => c.id === ref.card);
  return card
    ? { ok: true, value: { deck, card } }
    : { ok: false, problem: 'setup', issues: [{ path: 'card', message: messages.unknownCard(ref.card, deck.id) }] };
}
