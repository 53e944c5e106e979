import { builtinContentUrl } from '../content/builtin-content-url.js';
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

/** Fetches and validates a deck; every failure is returned as issues worded for the page author. */
export function loadDeck(url: URL, messages: Messages['card']): Promise<DeckLoad> {
  const key = url.href;
  let load = loads.get(key);
  if (!load) {
    load = fetchDeck(url, messages);
    loads.set(key, load);
    load.then((result) => {
      if (!result.ok) loads.delete(key);
    });
  }
  return load;
}

async function fetchDeck(url: URL, messages: Messages['card']): Promise<DeckLoad> {
  const problem = (message: string): DeckLoad => ({ ok: false, issues: [{ path: '', message }] });
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    return problem(messages.network(url.href));
  }
  if (!response.ok) return problem(messages.notFound(url.href, response.status));
  let data: unknown;
  try {
    data = await response.json();
  } catch {
    return problem(messages.notJson(url.href));
  }
  const result = validateDeck(data);
  return result.ok ? { ok: true, deck: result.value } : { ok: false, issues: result.issues };
}
