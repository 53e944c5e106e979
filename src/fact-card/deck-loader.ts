import { builtinContentUrl } from '../content/builtin-content-url.js';
import { loadJson } from '../content/load-json.js';
import type { Messages } from '../messages/messages.js';
import { validateDeck, type Deck } from '../schema/deck-schema.js';
import type { ValidationIssue } from '../schema/validation-issues.js';

export type DeckLoad = { ok: true; deck: Deck } | { ok: false; issues: ValidationIssue[] };

const DECK_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** The URL of a built-in deck, or null for a name that is not a deck id (so never a path). */
export function builtinDeckUrl(id: string): URL | null {
  return DECK_ID.test(id) ? builtinContentUrl(`decks/${id}.json`) : null;
}

// Several cards of one deck on a page share one request; failures are dropped so a retry refetches.
const loads = new Map<string, Promise<DeckLoad>>();

/**
 * Fetches and validates a deck; every failure comes back as issues worded for the page author.
 * `where` names the attribute that pointed at the URL (`src` or `deck`).
 */
export function loadDeck(url: URL, where: string, messages: Messages['card']): Promise<DeckLoad> {
  const key = url.href;
  let load = loads.get(key);
  if (!load) {
    load = loadJson(url, where, messages).then((raw): DeckLoad => {
      if (!raw.ok) return raw;
      const result = validateDeck(raw.value);
      return result.ok ? { ok: true, deck: result.value } : { ok: false, issues: result.issues };
    });
    loads.set(key, load);
    void load.then((result) => {
      if (!result.ok) loads.delete(key);
    });
  }
  return load;
}
