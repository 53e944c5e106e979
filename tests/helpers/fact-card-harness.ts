import { fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';

import type { FactCard } from '../../src/fact-card/fact-card.js';

export type RatingName = 'Again' | 'Hard' | 'Good' | 'Easy';

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * Drives a <fact-card> the way a learner does: turning a card by click, Enter or Space, showing the
 * answer, rating by the button's name or its key; reads what is on screen, never the element's state.
 */
export class FactCardHarness {
  constructor(readonly el: FactCard) {}

  /** Renders `template` (one <fact-card>) and waits until its card, session or problems are on screen. */
  static async mount(template: TemplateResult): Promise<FactCardHarness> {
    const h = new FactCardHarness(await fixture<FactCard>(template));
    await h.loaded();
    return h;
  }

  get root(): ShadowRoot {
    return this.el.shadowRoot!;
  }

  /** Waits for the deck or card to load (and a session's first card), or its problems to show. */
  async loaded(): Promise<void> {
    await this.el.loadComplete;
  }

  part<T extends HTMLElement = HTMLElement>(selector: string): T | null {
    return this.root.querySelector<T>(selector);
  }

  /** The text of the first element matching `selector`, white space squashed; '' when there is none. */
  text(selector: string): string {
    return squash(this.part(selector)?.textContent);
  }

  get focused(): Element | null {
    return this.root.activeElement;
  }

  // A single card

  get card(): HTMLButtonElement {
    const card = this.part<HTMLButtonElement>('button.card');
    if (!card) throw new Error(`no card to turn; the element shows: ${squash(this.root.textContent)}`);
    return card;
  }

  /** Whether the card shows its back, as the button tells assistive technology. */
  get turned(): boolean {
    return this.card.getAttribute('aria-expanded') === 'true';
  }

  /** Turns the card over: by a click, or by Enter or Space with the card focused. */
  async flip(how: 'click' | 'Enter' | 'Space' = 'click'): Promise<void> {
    if (how === 'click') this.card.click();
    else {
      this.card.focus();
      await sendKeys({ press: how === 'Space' ? ' ' : 'Enter' });
    }
    await this.el.updateComplete;
  }

  /** What the live region says. */
  get announcement(): string {
    return this.text('[aria-live="polite"]');
  }

  // A deck session

  /** The question on screen, '' when there is none. */
  get question(): string {
    return this.text('.front');
  }

  get answer(): string {
    return this.text('.answer .back-text');
  }

  get counts(): { new: number; learning: number; due: number } {
    return { new: Number(this.text('.count-new dd')), learning: Number(this.text('.count-learning dd')), due: Number(this.text('.count-due dd')) };
  }

  get done(): boolean {
    return this.part('.done') !== null;
  }

  get notice(): string {
    return this.text('.notice');
  }

  /** Shows the answer: by the "Show answer" button, or by Space with focus in the session. */
  async showAnswer(how: 'click' | 'Space' = 'click'): Promise<void> {
    if (how === 'click') this.button('Show answer').click();
    else await sendKeys({ press: ' ' });
    await this.el.updateComplete;
  }

  /** Shows the answer the way a pointer user can: a click (or tap) on the card itself. */
  async clickCard(): Promise<void> {
    const card = this.part('.review-card');
    if (!card) throw new Error(`no card in the session; the element shows: ${squash(this.root.textContent)}`);
    card.click();
    await this.el.updateComplete;
  }

  /** The rating buttons' names, in order. */
  get ratings(): string[] {
    return [...this.root.querySelectorAll('button.rating .rating-name')].map((n) => squash(n.textContent));
  }

  ratingButton(name: RatingName): HTMLButtonElement {
    const button = [...this.root.querySelectorAll<HTMLButtonElement>('button.rating')].find(
      (b) => squash(b.querySelector('.rating-name')?.textContent) === name,
    );
    if (!button) throw new Error(`no rating "${name}" among: ${this.ratings.join(' | ') || 'none (is the answer shown?)'}`);
    return button;
  }

  /** Rates the card: by clicking the button of that name, or by its key (1 Again … 4 Easy). */
  async rate(name: RatingName, how: 'click' | 'key' = 'click'): Promise<void> {
    if (how === 'click') this.ratingButton(name).click();
    else await sendKeys({ press: String(['Again', 'Hard', 'Good', 'Easy'].indexOf(name) + 1) });
    await this.el.updateComplete;
  }

  /** Shows the answer and rates it. */
  async review(name: RatingName): Promise<void> {
    await this.showAnswer();
    await this.rate(name);
  }

  button(name: string): HTMLButtonElement {
    const buttons = [...this.root.querySelectorAll('button')];
    const found = buttons.find((b) => squash(b.textContent) === name);
    if (!found) throw new Error(`no button "${name}" among: ${buttons.map((b) => squash(b.textContent)).join(' | ')}`);
    return found;
  }

  // Problems

  get errorPanel(): HTMLElement | null {
    return this.part('[part~="error"]');
  }

  /** The problems listed in the error panel, each "path: message". */
  get issues(): string[] {
    return [...this.root.querySelectorAll('[part~="error"] li')].map((li) => squash(li.textContent));
  }
}
