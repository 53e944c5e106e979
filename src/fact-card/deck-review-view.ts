import { html, nothing, type TemplateResult } from 'lit';
import { classMap } from 'lit/directives/class-map.js';

import type { CardMessages } from '../messages/card-messages.js';
import { dateTimeFormat } from '../messages/date-time-format.js';
import { type CardState, type Rating, RATINGS } from '../scheduling/card-state.js';
import { LEARN_AHEAD_MS, startOfDay, startOfNextDay } from '../scheduling/review-queue.js';
import type { Card } from '../schema/deck-schema.js';
import { cardSource } from './card-source.js';
import type { DeckSession } from './deck-session.js';
import { intervalParts } from './format-interval.js';

export interface DeckReviewView {
  session: DeckSession;
  msg: CardMessages;
  /** The page's language, for the date of the next card. */
  lang: string;
  now: number;
  onShowAnswer: () => void;
  onRate: (rating: Rating) => void;
}

/** A review session: the deck's title and counts, then the current card, or the done message. */
export function deckReviewView(view: DeckReviewView) {
  const { session, msg } = view;
  const { counts } = session.queue;
  let body: TemplateResult;
  if (session.status === 'starting') body = html`<p class="loading" role="status">${msg.loading}</p>`;
  else if (session.status === 'failed') body = html`<p class="failed" role="alert">${msg.schedulerFailed}</p>`;
  else if (session.current) body = reviewCard(view, session.current);
  else body = doneForToday(session.queue.nextDue, view);
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
    ${session.current ? html`<p class="keys">${msg.keyboardHelp}</p>` : nothing}
    <div class=${classMap({ notice: true, shown: !session.persisting })} part="notice" role="status">${session.persisting ? '' : msg.notSaving}</div>
  </section>`;
}

function reviewCard({ session, msg, now, onShowAnswer, onRate }: DeckReviewView, card: Card) {
  const shown = session.answerShown;
  // A click or tap anywhere on the card turns it, as in Anki and Quizlet; the keyboard has Space and the button.
  return html`<div class=${classMap({ 'review-card': true, turnable: !shown })} part="card" @click=${shown ? undefined : onShowAnswer}>
      <p class="side-label">${msg.front}</p>
      <p class="front" part="front">${card.front}</p>
      <div class=${classMap({ answer: true, shown })} part="back" aria-live="polite">
        ${shown ? html`<p class="side-label">${msg.back}</p><p class="back-text">${card.back}</p>` : nothing}
      </div>
      ${shown ? cardSource(session.deck, card, msg) : nothing}
    </div>
    ${
      shown && session.outcomes
        ? ratings(session.outcomes, now, msg, onRate)
        : html`<div class="actions">
          <button type="button" class="primary show-answer" part="show-answer" aria-keyshortcuts="Space" @click=${onShowAnswer}>${msg.showAnswer}</button>
        </div>`
    }`;
}

/**
 * When a rating brings the card back, as the learner will see it (read out in full, shown short): a learning card due
 * within the learn-ahead limit comes back in this session, after the cards left or at once, whatever its minutes say.
 */
function comesBack(outcome: CardState, now: number, msg: CardMessages): { short: string; long: string } {
  const inSession = (outcome.phase === 'learning' || outcome.phase === 'relearning') && outcome.due - now <= LEARN_AHEAD_MS;
  if (inSession) return { short: msg.inSessionShort, long: msg.inSessionLong };
  const { unit, amount } = intervalParts(outcome.due - now);
  return { short: msg.intervalShort[unit](amount), long: msg.intervalLong[unit](amount) };
}

/** The four ratings, each with when it brings the card back. */
function ratings(outcomes: Record<Rating, CardState>, now: number, msg: CardMessages, onRate: (rating: Rating) => void) {
  return html`<fieldset class="ratings" part="rating">
    <legend>${msg.rateLegend}</legend>
    <div class="rating-buttons">
      ${RATINGS.map((rating, i) => {
        const { short, long } = comesBack(outcomes[rating], now, msg);
        return html`<button type="button" class="rating ${rating}" part="rating-button" data-rating=${rating} aria-keyshortcuts=${String(i + 1)} @click=${() => onRate(rating)}>
          <span class="rating-name">${msg.ratings[rating]}</span>
          <span class="interval" aria-hidden="true">${short}</span>
          <span class="visually-hidden">, ${long}</span>
        </button>`;
      })}
    </div>
  </fieldset>`;
}

/** A locale Intl accepts: CMSs write `en_US`, on which Intl throws; an unusable tag falls back to the browser's. */
function doneForToday(nextDue: number | null, { msg, lang, now }: DeckReviewView) {
  let next: TemplateResult | string = msg.nothingScheduled;
  if (nextDue !== null) {
    const when = new Date(nextDue);
    const time = () => dateTimeFormat(lang, { timeStyle: 'short' }).format(when);
    const tomorrow = startOfNextDay(now);
    // The day's new cards come at midnight: "tomorrow" and the date, not "at 12:00 AM", is when the learner will see them.
    let text: string;
    if (startOfDay(nextDue) === startOfDay(now)) text = msg.nextDueToday(time());
    else if (nextDue === tomorrow) text = msg.newCardsTomorrow(dateTimeFormat(lang, { dateStyle: 'full' }).format(when));
    else if (startOfDay(nextDue) === tomorrow) text = msg.nextDueTomorrow(time());
    else text = msg.nextDueLater(dateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'short' }).format(when));
    next = html`<time datetime=${when.toISOString()}>${text}</time>`;
  }
  return html`<div class="done" part="done" tabindex="-1">
    <p class="done-title">${msg.doneTitle}</p>
    <p>${next}</p>
  </div>`;
}
