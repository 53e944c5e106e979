/**
 * The journal of card-state writes: one small record (`card-journal`) that every write of a `card/…` record,
 * whoever makes it (a rating, a quiz asking for a review, an import, another tab with this code), updates in
 * the same IndexedDB transaction (see `keepInStep` in safe-store.ts): it counts the writes (`seq`) and keeps
 * the keys of the last ones. A deck's summary (deck-summary-record.ts) notes the `epoch` and `seq` it was
 * made at, so that opening the deck knows, from this record alone, which cards changed since (or that too
 * many did, or that it cannot tell): a card is in any number of decks, and a write knows none of them.
 * A reset of card states starts a new epoch, which no summary has. Outside the `card/` kind: never
 * exported nor imported. A later version that writes card records must keep this journal, or delete it.
 */
import { keepInStep } from './safe-store.js';

export const JOURNAL_KEY = 'card-journal';
/** Where decks' summaries live (deck-summary-record.ts): a reset of card states removes them. */
export const DECK_SUMMARY_PREFIX = 'deck-summary/';
const CARD_PREFIX = 'card/';
/** Keys kept: a deck opened after more writes than this (an import, many sessions elsewhere) reads every card. */
const KEPT = 500;

export interface CardJournal {
  v: 1;
  /** New at each reset, or when the journal was missing or unreadable. */
  epoch: number;
  /** How many card writes the journal counted in this epoch. */
  seq: number;
  /** The keys (under `card/`) of the last writes, oldest first: the last one was write number `seq`. */
  keys: string[];
}

export function isCardJournal(raw: unknown): raw is CardJournal {
  const j = raw as Partial<CardJournal> | null;
  return (
    typeof j === 'object' &&
    j !== null &&
    j.v === 1 &&
    typeof j.epoch === 'number' &&
    typeof j.seq === 'number' &&
    Number.isSafeInteger(j.seq) &&
    Array.isArray(j.keys) &&
    j.keys.length <= j.seq &&
    j.keys.every((key) => typeof key === 'string')
  );
}

export const newJournal = (): CardJournal => ({ v: 1, epoch: Math.random(), seq: 0, keys: [] });

/** The keys written after write number `seq`, or undefined when the journal no longer knows them all. */
export function keysWrittenSince(journal: CardJournal, seq: number): string[] | undefined {
  const count = journal.seq - seq;
  if (!Number.isSafeInteger(count) || count < 0 || count > journal.keys.length) return undefined;
  return journal.keys.slice(journal.keys.length - count);
}

keepInStep({
  prefix: CARD_PREFIX,
  written(store, writes) {
    const request = store.get(JOURNAL_KEY);
    request.onsuccess = () => {
      // Inside the transaction: a throw here would abort the card's write with it.
      try {
        const current: unknown = request.result;
        const journal = isCardJournal(current) ? current : newJournal();
        const keys = [...journal.keys, ...writes.map(([key]) => key.slice(CARD_PREFIX.length))];
        store.put({ v: 1, epoch: journal.epoch, seq: journal.seq + writes.length, keys: keys.slice(-KEPT) } satisfies CardJournal, JOURNAL_KEY);
      } catch {
        store.put(newJournal(), JOURNAL_KEY);
      }
    };
  },
  cleared(store) {
    store.delete(IDBKeyRange.bound(DECK_SUMMARY_PREFIX, `${DECK_SUMMARY_PREFIX}\uffff`));
    // Deleted afterwards if the reset covers it too: a missing journal trusts no summary either.
    store.put(newJournal(), JOURNAL_KEY);
  },
});
