import type { ReactiveController, ReactiveControllerHost } from 'lit';

import { type CardState, newCardState, type Rating } from '../scheduling/card-state.js';
import { loadScheduler, type Scheduler } from '../scheduling/fsrs-scheduler.js';
import { planReview, type ReviewQueue } from '../scheduling/review-queue.js';
import type { Card, Deck } from '../schema/deck-schema.js';
import {
  cardStatesPersisting,
  type CardStatesRead,
  onCardStatesChange,
  onCardStorageStatus,
  readCardStates,
  sameCardState,
  saveCardState,
} from '../storage/card-states.js';
import { openDeckStates } from '../storage/deck-summary-record.js';
import type { SafeStore } from '../storage/safe-store.js';

export interface DeckSessionOptions {
  clock: () => number;
  newPerDay: () => number;
  /** Where card states are kept; the page's shared store when absent (`persist="none"` gives a memory-only one). */
  store?: SafeStore;
}

/** Longest delay setTimeout honours; a later next card is simply found on the next visit. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * One review session over a deck: loads the card states and the scheduler, keeps the queue, and
 * turns "show answer" and ratings into new states and (fire-and-forget) saves. The host renders
 * it, moves focus and fires the events; this class only asks the host to update.
 */
export class DeckSession implements ReactiveController {
  status: 'starting' | 'ready' | 'failed' = 'starting';
  queue: ReviewQueue = { cards: [], counts: { new: 0, learning: 0, due: 0 }, nextDue: null };
  current: Card | null = null;
  answerShown = false;
  /** What each rating would give the current card, once its answer is shown. */
  outcomes: Record<Rating, CardState> | null = null;
  /** False when ratings stay in memory: no storage on this device, or a saved record is unreadable. */
  persisting = true;

  private readonly ids: string[];
  private readonly byId: Map<string, Card>;
  private states = new Map<string, CardState>();
  private updatedAt = new Map<string, number>();
  /** Cards whose state changed here since the session started: a read of every record begun earlier is older. */
  private readonly changedHere = new Set<string>();
  /** Whether the states were all read again (a reset) since the session started. */
  private reread = false;
  private scheduler: Scheduler | null = null;
  private stops: Array<() => void> = [];
  private wakeTimer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  /** Settles once the scheduler and the saved states are in: the first card is ready, or the failure known. */
  readonly started: Promise<void>;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    readonly deck: Deck,
    private readonly options: DeckSessionOptions,
  ) {
    this.ids = deck.cards.map((c) => c.id);
    this.byId = new Map(deck.cards.map((c) => [c.id, c]));
    host.addController(this);
    this.started = this.start();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.dispose();
  }

  dispose(): void {
    this.disposed = true;
    this.stops.forEach((stop) => stop());
    this.stops = [];
    clearTimeout(this.wakeTimer);
    this.host.removeController(this);
  }

  private async start(): Promise<void> {
    const store = this.options.store;
    // The queue planned to find the first card is the session's first queue (10,000 cards: planned once, not twice).
    let planned: { states: ReadonlyMap<string, CardState>; queue: ReviewQueue } | undefined;
    const firstCard = (states: ReadonlyMap<string, CardState>) => (planned = { states, queue: this.plan(states) }).queue.cards[0];
    const [scheduler, read] = await Promise.all([loadScheduler().catch(() => null), openDeckStates(this.deck.id, this.ids, firstCard, store)]);
    if (this.disposed) return;
    this.scheduler = scheduler;
    if (!this.scheduler) {
      this.status = 'failed';
      this.host.requestUpdate();
      return;
    }
    this.states = read.states;
    this.updatedAt = read.updatedAt;
    this.persisting = cardStatesPersisting(this.ids, store);
    this.stops.push(
      onCardStorageStatus(() => {
        this.persisting = cardStatesPersisting(this.ids, store);
        this.host.requestUpdate();
      }, store),
      onCardStatesChange((ids) => void this.merge(ids), store),
    );
    this.status = 'ready';
    this.replan(false, planned?.states === read.states ? planned.queue : undefined);
    // The first card came from the deck's summary: every record is read now, and wins where it differs.
    void read.records?.then((all) => this.reconcile(all));
  }

  /** Takes in every card's record, except where a state changed here since (unless the record is newer still). */
  private reconcile(all: CardStatesRead): void {
    if (this.disposed || this.reread) return;
    let changed = false;
    for (const id of this.ids) {
      const stored = all.states.get(id);
      const storedAt = all.updatedAt.get(id);
      const mine = this.states.get(id);
      if (this.changedHere.has(id) && (storedAt === undefined || storedAt <= (this.updatedAt.get(id) ?? -1))) continue;
      if (stored === undefined ? mine === undefined : mine !== undefined && storedAt === this.updatedAt.get(id) && sameCardState(stored, mine)) continue;
      changed = true;
      if (stored === undefined) {
        this.states.delete(id);
        this.updatedAt.delete(id);
      } else {
        this.states.set(id, stored);
        this.updatedAt.set(id, storedAt ?? 0);
      }
    }
    if (changed) this.replan(true);
  }

  /**
   * Takes in states saved meanwhile by another tab or element (a quiz asking for a review), when
   * newer; after a reset (`changed` null: a whole prefix was cleared) what is stored replaces all.
   */
  private async merge(changed: string[] | null): Promise<void> {
    const ids = changed ? changed.filter((id) => this.byId.has(id)) : this.ids;
    if (ids.length === 0) return;
    const read = await readCardStates(ids, this.options.store);
    if (this.disposed) return;
    if (changed === null) {
      this.reread = true;
      this.states = read.states;
      this.updatedAt = read.updatedAt;
      this.replan(true);
      return;
    }
    let anyNewer = false;
    for (const [id, state] of read.states) {
      const stamp = read.updatedAt.get(id) ?? 0;
      if (stamp > (this.updatedAt.get(id) ?? -1)) {
        this.states.set(id, state);
        this.updatedAt.set(id, stamp);
        this.changedHere.add(id);
        anyNewer = true;
      }
    }
    if (anyNewer) this.replan(true);
  }

  /** Recomputes the queue; with `keepCurrent` the card on screen stays while it is still queued. */
  private plan(states: ReadonlyMap<string, CardState>): ReviewQueue {
    return planReview(this.ids, states, { now: this.options.clock(), newPerDay: this.options.newPerDay() });
  }

  private replan(keepCurrent: boolean, queue = this.plan(this.states)): void {
    this.queue = queue;
    const keep = keepCurrent && this.current && (this.answerShown || this.queue.cards.includes(this.current.id));
    if (!keep) {
      const next = this.queue.cards[0];
      this.current = next ? (this.byId.get(next) ?? null) : null;
      this.answerShown = false;
      this.outcomes = null;
    }
    this.scheduleWake();
    this.host.requestUpdate();
  }

  /** When the session is done, wakes it when the next card falls due, for a learner who stays. */
  private scheduleWake(): void {
    clearTimeout(this.wakeTimer);
    if (this.current || this.queue.nextDue === null) return;
    const wait = this.queue.nextDue - this.options.clock();
    if (wait > MAX_TIMER_MS) return;
    this.wakeTimer = setTimeout(() => this.replan(false), Math.max(0, wait));
  }

  private stateOf(cardId: string): CardState {
    return this.states.get(cardId) ?? newCardState(cardId, this.options.clock());
  }

  /** Shows the current card's answer; the id of that card, or null when there was nothing to show. */
  showAnswer(): string | null {
    if (!this.current || this.answerShown || !this.scheduler) return null;
    this.outcomes = this.scheduler.preview(this.stateOf(this.current.id), this.options.clock());
    this.answerShown = true;
    this.host.requestUpdate();
    return this.current.id;
  }

  /** Rates the current card and moves on; the rated card's new state, or null when no card awaited a rating. */
  rate(rating: Rating): CardState | null {
    if (!this.current || !this.answerShown || !this.scheduler) return null;
    const cardId = this.current.id;
    const now = this.options.clock();
    const next = this.scheduler.rate(this.stateOf(cardId), rating, now);
    const stamp = Math.max(Date.now(), (this.updatedAt.get(cardId) ?? 0) + 1);
    this.states.set(cardId, next);
    this.updatedAt.set(cardId, stamp);
    this.changedHere.add(cardId);
    saveCardState(next, stamp, this.options.store);
    this.replan(false);
    return next;
  }
}
