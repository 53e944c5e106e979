/**
 * Where each card's scheduling state is kept: one versioned record per card (`card/<cardId>`) in
 * the library's store, so two tabs reviewing different cards never overwrite each other, and a
 * corrupt record locks only its own card. Card ids are unique across decks, so the key needs no deck.
 */
// Every page that writes card records loads this module: the journal is kept in step with each write.
import './card-journal.js';

import type { CardState } from '../scheduling/card-state.js';
import { newCardState } from '../scheduling/card-state.js';
import { defineRecordFormat, encodeKeyPart, RecordStore } from './record-store.js';
import type { SafeStore, StoreChange } from './safe-store.js';
import { isStoredCount as isCount, isStoredTime as isTime, isWithin, MAX_ENTRIES, MAX_ID_LENGTH } from './stored-values.js';

export interface CardStateRecord extends CardState {
  v: 1;
  /** When the record last changed: an import keeps the newer copy. */
  updatedAt: number;
}

/** Bounded so that FSRS gives finite intervals: stability in days (its own cap is 36,500), difficulty 1–10 (0 when new). */
export const STABILITY_MAX = 100_000;
export const STABILITY_MIN = 0.001;
export const DIFFICULTY_MAX = 10;

const CARD_STATE_KEYS = [
  'v',
  'cardId',
  'phase',
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
const PHASES: readonly unknown[] = ['new', 'learning', 'review', 'relearning'];

/**
 * The schema (card-state-schema.ts), written out: fast (a deck reads every card's record on open) and
 * with no zod on the page. True only for a record the schema accepts as it is (tests/storage-reads.test.ts
 * checks the two agree); when false, the schema, loaded then, says why.
 */
function isCardStateRecord(raw: object): raw is CardStateRecord {
  const r = raw as Record<string, unknown>;
  const proto = Object.getPrototypeOf(r) as unknown;
  if ((proto !== Object.prototype && proto !== null) || Array.isArray(r) || Object.keys(r).length !== CARD_STATE_KEYS.length) return false;
  if (!CARD_STATE_KEYS.every((key) => Object.hasOwn(r, key))) return false;
  return r.v === 1 && isWithinCardBounds(r, r.updatedAt);
}

/**
 * Whether a state's values, and its record's `updatedAt`, are within the bounds of a record (its shape aside): a
 * state built from another copy (a deck's summary) is checked by this, as its record would be.
 */
export function isWithinCardBounds(r: { readonly [K in keyof CardState]?: unknown }, updatedAt: unknown): boolean {
  const { stability, difficulty } = r;
  return (
    typeof r.cardId === 'string' &&
    r.cardId.length >= 1 &&
    r.cardId.length <= MAX_ID_LENGTH &&
    PHASES.includes(r.phase) &&
    isTime(r.due) &&
    isWithin(stability, STABILITY_MAX) &&
    isWithin(difficulty, DIFFICULTY_MAX) &&
    ((stability === 0 && difficulty === 0) || (stability >= STABILITY_MIN && difficulty >= 1)) &&
    isCount(r.scheduledDays, STABILITY_MAX) &&
    isCount(r.learningSteps, 1000) &&
    isCount(r.reps, MAX_ENTRIES * 10) &&
    isCount(r.lapses, MAX_ENTRIES * 10) &&
    (r.lastReview === null || isTime(r.lastReview)) &&
    (r.introducedAt === null || isTime(r.introducedAt)) &&
    (r.reviewRequestedAt === null || isTime(r.reviewRequestedAt)) &&
    isTime(updatedAt)
  );
}

export const cardStateFormat = defineRecordFormat<CardStateRecord>({
  kind: 'card',
  version: 1,
  loadSchemas: () => import('./card-state-schema.js').then((m) => m.cardStateSchemas),
  keyOf: (record) => encodeKeyPart(record.cardId),
  updatedAt: (record) => record.updatedAt,
  quickRead: (raw) => (isCardStateRecord(raw) ? raw : undefined),
});

// Built on each use, not once: the page's shared store can be replaced (tests, fault injection).
// `store` is given for an element that keeps its cards elsewhere (`persist="none"`: in memory).
const records = (store?: SafeStore) => new RecordStore(cardStateFormat, store);

function toRecord(state: CardState, updatedAt: number): CardStateRecord {
  return { ...state, v: 1, updatedAt };
}

function fromRecord(record: CardStateRecord): CardState {
  const { v: _v, updatedAt: _updatedAt, ...state } = record;
  return state;
}

/** Whether two states of a card are the same, field by field (not in card-state.ts: a single card's page loads that). */
export function sameCardState(a: CardState, b: CardState): boolean {
  return (Object.keys(a) as Array<keyof CardState>).every((key) => a[key] === b[key]) && Object.keys(a).length === Object.keys(b).length;
}

export interface CardStatesRead {
  /** The states found; cards never reviewed (or whose record is unreadable) are absent. */
  states: Map<string, CardState>;
  /** When each state found was last changed, to tell which of two copies is newer. */
  updatedAt: Map<string, number>;
}

/** The saved states of these cards. Never rejects; an unreadable record is left in storage, untouched. */
export async function readCardStates(cardIds: readonly string[], on?: SafeStore): Promise<CardStatesRead> {
  const store = records(on);
  // One transaction for the whole deck: one per card took 1.7 s before the first card of 10,000.
  const reads = await store.readMany(cardIds.map((id) => encodeKeyPart(id)));
  const states = new Map<string, CardState>();
  const updatedAt = new Map<string, number>();
  for (const read of reads) {
    if (read.state !== 'found') continue;
    states.set(read.value.cardId, fromRecord(read.value));
    updatedAt.set(read.value.cardId, read.value.updatedAt);
  }
  return { states, updatedAt };
}

/** Saves a card's state without waiting; never throws. */
export function saveCardState(state: CardState, updatedAt: number, on?: SafeStore): void {
  records(on).write(toRecord(state, updatedAt));
}

/**
 * Whether these cards' states are kept as asked: every one reaches storage, or the store is in
 * memory by choice (`persist="none"`). False when storage failed or a record is locked.
 */
export function cardStatesPersisting(cardIds: readonly string[], on?: SafeStore): boolean {
  const store = records(on);
  // No card locked, storage there: no need to ask card by card (10,000 of them).
  if (store.store.status.state === 'memory-only' || store.isPersisting()) return true;
  return cardIds.every((id) => store.isPersisting(encodeKeyPart(id)));
}

/** Calls `listener` when the storage status changes (it failed, or a record was locked). */
export function onCardStorageStatus(listener: () => void, on?: SafeStore): () => void {
  return records(on).store.subscribe(listener);
}

/** Calls `listener` with the ids of cards whose records changed, here or in another tab; null means all. */
export function onCardStatesChange(listener: (cardIds: string[] | null) => void, on?: SafeStore): () => void {
  return records(on).onChange('', (change: StoreChange) => {
    const prefix = `${cardStateFormat.kind}/`;
    const rest = change.prefix.startsWith(prefix) ? change.prefix.slice(prefix.length) : '';
    // A key names one card; a shorter prefix (a reset) may touch any.
    listener(rest && !change.prefix.endsWith('/') ? [decodeURIComponent(rest)] : null);
  });
}

/**
 * Makes these cards due now: the next deck session holding them starts with them, ahead of the
 * day's other cards, whatever its limit of new cards (a never-seen one among them takes its place in that limit). Their memory state (stability,
 * difficulty, history) is kept. A card already waiting keeps its place. Unknown ids are simply
 * recorded, since a card id names the same card in every deck; nothing here throws.
 */
export async function markCardsForReview(cardIds: readonly string[], now: number = Date.now()): Promise<void> {
  const { states } = await readCardStates(cardIds);
  for (const id of new Set(cardIds)) {
    const state = states.get(id) ?? newCardState(id, now);
    if (state.reviewRequestedAt !== null) continue;
    saveCardState({ ...state, reviewRequestedAt: now }, now);
  }
}
