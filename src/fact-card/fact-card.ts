import { html, LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';

import { warnInvalidAttribute } from '../invalid-attribute.js';
import { type CardMessages, cardMessagesFor } from '../messages/card-messages.js';
import { LocaleController } from '../messages/locale-controller.js';
import type { Rating } from '../scheduling/card-state.js';
import type { Card, Deck, DeckInput } from '../schema/deck-schema.js';
import type { ProblemContext, ValidationIssue } from '../schema/validation-issues.js';
import type { SafeStore } from '../storage/safe-store.js';
import { themeStyles } from '../styles/theme.styles.js';
import { cardError } from './card-error.js';
import type * as DeckModule from './deck-mode.js';
import type { DeckSession } from './deck-session.js';
import { styles } from './fact-card.styles.js';
import { CardErrorEvent, CardFlipEvent, CardRatedEvent } from './fact-card-events.js';
import { reviewKey } from './review-keys.js';
import { hasPageCard, pageCardBack, singleCardView } from './single-card-view.js';

/** What the element shows: a card written in the page, a card of a deck, a review session, or why none. */
type View =
  | { kind: 'loading' }
  | { kind: 'error'; issues: ValidationIssue[]; context: ProblemContext }
  | { kind: 'page' }
  | { kind: 'card'; deck: Deck; card: Card }
  | { kind: 'session'; session: DeckSession; deckMode: DeckMode };

const DEFAULT_NEW_PER_DAY = 10;

/** `deck` reflects a built-in id; a deck object is no attribute value, so the attribute is removed. */
const deckAttribute = {
  fromAttribute: (value: string | null) => value ?? undefined,
  toAttribute: (value: unknown) => (typeof value === 'string' ? value : null),
};

/** A `deck` set from script to anything but an id: a deck object (or something else, reported as invalid). */
const deckObject = (deck: unknown): unknown => (deck != null && typeof deck !== 'string' ? deck : undefined);
type DeckMode = typeof DeckModule;

const FOCUS = { rating: 'button[data-rating="good"]', 'show-answer': 'button.show-answer', done: '.done' };

/**
 * A flashcard, or a spaced-repetition review session over a deck of them.
 *
 * A single card takes its sides from the `front` and `back` attributes, from the `front` and
 * `back` slots, or from a card of a deck (`deck` or `src`, plus `card`); the learner turns it over
 * with a click, Enter or Space. Without `card`, a deck runs a review session scheduled by FSRS
 * (loaded on demand): the cards due now, then new cards up to `new-per-day`, rated Again, Hard,
 * Good or Easy; states are kept in IndexedDB, and in memory when the browser refuses storage or
 * with `persist="none"`. `loadComplete` settles once the card, or the session's first card, or
 * the problems are on screen.
 *
 * @summary A flashcard, or a spaced-repetition review session over a deck.
 *
 * @tagname fact-card
 *
 * @slot front - The question side of a card written in the page (instead of the `front` attribute).
 * @slot back - The answer side of a card written in the page (instead of the `back` attribute).
 * @slot source - Where a card written in the page comes from, shown under it.
 *
 * @fires {CardFlipEvent} card-flip - The learner turned a card over or showed its answer. `detail`: `{ cardId, side }`, `cardId` null for a card written in the page.
 * @fires {CardRatedEvent} card-rated - The learner rated a card in a session. `detail`: `{ cardId, rating, due }`, `rating` one of `again`, `hard`, `good`, `easy`, `due` a Date.
 * @fires {CardErrorEvent} card-error - The deck or card could not be loaded, is invalid, or none is given; the same problems are shown in place. `detail`: `{ issues: { path, message }[] }`.
 *
 * @csspart base - The outer box.
 * @csspart card - The card: the turning button of a single card, the card shown in a session.
 * @csspart front - The question side.
 * @csspart back - The answer side.
 * @csspart source - The card's source, with its quotation behind a disclosure.
 * @csspart session - A review session.
 * @csspart counts - The counts of new, learning and due cards in a session.
 * @csspart show-answer - The "Show answer" button.
 * @csspart rating - The group of rating buttons.
 * @csspart rating-button - Each rating button.
 * @csspart done - The "done for today" message.
 * @csspart notice - The notice shown when progress cannot be saved.
 * @csspart error - The panel listing why a deck could not be loaded.
 *
 * @cssprop [--dl-font=inherit] - Font family.
 * @cssprop [--dl-color-text=#1b1f24] - Text colour (dark mode: #e8eaed).
 * @cssprop [--dl-color-muted=#4d5560] - Secondary text colour.
 * @cssprop [--dl-color-surface=#ffffff] - Background of the box and the card.
 * @cssprop [--dl-color-border=#767f8a] - Borders of the box, the card and controls.
 * @cssprop [--dl-color-accent=#0b4fa8] - Buttons, focus ring and the card's edge.
 * @cssprop [--dl-color-accent-text=#ffffff] - Text on accent-coloured buttons.
 * @cssprop [--dl-color-wrong=#b3261e] - The error panel's edge and the Again button's mark.
 * @cssprop [--dl-radius=0.5rem] - Corner radius.
 * @cssprop [--dl-space=1rem] - The spacing unit: every gap, padding and margin is a step of it (¼, ½, ¾, 1, 1¼, 1½).
 * @cssprop [--dl-inset=1.25rem] - Padding inside the element's frame (0.75rem on screens under 30rem).
 * @cssprop [--dl-control-size=2.75rem] - Smallest height and width of buttons, fields and option rows.
 * @cssprop [--dl-max-width=48rem] - The widest the element's frame grows; it always shrinks to its container.
 * @cssprop [--dl-card-min-height=10rem] - Smallest height of a card.
 * @cssprop [--dl-card-flip-duration=0.5s] - How long a card takes to turn (or, with reduced motion, to cross-fade).
 */
export class FactCard extends LitElement {
  static override styles = [themeStyles, styles];

  /** The question side of a card written in the page. */
  @property() front?: string;

  /** The answer side of a card written in the page. */
  @property() back?: string;

  /** The id of a built-in deck (loaded from `questions/decks/<id>.json`), or, set from script, a deck object (validated like a fetched deck; wins over `src`). */
  @property({ reflect: true, converter: deckAttribute }) deck?: string | DeckInput;

  /** The URL of a deck (JSON), relative to the page; wins over a `deck` id. */
  @property() src?: string;

  /** The id of one card of the deck, shown alone; without it the deck runs a review session. */
  @property() card?: string;

  /** How many never-seen cards a session introduces per day. */
  @property({ attribute: 'new-per-day', type: Number }) newPerDay: number = DEFAULT_NEW_PER_DAY;

  /** `none`: keep no card states on this device (a session's ratings live in memory, for this element only). */
  @property() persist?: 'local' | 'none';

  /** Whether a single card shows its back. */
  @property({ type: Boolean, reflect: true }) flipped = false;

  /** The time source of the scheduler, in epoch milliseconds (replace it to simulate another day). */
  @property({ attribute: false }) clock: () => number = () => Date.now();

  @state() private view: View = { kind: 'page' };

  private loadedKey?: string;
  private loadedDeck?: unknown;
  private loadAbort?: AbortController;
  private loading: Promise<void> = Promise.resolve();
  private focusTarget?: keyof typeof FOCUS;
  private memoryStore?: SafeStore;
  /** The deck code (deck-mode.ts), loaded with the first deck. */
  private deckMode?: Promise<DeckMode>;

  /**
   * Settles once what the element was given is on screen: the card, or a session's first card
   * (or the scheduler's failure), or the problems found. Asked again after a change, it waits for that load.
   */
  get loadComplete(): Promise<void> {
    const current = this.loading;
    return current.then(() => this.updateComplete).then(() => (current === this.loading ? undefined : this.loadComplete));
  }

  /** Renders again when the language changes or its strings arrive. */
  private readonly locale = new LocaleController(this);

  private get msg(): CardMessages {
    return cardMessagesFor(this.locale.lang);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.handleKeydown);
    // A session stops when the element leaves the page; coming back starts it afresh from storage.
    if (this.hasUpdated && this.loadedKey === undefined) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.handleKeydown);
    this.stopSession();
    this.loadedKey = undefined;
    this.loadAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.warnAboutInvalidValues(changed);
    // Whenever they were set (before the element was defined, before its first update, or later), the deck and card in use now.
    const object = deckObject(this.deck);
    const id = typeof this.deck === 'string' ? this.deck : '';
    const key = JSON.stringify([object ? '' : (this.src ?? ''), object || this.src ? '' : id, this.card ?? '', this.persist === 'none']);
    if (key !== this.loadedKey || object !== this.loadedDeck) {
      this.loadedKey = key;
      this.loadedDeck = object;
      this.loading = this.load();
    } else if (changed.has('newPerDay') && this.view.kind === 'session') {
      this.stopSession();
      const { deckMode } = this.view;
      const session = this.startSession(this.view.session.deck, deckMode);
      this.view = { kind: 'session', session, deckMode };
      this.loading = session.started;
    }
  }

  /** Warns once in the console about a value the card cannot use as written, saying what it uses instead. */
  private warnAboutInvalidValues(changed: PropertyValues<this>): void {
    const warn = (attribute: string, value: unknown, expected: string, instead: string) =>
      warnInvalidAttribute({ tag: 'fact-card', attribute, value: this.getAttribute(attribute) ?? String(value), expected, instead });
    if (changed.has('newPerDay') && !(Number.isInteger(this.newPerDay) && this.newPerDay >= 0))
      warn('new-per-day', this.newPerDay, 'a whole number of at least 0', String(DEFAULT_NEW_PER_DAY));
    // Typed by what it should hold; a page can set anything.
    const persist: unknown = this.persist;
    if (changed.has('persist') && persist != null && persist !== 'local' && persist !== 'none') warn('persist', persist, '"local" or "none"', '"local"');
  }

  protected override updated(): void {
    const target = this.focusTarget;
    this.focusTarget = undefined;
    if (!target) return;
    // Focus alone scrolls just the button into view: after "Show answer" the whole group of ratings
    // is brought into view (on a phone it starts below the fold), the least scroll that does it.
    this.renderRoot.querySelector<HTMLElement>(FOCUS[target])?.focus({ preventScroll: target === 'rating' });
    if (target === 'rating') this.renderRoot.querySelector('.ratings')?.scrollIntoView({ block: 'nearest' });
  }

  private async load(): Promise<void> {
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    this.stopSession();
    this.flipped = false;
    if (!this.src && !this.deck) {
      this.view = { kind: 'page' };
      if (!hasPageCard(this)) this.dispatchEvent(new CardErrorEvent({ issues: [{ path: '', message: this.msg.noCard }] }));
      return;
    }
    this.view = { kind: 'loading' };
    // Called, not read, after each wait: a newer load may have replaced this one meanwhile.
    const replaced = () => abort.signal.aborted;
    // Without `card` a deck runs a session, whose scheduler (ts-fsrs, a chunk of its own) the deck code would ask for
    // only once loaded: asked for now, in parallel. The session's own request reports a failure; this one stays quiet.
    if (!this.card) void import('ts-fsrs').catch(() => undefined);
    const deckMode = await (this.deckMode ??= import('./deck-mode.js')).catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    if (replaced()) return;
    // The deck code could not be fetched (offline, a deployment that left a chunk out): said like any other load failure.
    if (deckMode instanceof Error) {
      this.deckMode = undefined;
      return this.fail([{ path: '(element)', message: deckMode.message }], { problem: 'fetch' });
    }
    const result = await deckMode.loadDeckCard({ src: this.src, deck: this.deck, card: this.card }, this.msg, abort.signal);
    if (replaced()) return;
    if (!result.ok) return this.fail(result.issues, result);
    const { deck, card } = result.value;
    if (card) {
      this.view = { kind: 'card', deck, card };
      return;
    }
    const session = this.startSession(deck, deckMode);
    this.view = { kind: 'session', session, deckMode };
    await session.started;
  }

  private fail(issues: ValidationIssue[], { problem, readable }: ProblemContext): void {
    this.view = { kind: 'error', issues, context: { problem, readable } };
    this.dispatchEvent(new CardErrorEvent({ issues }));
  }

  /** A session needs the deck code, loaded before any deck is on screen. */
  private startSession(deck: Deck, { DeckSession, SafeStore }: DeckMode): DeckSession {
    const store = this.persist === 'none' ? (this.memoryStore ??= new SafeStore({ memoryOnly: true })) : undefined;
    const newPerDay = () => (Number.isInteger(this.newPerDay) && this.newPerDay >= 0 ? this.newPerDay : DEFAULT_NEW_PER_DAY);
    return new DeckSession(this, deck, { clock: () => this.clock(), newPerDay, store });
  }

  private stopSession(): void {
    if (this.view.kind === 'session') this.view.session.dispose();
  }

  private readonly handleKeydown = (event: KeyboardEvent): void => {
    if (this.view.kind !== 'session' || !this.view.session.current) return;
    const key = reviewKey(event, this.view.session.answerShown);
    if (!key) return;
    event.preventDefault();
    if (key.action === 'show-answer') this.handleShowAnswer();
    else this.handleRate(key.rating);
  };

  private readonly handleShowAnswer = (): void => {
    const cardId = this.view.kind === 'session' ? this.view.session.showAnswer() : null;
    if (cardId === null) return;
    this.focusTarget = 'rating';
    this.dispatchEvent(new CardFlipEvent({ cardId, side: 'back' }));
  };

  private readonly handleRate = (rating: Rating): void => {
    const session = this.view.kind === 'session' ? this.view.session : undefined;
    const next = session?.rate(rating);
    if (!session || !next) return;
    this.focusTarget = session.current ? 'show-answer' : 'done';
    this.dispatchEvent(new CardRatedEvent({ cardId: next.cardId, rating, due: new Date(next.due) }));
  };

  private readonly handleFlip = (): void => {
    this.flipped = !this.flipped;
    this.dispatchEvent(new CardFlipEvent({ cardId: this.view.kind === 'card' ? this.view.card.id : null, side: this.flipped ? 'back' : 'front' }));
  };

  protected override render() {
    const msg = this.msg;
    const view = this.view;
    switch (view.kind) {
      case 'loading':
        return html`<p class="base loading" role="status">${msg.loading}</p>`;
      case 'error':
        return cardError(view.issues, view.context, msg);
      case 'session':
        return view.deckMode.deckReviewView({
          session: view.session,
          msg,
          lang: this.locale.lang,
          now: this.clock(),
          onShowAnswer: this.handleShowAnswer,
          onRate: this.handleRate,
        });
      case 'page':
        if (!hasPageCard(this)) return cardError([{ path: '', message: msg.noCard }], { problem: 'setup' }, msg);
    }
    const card = view.kind === 'card' ? { deck: view.deck, card: view.card } : undefined;
    const announcement = this.flipped ? msg.answerAnnouncement(card ? card.card.back : pageCardBack(this.renderRoot, this.back)) : '';
    return singleCardView({ card, front: this.front, back: this.back, flipped: this.flipped, announcement, msg, onFlip: this.handleFlip });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fact-card': FactCard;
  }
}
