/**
 * A deck's summary record: every card's state in one record (`deck-summary/<deck>`), so that a large deck
 * shows its first card after reading one record, not one per card (10,000 cards: about 300 ms).
 *
 * ```ts
 * const opened = await openDeckStates(deck.id, ids, (states) => firstCardOf(states));
 * show(opened.states);                              // from the summary, the first card checked against its record
 * opened.records?.then((all) => reconcile(all));    // every record, read after
 * ```
 * The summary notes the card journal's epoch and count of writes it was made at (card-journal.ts): opening
 * reads the summary and the journal in one transaction, then the records of the deck's cards written since,
 * and the first card's own record. It is used only when it checks out: well formed, every state one a
 * record could hold, made for the same cards, of the journal's epoch, with every write since still in the
 * journal, and the first card's record the same as in it (a tab running older code writes no journal).
 * Otherwise the records are read, as before there was a summary, and the summary made of them is stored in
 * the background, unless a card was written meanwhile (the journal moved). Either way every record is read
 * after the first card shows, and the caller takes them in. Small decks, memory-only or failing storage,
 * and unreadable records read the records only. Outside the `card/` kind: never exported nor imported.
 */
import type { CardState } from '../scheduling/card-state.js';
import { type CardJournal, DECK_SUMMARY_PREFIX, isCardJournal, JOURNAL_KEY, keysWrittenSince, newJournal } from './card-journal.js';
import { type CardStatesRead, isWithinCardBounds, readCardStates, sameCardState } from './card-states.js';
import { encodeKeyPart } from './record-store.js';
import { type SafeStore, sharedSafeStore } from './safe-store.js';

/** Below this many cards, reading every record is about as quick as reading the summary and the first card. */
export const SUMMARY_MIN_CARDS = 100;

/** By phase code; 0: no record. */
const PHASES = [undefined, 'new', 'learning', 'review', 'relearning'] as const;
const NUMBERS = [
  'due',
  'stability',
  'difficulty',
  'scheduledDays',
  'learningSteps',
  'reps',
  'lapses',
  'lastReview',
  'introducedAt',
  'reviewRequestedAt',
  'updatedAt',
] as const;
const N = NUMBERS.length;

/** Column by column, as typed arrays: stored and read back with no object per card. A null is NaN. */
interface DeckSummary {
  v: 1;
  epoch: number;
  seq: number;
  /** The deck's card ids, in its order, joined by line feeds (which no id holds): one string to store, read and compare. */
  ids: string;
  phases: Uint8Array;
  /** `NUMBERS` of card i at i * N. */
  numbers: Float64Array;
}

export interface DeckStatesOpened extends CardStatesRead {
  /** When the states came from the summary: every record of the deck, read afterwards. */
  records?: Promise<CardStatesRead>;
}

const summaryKeyOf = (deckId: string) => DECK_SUMMARY_PREFIX + encodeKeyPart(deckId);

const joined = (ids: readonly string[]) => ids.join('\n');

function summaryOf(ids: readonly string[], read: CardStatesRead, journal: CardJournal): DeckSummary {
  const phases = new Uint8Array(ids.length);
  const numbers = new Float64Array(ids.length * N);
  ids.forEach((id, i) => {
    const state = read.states.get(id);
    if (!state) return;
    phases[i] = PHASES.indexOf(state.phase);
    const values = { ...state, updatedAt: read.updatedAt.get(id) ?? 0 };
    NUMBERS.forEach((field, f) => (numbers[i * N + f] = values[field] ?? NaN));
  });
  return { v: 1, epoch: journal.epoch, seq: journal.seq, ids: joined(ids), phases, numbers };
}

const orNull = (n: number | undefined) => (n === undefined ? NaN : Number.isNaN(n) ? null : n);

/** The states a stored summary holds for these cards, each checked as its record would be; undefined when it is not one this code can use. */
function statesOf(raw: unknown, ids: readonly string[]): (CardStatesRead & { summary: DeckSummary }) | undefined {
  const s = raw as Partial<DeckSummary> | null;
  if (typeof s !== 'object' || s === null || s.v !== 1 || typeof s.epoch !== 'number' || !Number.isSafeInteger(s.seq)) return undefined;
  const { phases, numbers } = s;
  if (!(phases instanceof Uint8Array) || !(numbers instanceof Float64Array) || phases.length !== ids.length || numbers.length !== ids.length * N)
    return undefined;
  if (s.ids !== joined(ids)) return undefined;
  const states = new Map<string, CardState>();
  const updatedAt = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    const phase = phases[i] ?? 0;
    if (phase === 0) continue;
    const cardId = ids[i] ?? '';
    const at = i * N;
    // In one literal, in NUMBERS' order: one shape for every card keeps this quick. A value missing is NaN, refused below.
    const state = {
      cardId,
      phase: PHASES[phase],
      due: numbers[at] ?? NaN,
      stability: numbers[at + 1] ?? NaN,
      difficulty: numbers[at + 2] ?? NaN,
      scheduledDays: numbers[at + 3] ?? NaN,
      learningSteps: numbers[at + 4] ?? NaN,
      reps: numbers[at + 5] ?? NaN,
      lapses: numbers[at + 6] ?? NaN,
      lastReview: orNull(numbers[at + 7]),
      introducedAt: orNull(numbers[at + 8]),
      reviewRequestedAt: orNull(numbers[at + 9]),
    };
    const stamp = numbers[at + 10] ?? NaN;
    // The summary lives in the learner's storage, like anything there: each state is checked as its record would be.
    if (!isWithinCardBounds(state, stamp)) return undefined;
    states.set(cardId, state as CardState);
    updatedAt.set(cardId, stamp);
  }
  return { states, updatedAt, summary: s as DeckSummary };
}

/** Whether two reads hold the same record of a card (or both none). */
function sameState(a: CardStatesRead, b: CardStatesRead, id: string): boolean {
  const x = a.states.get(id);
  const y = b.states.get(id);
  if (!x || !y) return x === y;
  return a.updatedAt.get(id) === b.updatedAt.get(id) && sameCardState(x, y);
}

/** Whether every card record is readable and reaches storage: a summary made now would tell no lie. */
const summarisable = (store: SafeStore) => store.isPersisting('card/') && !store.isLocked('card/');

/**
 * Stores the summary of these states in the background, if no card was written since `seen` (the journal, read
 * before the records were): then the records read are what is stored.
 */
function storeSummary(store: SafeStore, deckId: string, ids: readonly string[], read: CardStatesRead, seen: unknown): void {
  if (!summarisable(store)) return;
  store.putAfterReading([JOURNAL_KEY], ([current]) => {
    if (!isCardJournal(current)) {
      // No journal then and none now (a missing or unreadable one is replaced by the first card write): start one.
      if (isCardJournal(seen)) return [];
      const journal = newJournal();
      return [
        [JOURNAL_KEY, journal],
        [summaryKeyOf(deckId), summaryOf(ids, read, journal)],
      ];
    }
    if (!isCardJournal(seen) || current.epoch !== seen.epoch || current.seq !== seen.seq) return [];
    return [[summaryKeyOf(deckId), summaryOf(ids, read, current)]];
  });
}

/** Every record, and the summary made of them stored. */
async function readAndSummarise(store: SafeStore, deckId: string, ids: readonly string[], journal: unknown): Promise<CardStatesRead> {
  const read = await readCardStates(ids, store);
  storeSummary(store, deckId, ids, read, journal);
  return read;
}

/**
 * The saved states of a deck's cards, as `readCardStates` gives them, from the deck's summary when it checks
 * out, with `firstCard` (which card the deck shows first, given the states) checked against its record;
 * `records` then reads every record. Never rejects.
 */
export async function openDeckStates(
  deckId: string,
  ids: readonly string[],
  firstCard: (states: ReadonlyMap<string, CardState>) => string | undefined,
  on?: SafeStore,
): Promise<DeckStatesOpened> {
  const store = on ?? sharedSafeStore();
  if (ids.length < SUMMARY_MIN_CARDS || store.status.state !== 'available') return readCardStates(ids, store);
  const [stored, journal] = await store.getMany([summaryKeyOf(deckId), JOURNAL_KEY]);
  const checked = isCardJournal(journal) ? journal : undefined;
  const fromSummary = checked ? statesOf(stored, ids) : undefined;
  const since = checked && fromSummary?.summary.epoch === checked.epoch ? keysWrittenSince(checked, fromSummary.summary.seq) : undefined;
  if (!fromSummary || !since || !summarisable(store)) return readAndSummarise(store, deckId, ids, journal);

  const read: CardStatesRead = { states: fromSummary.states, updatedAt: fromSummary.updatedAt };
  const inDeck = new Set(ids);
  const written = [...new Set(since)].flatMap((key) => {
    try {
      const id = decodeURIComponent(key);
      return inDeck.has(id) ? [id] : [];
    } catch {
      return [];
    }
  });
  const fresh = await readCardStates([...written], store);
  for (const id of written) {
    const state = fresh.states.get(id);
    if (state) {
      read.states.set(id, state);
      read.updatedAt.set(id, fresh.updatedAt.get(id) ?? 0);
    } else {
      read.states.delete(id);
      read.updatedAt.delete(id);
    }
  }
  const first = firstCard(read.states);
  if (first !== undefined && !written.includes(first) && !sameState(await readCardStates([first], store), read, first)) {
    // Written by a tab that keeps no journal: the summary cannot be trusted.
    return readAndSummarise(store, deckId, ids, journal);
  }
  const records = (async () => {
    const [seen] = await store.getMany([JOURNAL_KEY]);
    const all = await readCardStates(ids, store);
    if (written.length > 0 || ids.some((id) => !sameState(all, read, id))) storeSummary(store, deckId, ids, all, seen);
    return all;
  })();
  // The caller may change its states from now on: a summary is stored only if the journal did not move, and a rating moves it.
  return { ...read, records };
}
