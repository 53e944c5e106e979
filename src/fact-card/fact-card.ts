import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { langOf, messagesFor, type Messages } from '../messages/messages.js';
import { LocaleController } from '../messages/locale-controller.js';
import { dateTimeFormat } from '../messages/date-time-format.js';
import { RATINGS, type Rating } from '../scheduling/card-state.js';
import { startOfDay } from '../scheduling/review-queue.js';
import type { Card, Deck } from '../schema/deck-schema.js';
import type { ValidationIssue } from '../schema/validation-issues.js';
import { cardSource } from './card-source.js';
import { builtinDeckUrl, loadDeck } from './deck-loader.js';
import { DeckSession } from './deck-session.js';
import { themeStyles } from '../styles/theme.styles.js';
import { styles } from './fact-card.styles.js';
import { CardFlipEvent } from './fact-card-events.js';
import { intervalParts } from './format-interval.js';

type Phase = 'loading' | 'error' | 'ready';
type FocusTarget = 'rating' | 'show-answer' | 'done';

const DEFAULT_NEW_PER_DAY = 10;

function isTextField(target: EventTarget | undefined): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(target.type);
}

/** Controls that Space already activates: the shortcut must not act a second time. */
function activatesOnSpace(target: EventTarget | undefined): boolean {
  return target instanceof HTMLElement && target.matches('button, summary, a[href], input');
}

/**
 * A flashcard, or a spaced-repetition review session over a deck of them.
 *
 * A single card takes its sides from the `front` and `back` attributes, from the `front` and
 * `back` slots, or from a card of a deck (`deck` or `src`, plus `card`); the learner turns it over
 * with a click, Enter or Space. Without `card`, a deck runs a review session scheduled by FSRS
 * (loaded on demand): the cards due now, then new cards up to `new-per-day`, rated Again, Hard,
 * Good or Easy; states are kept in IndexedDB, and in memory when the browser refuses storage.
 *
 * @summary A flashcard, or a spaced-repetition review session over a deck.
 *
 * @slot front - The question side of a card written in the page (instead of the `front` attribute).
 * @slot back - The answer side of a card written in the page (instead of the `back` attribute).
 * @slot source - Where a card written in the page comes from, shown under it.
 *
 * @fires card-flip - The learner turned a card over or showed its answer. `detail`: `{ cardId, side }`, `cardId` null for a card written in the page.
 * @fires card-rated - The learner rated a card in a session. `detail`: `{ cardId, rating, due }`, `rating` one of `again`, `hard`, `good`, `easy`, `due` a Date.
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
 * @cssprop [--dl-space=1rem] - Base spacing.
 * @cssprop [--dl-card-min-height=10rem] - Smallest height of a card.
 * @cssprop [--dl-card-flip-duration=0.5s] - How long a card takes to turn (or, with reduced motion, to cross-fade).
 */
@customElement('fact-card')
export class FactCard extends LitElement {
  static override styles = [themeStyles, styles];

  /** The question side of a card written in the page. */
  @property() front?: string;

  /** The answer side of a card written in the page. */
  @property() back?: string;

  /** The id of a built-in deck, loaded from `questions/decks/<id>.json` beside the module. */
  @property({ reflect: true }) deck?: string;

  /** The URL of a deck (JSON), relative to the page; wins over `deck`. */
  @property() src?: string;

  /** The id of one card of the deck, shown alone; without it the deck runs a review session. */
  @property() card?: string;

  /** How many never-seen cards a session introduces per day. */
  @property({ attribute: 'new-per-day', type: Number }) newPerDay = DEFAULT_NEW_PER_DAY;

  /** Whether a single card shows its back. */
  @property({ type: Boolean, reflect: true }) flipped = false;

  /** The time source of the scheduler, in epoch milliseconds (replace it to simulate another day). */
  @property({ attribute: false }) clock: () => number = () => Date.now();

  @state() private phase: Phase = 'ready';
  @state() private issues: ValidationIssue[] = [];
  @state() private loadedDeck?: Deck;
  @state() private deckCard?: Card;
  @state() private session?: DeckSession;

  private loadedKey?: string;
  private loadToken = 0;
  private focusTarget?: FocusTarget;

  /** Renders again when the language changes or its strings arrive. */
  private readonly locale = new LocaleController(this);

  private get msg(): Messages['card'] {
    return messagesFor(this.locale.lang).card;
  }

  private get effectiveNewPerDay(): number {
    const n = this.newPerDay;
    return Number.isInteger(n) && n >= 0 ? n : DEFAULT_NEW_PER_DAY;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.onKeydown);
    // A session stops when the element leaves the page; coming back starts it afresh from storage.
    if (this.hasUpdated && this.loadedKey === undefined) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.onKeydown);
    this.session?.dispose();
    this.session = undefined;
    this.loadedKey = undefined;
    this.loadToken++;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const key = JSON.stringify([this.src ?? '', this.src ? '' : (this.deck ?? ''), this.card ?? '']);
    if (key !== this.loadedKey) {
      this.loadedKey = key;
      void this.load();
    } else if (changed.has('newPerDay') && this.session) {
      this.session.dispose();
      this.session = this.loadedDeck ? this.startSession(this.loadedDeck) : undefined;
    }
  }

  private startSession(deck: Deck): DeckSession {
    return new DeckSession(this, deck, { clock: () => this.clock(), newPerDay: () => this.effectiveNewPerDay });
  }

  private async load(): Promise<void> {
    const token = ++this.loadToken;
    this.session?.dispose();
    this.session = undefined;
    this.loadedDeck = undefined;
    this.deckCard = undefined;
    this.flipped = false;
    this.issues = [];
    if (!this.src && !this.deck) {
      this.phase = 'ready';
      return;
    }
    let url: URL | null;
    try {
      url = this.src ? new URL(this.src, document.baseURI) : builtinDeckUrl(this.deck!);
    } catch {
      url = null;
    }
    if (!url) {
      this.fail([{ path: this.src ? 'src' : 'deck', message: this.msg.badDeckName(this.src ?? this.deck ?? '') }]);
      return;
    }
    this.phase = 'loading';
    const result = await loadDeck(url, this.src ? 'src' : 'deck', this.msg);
    if (token !== this.loadToken) return;
    if (!result.ok) {
      this.fail(result.issues);
      return;
    }
    const deck = result.deck;
    this.loadedDeck = deck;
    if (this.card) {
      this.deckCard = deck.cards.find((c) => c.id === this.card);
      if (!this.deckCard) {
        this.fail([{ path: 'card', message: this.msg.unknownCard(this.card, deck.id) }]);
        return;
      }
    } else {
      this.session = this.startSession(deck);
    }
    this.phase = 'ready';
  }

  private fail(issues: ValidationIssue[]): void {
    this.issues = issues;
    this.phase = 'error';
  }

  protected override updated(): void {
    const target = this.focusTarget;
    if (!target) return;
    this.focusTarget = undefined;
    const selector = { rating: 'button[data-rating="good"]', 'show-answer': 'button.show-answer', done: '.done' }[target];
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    const session = this.session;
    if (!session?.current || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.composedPath()[0];
    if (isTextField(target)) return;
    if (event.key === ' ' && !session.answerShown && !activatesOnSpace(target)) {
      event.preventDefault();
      this.showAnswer();
      return;
    }
    const rating = RATINGS[['1', '2', '3', '4'].indexOf(event.key)];
    if (rating && session.answerShown) {
      event.preventDefault();
      this.rate(rating);
    }
  };

  private showAnswer(): void {
    if (!this.session?.current || this.session.answerShown) return;
    this.session.showAnswer();
    this.focusTarget = 'rating';
  }

  private rate(rating: Rating): void {
    const session = this.session;
    if (!session) return;
    session.rate(rating);
    this.focusTarget = session.current ? 'show-answer' : 'done';
  }

  private onFlip(): void {
    this.flipped = !this.flipped;
    this.dispatchEvent(new CardFlipEvent({ cardId: this.deckCard?.id ?? null, side: this.flipped ? 'back' : 'front' }));
  }

  /** The back as plain text, for the announcement: slotted content is read from the page. */
  private backText(): string {
    if (this.deckCard) return this.deckCard.back;
    const slot = this.renderRoot.querySelector<HTMLSlotElement>('slot[name="back"]');
    const slotted = (slot?.assignedNodes({ flatten: true }) ?? []).map((n) => n.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
    return slotted || (this.back ?? '').trim();
  }

  private hasPageCard(): boolean {
    return Boolean(this.front?.trim()) || this.querySelector(':scope > [slot="front"]') !== null;
  }

  protected override render() {
    const msg = this.msg;
    if (this.phase === 'loading') return html`<p class="base loading" role="status">${msg.loading}</p>`;
    if (this.phase === 'error') return this.renderError(this.issues);
    if (this.session) return this.renderSession(this.session, msg);
    if (!this.deckCard && !this.hasPageCard()) return this.renderError([{ path: '', message: msg.noCard }]);
    return this.renderSingle(msg);
  }

  private renderError(issues: ValidationIssue[]) {
    const msg = this.msg;
    return html`<div class="base error" part="base error" role="alert">
      <h2>${msg.errorTitle}</h2>
      <p>${msg.errorHelp}</p>
      <ul>
        ${issues.map((issue) => html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : nothing}${issue.message}</li>`)}
      </ul>
    </div>`;
  }

  private renderSingle(msg: Messages['card']) {
    const card = this.deckCard;
    const front = card ? card.front : html`<slot name="front">${this.front ?? ''}</slot>`;
    const back = card ? card.back : html`<slot name="back">${this.back ?? ''}</slot>`;
    const source = card && this.loadedDeck ? cardSource(this.loadedDeck, card, msg) : html`<div class="source" part="source"><slot name="source"></slot></div>`;
    return html`<div class=${classMap({ base: true, single: true, flipped: this.flipped })} part="base">
      <button type="button" class="card" part="card" aria-expanded=${this.flipped ? 'true' : 'false'} aria-describedby="answer" @click=${this.onFlip}>
        <span class="faces">
          <span class="face front" part="front">
            <span class="side-label" aria-hidden="true">${msg.front}</span>
            <span class="face-text">${front}</span>
          </span>
          <span class="face back" part="back" aria-hidden="true">
            <span class="side-label">${msg.back}</span>
            <span class="face-text">${back}</span>
          </span>
        </span>
      </button>
      <p class="hint">${msg.flipHint}</p>
      <p class="visually-hidden" id="answer" aria-live="polite">${this.flipped ? msg.answerAnnouncement(this.backText()) : ''}</p>
      ${source}
    </div>`;
  }

  private renderSession(session: DeckSession, msg: Messages['card']) {
    const { counts } = session.queue;
    let body: TemplateResult;
    if (session.status === 'starting') body = html`<p class="loading" role="status">${msg.loading}</p>`;
    else if (session.status === 'failed') body = html`<p class="failed" role="alert">${msg.schedulerFailed}</p>`;
    else if (session.current) body = this.renderReview(session, session.current, msg);
    else body = this.renderDone(session.queue.nextDue, msg);
    return html`<section class="base session" part="base session" aria-labelledby="deck-title" tabindex="-1">
      <div class="session-head">
        <h2 id="deck-title">${session.deck.title}</h2>
        <dl class="counts" part="counts">
          <div class="count count-new"><dt>${msg.newCount}</dt><dd>${counts.new}</dd></div>
          <div class="count count-learning"><dt>${msg.learningCount}</dt><dd>${counts.learning}</dd></div>
          <div class="count count-due"><dt>${msg.dueCount}</dt><dd>${counts.due}</dd></div>
        </dl>
      </div>
      ${body}
      <p class="keys">${msg.keyboardHelp}</p>
      <div class=${classMap({ notice: true, shown: !session.persisting })} part="notice" role="status">${session.persisting ? '' : msg.notSaving}</div>
    </section>`;
  }

  private renderReview(session: DeckSession, card: Card, msg: Messages['card']) {
    const shown = session.answerShown;
    return html`<div class="review-card" part="card">
        <p class="side-label">${msg.front}</p>
        <p class="front" part="front">${card.front}</p>
        <div class=${classMap({ answer: true, shown })} part="back" aria-live="polite">
          ${shown ? html`<p class="side-label">${msg.back}</p><p class="back-text">${card.back}</p>` : nothing}
        </div>
        ${shown ? cardSource(session.deck, card, msg) : nothing}
      </div>
      ${shown && session.outcomes ? this.renderRatings(session.outcomes, msg) : html`<div class="actions">
            <button type="button" class="primary show-answer" part="show-answer" aria-keyshortcuts="Space" @click=${() => this.showAnswer()}>${msg.showAnswer}</button>
          </div>`}`;
  }

  private renderRatings(outcomes: NonNullable<DeckSession['outcomes']>, msg: Messages['card']) {
    const now = this.clock();
    return html`<fieldset class="ratings" part="rating">
      <legend>${msg.rateLegend}</legend>
      <div class="rating-buttons">
        ${RATINGS.map((rating, i) => {
          const { unit, amount } = intervalParts(outcomes[rating].due - now);
          return html`<button type="button" class="rating ${rating}" part="rating-button" data-rating=${rating} aria-keyshortcuts=${String(i + 1)} @click=${() => this.rate(rating)}>
            <span class="rating-name">${msg.ratings[rating]}</span>
            <span class="interval" aria-hidden="true">${msg.intervalShort[unit](amount)}</span>
            <span class="visually-hidden">, ${msg.intervalLong[unit](amount)}</span>
          </button>`;
        })}
      </div>
    </fieldset>`;
  }

  private renderDone(nextDue: number | null, msg: Messages['card']) {
    let next: TemplateResult | string = msg.nothingScheduled;
    if (nextDue !== null) {
      const lang = langOf(this);
      const when = new Date(nextDue);
      const today = startOfDay(nextDue) === startOfDay(this.clock());
      const text = today
        ? msg.nextDueToday(dateTimeFormat(lang, { timeStyle: 'short' }).format(when))
        : msg.nextDueLater(dateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'short' }).format(when));
      next = html`<time datetime=${when.toISOString()}>${text}</time>`;
    }
    return html`<div class="done" part="done" tabindex="-1">
      <p class="done-title">${msg.doneTitle}</p>
      <p>${next}</p>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'fact-card': FactCard;
  }
}
